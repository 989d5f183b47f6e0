/**
 * Where downloaded tiles live. The browser implementation is the service worker's own tile
 * cache (TILE_CACHE from src/sw/cacheNames.ts), keyed by the absolute tile URL, so the
 * service worker's cache-first tile route serves them to the map offline. The in-memory one is
 * for tests.
 */
import { TILE_CACHE } from '../../sw/cacheNames.ts';

export interface TileStore {
  /** Size in bytes of the stored tile body, or null when the tile is not stored. */
  storedSize(url: string): Promise<number | null>;
  put(url: string, body: ArrayBuffer, contentType: string | null): Promise<void>;
  /** True when something was deleted. */
  delete(url: string): Promise<boolean>;
}

/**
 * Cache Storage. Reads never create the cache (a refused download must store nothing, not
 * even an empty cache); the first put does.
 */
export function createCacheTileStore(cacheName: string = TILE_CACHE, storage: CacheStorage = globalThis.caches): TileStore {
  let opened: Promise<Cache> | null = null;
  const open = (): Promise<Cache> => (opened ??= storage.open(cacheName));
  const existing = async (): Promise<Cache | null> => (opened ? opened : (await storage.has(cacheName)) ? open() : null);
  return {
    async storedSize(url) {
      const cache = await existing();
      const response = cache ? await cache.match(url) : undefined;
      if (!response) return null;
      const length = Number(response.headers.get('content-length'));
      return Number.isFinite(length) && response.headers.has('content-length') ? length : (await response.blob()).size;
    },
    async put(url, body, contentType) {
      const headers = new Headers({ 'Content-Length': String(body.byteLength) });
      if (contentType) headers.set('Content-Type', contentType);
      await (await open()).put(url, new Response(body, { status: 200, headers }));
    },
    async delete(url) {
      const cache = await existing();
      return cache ? cache.delete(url) : false;
    },
  };
}

export function createMemoryTileStore(): TileStore & { readonly entries: Map<string, ArrayBuffer> } {
  const entries = new Map<string, ArrayBuffer>();
  return {
    entries,
    async storedSize(url) {
      return entries.get(url)?.byteLength ?? null;
    },
    async put(url, body) {
      entries.set(url, body);
    },
    async delete(url) {
      return entries.delete(url);
    },
  };
}
