/**
 * Which requests the service worker's runtime routes take, as pure functions of the URL so they
 * can be tested without a worker. `scopePath` is the registration scope's path ('/' or '/app/').
 */

/**
 * Station data: the published files (`data/*.geojson`, and the stations as columns,
 * `data/stations.columns.json`) and the whole-collection API read (not `?since=` deltas).
 */
export function isStationData(url: URL, scopePath: string): boolean {
  if (url.pathname.startsWith(`${scopePath}data/`) && /\.(?:geojson|json)$/.test(url.pathname)) return true;
  return url.pathname === `${scopePath}api/stations` && !url.searchParams.has('since');
}

/** The runtime configuration: changes without a rebuild, so it is never precached. */
export function isConfig(url: URL, scopePath: string): boolean {
  return url.pathname === `${scopePath}config.json`;
}

const TILE_PATH = /\/\d{1,2}\/\d+\/\d+(?:@\dx)?\.(?:pbf|mvt|png|jpe?g|webp)$/;

/** Map tiles: the embedded set under tiles/, or any z/x/y tile path of another server. */
export function isTile(url: URL, scopePath: string): boolean {
  return url.pathname.startsWith(`${scopePath}tiles/`) || TILE_PATH.test(url.pathname);
}

const GLYPHS = /\/\d+-\d+\.pbf$/;
const SPRITE = /\/sprites?(?:\/[^/]+|[^/]*)\.(?:json|png)$/;
const STYLE = /\/styles?\/[^/]+\.json$/;

/** Glyph ranges (`…/{fontstack}/0-255.pbf`), sprite sheets and style documents. */
export function isMapAsset(url: URL): boolean {
  return GLYPHS.test(url.pathname) || SPRITE.test(url.pathname) || STYLE.test(url.pathname);
}
