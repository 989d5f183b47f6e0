/**
 * A tile's URL from a source's URL template, the way maplibre builds it (CanonicalTileID.url in
 * maplibre-gl 6), so a downloaded tile is stored under the very URL the map will ask for.
 */
import type { TileCoord } from '../../core/tileCover.ts';

const MERCATOR_HALF_EXTENT = 20037508.342789244;

/**
 * @param templates the source's `tiles` array (subdomain variants are picked as maplibre picks them)
 * @param pixelRatio the map's device pixel ratio, for `{ratio}`
 * @example tileUrl(['https://a.example/{z}/{x}/{y}.pbf'], { z: 13, x: 6746, y: 3104 }) // 'https://a.example/13/6746/3104.pbf'
 */
export function tileUrl(templates: readonly string[], tile: TileCoord, options: { scheme?: 'xyz' | 'tms'; pixelRatio?: number } = {}): string {
  const { z, x, y } = tile;
  const template = templates[(x + y) % templates.length];
  if (template === undefined) throw new Error('tileUrl: the source has no tile URL templates');
  const extent = (2 * MERCATOR_HALF_EXTENT) / 2 ** z;
  const rowFromBottom = 2 ** z - y - 1;
  const bbox = () =>
    [-MERCATOR_HALF_EXTENT + x * extent, -MERCATOR_HALF_EXTENT + rowFromBottom * extent, -MERCATOR_HALF_EXTENT + (x + 1) * extent, -MERCATOR_HALF_EXTENT + (rowFromBottom + 1) * extent].join(',');
  return template
    .replace(/{prefix}/g, (x % 16).toString(16) + (y % 16).toString(16))
    .replace(/{z}/g, String(z))
    .replace(/{x}/g, String(x))
    .replace(/{y}/g, String(options.scheme === 'tms' ? 2 ** z - y - 1 : y))
    .replace(/{ratio}/g, (options.pixelRatio ?? 1) > 1 ? '@2x' : '')
    .replace(/{quadkey}/g, quadkey(z, x, y))
    .replace(/{bbox-epsg-3857}/g, bbox);
}

function quadkey(z: number, x: number, y: number): string {
  let key = '';
  for (let i = z; i > 0; i--) {
    const mask = 1 << (i - 1);
    key += (x & mask ? 1 : 0) + (y & mask ? 2 : 0);
  }
  return key;
}
