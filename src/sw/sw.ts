/// <reference lib="webworker" />
/**
 * The service worker: the app shell from the precache, station data network-first (a slow
 * network gives way to the cached copy after 3 s), map tiles and map assets cache-first with a
 * size cap. Only status-200 responses are cached (never opaque ones). A new version waits until
 * the rider taps "reload" (the page posts SKIP_WAITING); it never takes over a page by itself.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { CONFIG_CACHE, MAP_ASSET_CACHE, RUNTIME_CACHES, STATION_DATA_CACHE, TILE_CACHE } from './cacheNames.ts';
import { isConfig, isMapAsset, isStationData, isTile } from './matchers.ts';
import { markFromCache, reportTileMissing, staleOnError } from './plugins.ts';
import { SW_MESSAGES } from './protocol.ts';

declare const self: ServiceWorkerGlobalScope;

const scopePath = new URL(self.registration.scope).pathname;
const DAY_SECONDS = 24 * 60 * 60;
const only200 = new CacheableResponsePlugin({ statuses: [200] });

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install takes the open page at once (it has no other worker); updates wait.
clientsClaim();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), { denylist: [new RegExp(`^${scopePath}(?:api|data|tiles)/`)] }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isStationData(url, scopePath),
  new NetworkFirst({ cacheName: STATION_DATA_CACHE, networkTimeoutSeconds: 3, plugins: [only200, markFromCache] }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isConfig(url, scopePath),
  new NetworkFirst({ cacheName: CONFIG_CACHE, networkTimeoutSeconds: 3, plugins: [only200] }),
);

// Tiles downloaded for an area (src/app/areas) live in the same cache. The expiration counts only
// entries this route has served, so its limits are generous; a quota error empties the cache.
registerRoute(
  ({ url }) => isTile(url, scopePath),
  new CacheFirst({
    cacheName: TILE_CACHE,
    plugins: [
      only200,
      new ExpirationPlugin({ maxEntries: 30_000, maxAgeSeconds: 365 * DAY_SECONDS, purgeOnQuotaError: true }),
      staleOnError(TILE_CACHE, reportTileMissing),
    ],
  }),
);
registerRoute(
  ({ url }) => isMapAsset(url),
  new CacheFirst({
    cacheName: MAP_ASSET_CACHE,
    plugins: [
      only200,
      new ExpirationPlugin({ maxEntries: 500, maxAgeSeconds: 30 * DAY_SECONDS, purgeOnQuotaError: true }),
      staleOnError(MAP_ASSET_CACHE),
    ],
  }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === SW_MESSAGES.skipWaiting) void self.skipWaiting();
});

// Our runtime caches of an older naming ('tiles-v0') are deleted on activation.
const OWN_CACHE = /^(?:tiles|map-assets|station-data|config)-v\d+$/;
self.addEventListener('activate', (event) => {
  const keep = new Set<string>(RUNTIME_CACHES);
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((n) => OWN_CACHE.test(n) && !keep.has(n)).map((n) => caches.delete(n)))),
  );
});
