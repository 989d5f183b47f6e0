/**
 * May the configured base map be bulk-downloaded ("download this area")? Only where the tile
 * provider allows it: the embedded default (our own files) and tiles a deployment hosts itself
 * or holds a licence for, which it declares with `allowBulkDownload: true` in config.json.
 *
 * Some providers forbid it whatever the configuration says; their tiles are refused by host:
 * - OpenStreetMap's tile servers: the tile usage policy prohibits bulk downloading (the tiles
 *   are for interactive viewing, not for downloading to view later).
 * - Tianditu (天地图): free with a developer key, but keys have daily tile quotas and the
 *   service refuses calls that look like crawling or downloading.
 * - Google Maps Platform: its terms forbid prefetching, caching and offline use of tiles.
 */

export type ForbiddenProvider = 'osm' | 'tianditu' | 'google';

export type BulkDecision =
  | { allowed: true }
  | { allowed: false; reason: 'forbiddenProvider'; provider: ForbiddenProvider; host: string }
  | { allowed: false; reason: 'notAllowed' };

const FORBIDDEN_HOSTS: readonly { provider: ForbiddenProvider; suffixes: readonly string[] }[] = [
  { provider: 'osm', suffixes: ['tile.openstreetmap.org', 'tile.osm.org', 'vector.openstreetmap.org', 'openstreetmap.fr'] },
  { provider: 'tianditu', suffixes: ['tianditu.gov.cn', 'tianditu.com', 'tianditu.cn'] },
  { provider: 'google', suffixes: ['googleapis.com', 'google.com', 'google.cn', 'gstatic.com'] },
];

/** The provider that forbids bulk download of this URL's host, if any. */
export function forbiddenProviderOf(url: string): { provider: ForbiddenProvider; host: string } | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const { provider, suffixes } of FORBIDDEN_HOSTS) {
    if (suffixes.some((s) => host === s || host.endsWith(`.${s}`))) return { provider, host };
  }
  return null;
}

/**
 * @param allowBulkDownload the config flag; null means "only for the embedded default style"
 * @param isEmbeddedDefault whether the configured style is the app's own `styles/default.json`
 * @param tileTemplates the absolute tile URL templates the style's sources use
 * @example decideBulkDownload({ allowBulkDownload: true, isEmbeddedDefault: false, tileTemplates: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'] })
 * // { allowed: false, reason: 'forbiddenProvider', provider: 'osm', host: 'tile.openstreetmap.org' }
 */
export function decideBulkDownload(input: { allowBulkDownload: boolean | null; isEmbeddedDefault: boolean; tileTemplates: readonly string[] }): BulkDecision {
  for (const template of input.tileTemplates) {
    const forbidden = forbiddenProviderOf(template);
    if (forbidden) return { allowed: false, reason: 'forbiddenProvider', ...forbidden };
  }
  const allowed = input.allowBulkDownload ?? input.isEmbeddedDefault;
  return allowed ? { allowed: true } : { allowed: false, reason: 'notAllowed' };
}
