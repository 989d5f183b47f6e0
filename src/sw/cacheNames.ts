/**
 * Names of the service worker's runtime caches. Shared by the service worker and the page
 * (the area download writes tiles into TILE_CACHE so the same cache-first route serves them).
 * Bump the suffix when a cache's contents change shape; on activation the service worker
 * deletes `*-vN` caches it no longer names.
 */
export const TILE_CACHE = 'tiles-v1';
/** Glyphs (font PBFs), sprites and style JSON from other servers. */
export const MAP_ASSET_CACHE = 'map-assets-v1';
/** Station data: /data/*.geojson, /data/stations.columns.json and /api/stations (the page keeps its own copy in IndexedDB). */
export const STATION_DATA_CACHE = 'station-data-v1';
/** config.json: changes without a rebuild, so it is network-first rather than precached. */
export const CONFIG_CACHE = 'config-v1';

export const RUNTIME_CACHES = [TILE_CACHE, MAP_ASSET_CACHE, STATION_DATA_CACHE, CONFIG_CACHE] as const;
