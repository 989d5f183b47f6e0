/**
 * Honest sizes before a download. Tile sizes vary a lot (an empty tile at the city's edge is
 * 0 bytes, a tile of dense central outlines several KB), so a tile set's overall average can be
 * several times off for a given area. The estimate therefore uses, in this order:
 * - the exact size of the area's tiles already stored (they need no new space),
 * - the Content-Length of the area's other tiles, asked with HEAD: all of them for up to
 *   MAX_HEAD_REQUESTS tiles ('measured'), else an even sample across the zooms ('sampled'),
 * - the tile set's average from the metadata.json that scripts/build-tiles.ts writes
 *   ('metadata'), when HEAD gets no answer (e.g. offline),
 * - a stated rough guess.
 * Plus the station data's size and the free storage the browser reports.
 */
import { DATA_FILES } from '../data/dataFiles.ts';
import type { TileSource } from './tileSet.ts';

export type SizeBasis = 'measured' | 'sampled' | 'metadata' | 'guess';

/** HEAD requests at most per estimate (6 at a time): enough for a sample, gentle on the server. */
export const MAX_HEAD_REQUESTS = 48;
const HEAD_CONCURRENCY = 6;

/** With nothing measurable, assume typical sizes (vector tiles of a city, 256 px PNG rasters). */
const GUESS_BYTES: Record<TileSource['type'], number> = { vector: 40_000, raster: 25_000, 'raster-dem': 60_000 };

export interface BodyEstimate {
  /** Estimated bytes of the tile bodies not yet stored. */
  bytes: number;
  basis: SizeBasis;
}

/**
 * Estimated body bytes of tiles that are not stored yet.
 *
 * @example await estimateMissingBodies(source, missingUrls) // { bytes: 61_234, basis: 'measured' }
 */
export async function estimateMissingBodies(source: TileSource, missingUrls: readonly string[], fetchFn: typeof fetch = fetch): Promise<BodyEstimate> {
  if (missingUrls.length === 0) return { bytes: 0, basis: 'measured' };
  const all = missingUrls.length <= MAX_HEAD_REQUESTS;
  const picks = all ? [...missingUrls] : evenSample(missingUrls, MAX_HEAD_REQUESTS);
  const sizes = await mapLimited(picks, HEAD_CONCURRENCY, (url) => contentLength(url, fetchFn));
  const known = sizes.filter((s): s is number => s !== null);
  if (known.length > 0) {
    const sum = known.reduce((a, b) => a + b, 0);
    const average = sum / known.length;
    // Exact where measured, the sample's average for the rest.
    return { bytes: Math.ceil(sum + average * (missingUrls.length - known.length)), basis: all && known.length === picks.length ? 'measured' : 'sampled' };
  }
  const average = await tileSetAverage(source, fetchFn);
  if (average !== null) return { bytes: Math.ceil(average * missingUrls.length), basis: 'metadata' };
  return { bytes: GUESS_BYTES[source.type] * missingUrls.length, basis: 'guess' };
}

/** `…/tiles/default/{z}/{x}/{y}.pbf` → `…/tiles/default/metadata.json`; null for other shapes. */
export function metadataUrlOf(template: string): string | null {
  const at = template.indexOf('{z}');
  if (at <= 0 || !template.slice(0, at).endsWith('/')) return null;
  return `${template.slice(0, at)}metadata.json`;
}

/** The tile set's average tile size from its metadata.json (total bytes / tile count), if it has one. */
async function tileSetAverage(source: TileSource, fetchFn: typeof fetch): Promise<number | null> {
  const url = metadataUrlOf(source.templates[0] ?? '');
  if (!url) return null;
  try {
    const response = await fetchFn(url);
    if (!response.ok) return null;
    const { tileCount, bytes } = (await response.json()) as { tileCount?: unknown; bytes?: unknown };
    return typeof tileCount === 'number' && tileCount > 0 && typeof bytes === 'number' && bytes >= 0 ? bytes / tileCount : null;
  } catch {
    return null;
  }
}

/** `count` items spread evenly over the list (the cover is ordered by zoom, so every zoom is represented). */
export function evenSample<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, i) => items[Math.floor(((i + 0.5) * items.length) / count)] as T);
}

async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function contentLength(url: string, fetchFn: typeof fetch = fetch): Promise<number | null> {
  try {
    const response = await fetchFn(url, { method: 'HEAD', cache: 'no-store' });
    const length = response.headers.get('content-length');
    return response.ok && length !== null && Number.isFinite(Number(length)) ? Number(length) : null;
  } catch {
    return null;
  }
}

export interface StationDataSize {
  /** Sum of the data files' sizes; null when the server could not be asked. */
  bytes: number | null;
  /** Already kept on this device (in Cache Storage), so it needs no new space. */
  stored: boolean;
  urls: string[];
}

/** The station data files the rider screen downloads (src/app/offline/refresh.ts). */
export const STATION_DATA_FILES = [DATA_FILES.stations, DATA_FILES.hubs, DATA_FILES.offices] as const;

export async function stationDataSize(baseUrl: string = new URL('data/', document.baseURI).href): Promise<StationDataSize> {
  const urls = STATION_DATA_FILES.map((f) => new URL(f, baseUrl).href);
  const [sizes, matches] = await Promise.all([
    Promise.all(urls.map((u) => contentLength(u))),
    Promise.all(urls.map((u) => (typeof caches === 'undefined' ? Promise.resolve(undefined) : caches.match(u).catch(() => undefined)))),
  ]);
  const bytes = sizes.every((s) => s !== null) ? sizes.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
  return { bytes, stored: matches.every((m) => m !== undefined), urls };
}

export interface FreeSpace {
  quotaBytes: number;
  usageBytes: number;
  availableBytes: number;
}

/** What the browser says is left for this site; null where it cannot say. */
export async function freeSpace(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<FreeSpace | null> {
  if (!storage || typeof storage.estimate !== 'function') return null;
  try {
    const { quota, usage } = await storage.estimate();
    if (typeof quota !== 'number') return null;
    const usageBytes = usage ?? 0;
    return { quotaBytes: quota, usageBytes, availableBytes: Math.max(0, quota - usageBytes) };
  } catch {
    return null;
  }
}
