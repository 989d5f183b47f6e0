/** What the page and the service worker say to each other (postMessage types, headers). */
export const SW_MESSAGES = {
  /** page → waiting worker: the rider accepted the new version. */
  skipWaiting: 'SKIP_WAITING',
  /** worker → pages: a map tile was requested, is not stored, and the network failed. */
  tileMissing: 'TILE_MISSING',
} as const;

/** Set on station data the worker answered from its cache because the network failed or was slow. */
export const FROM_CACHE_HEADER = 'X-SW-From-Cache';
