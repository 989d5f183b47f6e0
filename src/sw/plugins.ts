/// <reference lib="webworker" />
/** The service worker's own Workbox plugins (sw.ts uses them in its routes). */
import type { WorkboxPlugin } from 'workbox-core';
import { FROM_CACHE_HEADER, SW_MESSAGES } from './protocol.ts';

declare const self: ServiceWorkerGlobalScope;

/**
 * Marks a response taken from the cache because the network failed or was too slow, so the page
 * knows it is offline (a network-first route reads its cache only then).
 */
export const markFromCache: WorkboxPlugin = {
  cachedResponseWillBeUsed: async ({ cachedResponse }) => {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(FROM_CACHE_HEADER, '1');
    return new Response(cachedResponse.body, { status: cachedResponse.status, statusText: cachedResponse.statusText, headers });
  },
};

/**
 * When the network cannot give a tile or map asset, an older copy is better than nothing (the
 * expiration treats entries past their age limit as missing, but a downloaded area must keep
 * working offline). With no copy at all, `onMiss` runs.
 */
export function staleOnError(cacheName: string, onMiss?: (request: Request) => Promise<void>): WorkboxPlugin {
  return {
    handlerDidError: async ({ request }) => {
      const stale = await caches.match(request, { cacheName });
      if (!stale) await onMiss?.(request);
      return stale;
    },
  };
}

/** Tells the open pages that a tile is not stored, so they can say the map has gaps there. */
export async function reportTileMissing(request: Request): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    client.postMessage({ type: SW_MESSAGES.tileMissing, url: request.url });
  }
}
