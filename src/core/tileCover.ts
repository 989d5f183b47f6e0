/**
 * Which web-map tiles (XYZ, Web Mercator, the scheme maplibre and every slippy map use) cover an
 * area, and roughly how much storage they take. Used to plan "download this area for offline
 * use": a circle around a place or hub, or a street office's jurisdiction polygon.
 *
 * Pure: no DOM, no network, no clock. Coordinates are WGS-84 `[lng, lat]`; radii in kilometres.
 *
 * A tile is in the cover when it shares any point with the area (touching edges included), so
 * the map never shows a hole at the area's rim. Tiles outside the tile source's `bounds` are
 * dropped the way maplibre drops them (it never requests them).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LngLat } from './station.ts';

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** `[west, south, east, north]` in degrees. */
export type LngLatBounds = readonly [number, number, number, number];

export type CoverArea =
  | { kind: 'circle'; center: LngLat; radiusKm: number }
  | { kind: 'polygon'; geometry: Polygon | MultiPolygon };

export interface CoverOptions {
  /** Lowest zoom to include (default 0). */
  minZoom?: number;
  /** Highest zoom to include; above it the map over-zooms these tiles. */
  maxZoom: number;
  /** The tile source's bounds: tiles outside are never requested, so never downloaded. */
  bounds?: LngLatBounds;
}

const EARTH_RADIUS_KM = 6371.0088;
/** Web Mercator stops here; tiles beyond do not exist. */
const MAX_LATITUDE = 85.051128779807;
/** Refuse covers that would take minutes to enumerate (a typo such as radius 1000 km at z16). */
export const MAX_COVER_TILES = 200_000;

/** Fractional tile column of a longitude at zoom z. */
export function lngToTileX(lng: number, z: number): number {
  return ((lng + 180) / 360) * 2 ** z;
}

/** Fractional tile row of a latitude at zoom z (row 0 at the top, the north). */
export function latToTileY(lat: number, z: number): number {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const rad = (clamped * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z;
}

export function tileXToLng(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

export function tileYToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/** The tile containing a point. */
export function tileAt(lngLat: LngLat, z: number): TileCoord {
  const n = 2 ** z;
  const x = clampInt(Math.floor(lngToTileX(lngLat[0], z)), 0, n - 1);
  const y = clampInt(Math.floor(latToTileY(lngLat[1], z)), 0, n - 1);
  return { z, x, y };
}

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: LngLat, b: LngLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * toRad;
  const dLng = (b[0] - a[0]) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * toRad) * Math.cos(b[1] * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether maplibre would request this tile from a source with these bounds (same rule as its
 * TileBounds: the tile range of the bounds, rounded outwards).
 */
export function tileInBounds(tile: TileCoord, bounds: LngLatBounds): boolean {
  const [west, south, east, north] = bounds;
  const minX = Math.floor(lngToTileX(west, tile.z));
  const maxX = Math.ceil(lngToTileX(east, tile.z));
  const minY = Math.floor(latToTileY(north, tile.z));
  const maxY = Math.ceil(latToTileY(south, tile.z));
  return tile.x >= minX && tile.x < maxX && tile.y >= minY && tile.y < maxY;
}

/**
 * Tiles at zoom z that share a point with the circle.
 *
 * A tile is in when the nearest point of its lng/lat rectangle is within `radiusKm` of the
 * centre. For areas of a few kilometres the rectangle's nearest point in degrees is the nearest
 * point on the sphere to well under a metre.
 *
 * @example
 * tilesForCircle([116.4626, 39.893], 1, 13).length // 2 (双井 sits near a z13 tile edge)
 */
export function tilesForCircle(center: LngLat, radiusKm: number, z: number): TileCoord[] {
  if (!(radiusKm >= 0) || !Number.isFinite(radiusKm)) {
    throw new RangeError(`tilesForCircle: radiusKm must be a finite number ≥ 0; received ${radiusKm}`);
  }
  assertZoom(z);
  assertLngLat(center, 'tilesForCircle: center');
  const [lng, lat] = center;
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  // The circle is widest in longitude at its poleward edge; near a pole it spans every longitude.
  const widestLat = Math.abs(lat) + dLat;
  const dLng = widestLat >= 89.9 ? 180 : Math.min(180, dLat / Math.cos((widestLat * Math.PI) / 180));
  const n = 2 ** z;
  const x0 = clampInt(Math.floor(lngToTileX(lng - dLng, z)), 0, n - 1);
  const x1 = clampInt(Math.floor(lngToTileX(lng + dLng, z)), 0, n - 1);
  const y0 = clampInt(Math.floor(latToTileY(lat + dLat, z)), 0, n - 1);
  const y1 = clampInt(Math.floor(latToTileY(lat - dLat, z)), 0, n - 1);
  const out: TileCoord[] = [];
  for (let x = x0; x <= x1; x++) {
    const west = tileXToLng(x, z);
    const east = tileXToLng(x + 1, z);
    for (let y = y0; y <= y1; y++) {
      const north = tileYToLat(y, z);
      const south = tileYToLat(y + 1, z);
      const nearest: LngLat = [clamp(lng, west, east), clamp(lat, south, north)];
      if (distanceKm(center, nearest) <= radiusKm) out.push({ z, x, y });
    }
  }
  return out;
}

/**
 * Tiles at zoom z that share a point with a polygon (holes respected).
 *
 * Exact in tile space: every tile that an edge passes through, plus every tile whose centre
 * is inside the polygon (a tile no edge crosses is either wholly inside or wholly outside).
 * Edges are straight in Web Mercator, as the map draws them.
 *
 * @example
 * tilesForPolygon({ type: 'Polygon', coordinates: [[[116.43, 39.89], [116.47, 39.89], [116.47, 39.92], [116.43, 39.89]]] }, 12)
 */
export function tilesForPolygon(geometry: Polygon | MultiPolygon, z: number): TileCoord[] {
  assertZoom(z);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  // Every ring in fractional tile coordinates.
  const rings: [number, number][][] = [];
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (ring.length < 3) continue;
      rings.push(ring.map((p, i) => toTileSpace(p, z, `tilesForPolygon: vertex ${i}`)));
    }
  }
  if (rings.length === 0) return [];
  const n = 2 ** z;
  const hit = new Set<number>();
  const key = (x: number, y: number): number => y * n + x;

  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      markSegment(a, b, n, (x, y) => hit.add(key(x, y)));
      minX = Math.min(minX, a[0]);
      maxX = Math.max(maxX, a[0]);
      minY = Math.min(minY, a[1]);
      maxY = Math.max(maxY, a[1]);
    }
  }
  const x0 = clampInt(Math.floor(minX), 0, n - 1);
  const x1 = clampInt(Math.floor(maxX), 0, n - 1);
  const y0 = clampInt(Math.floor(minY), 0, n - 1);
  const y1 = clampInt(Math.floor(maxY), 0, n - 1);
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      if (!hit.has(key(x, y)) && insideRings(rings, x + 0.5, y + 0.5)) hit.add(key(x, y));
    }
  }
  return [...hit].sort((a, b) => a - b).map((k) => ({ z, x: k % n, y: Math.floor(k / n) }));
}

/**
 * The cover of an area for every zoom in a range, lowest zoom first, clipped to the source's
 * bounds.
 *
 * @example
 * coverTiles({ kind: 'circle', center: [116.4626, 39.893], radiusKm: 3 }, { minZoom: 8, maxZoom: 13 })
 */
export function coverTiles(area: CoverArea, options: CoverOptions): TileCoord[] {
  const { minZoom, maxZoom } = zoomRange(options);
  const out: TileCoord[] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const tiles = area.kind === 'circle' ? tilesForCircle(area.center, area.radiusKm, z) : tilesForPolygon(area.geometry, z);
    for (const tile of tiles) {
      if (!options.bounds || tileInBounds(tile, options.bounds)) out.push(tile);
    }
    if (out.length > MAX_COVER_TILES) {
      throw new RangeError(`coverTiles: more than ${MAX_COVER_TILES} tiles by zoom ${z}; choose a smaller area or a lower maximum zoom`);
    }
  }
  return out;
}

/** Tile counts per zoom and in total, for the "N tiles" line before a download. */
export function countCoverTiles(area: CoverArea, options: CoverOptions): { total: number; byZoom: Record<number, number> } {
  const byZoom: Record<number, number> = {};
  const tiles = coverTiles(area, options);
  for (const t of tiles) byZoom[t.z] = (byZoom[t.z] ?? 0) + 1;
  return { total: tiles.length, byZoom };
}

export interface SizeEstimateOptions {
  /** Measured average size of one tile body in bytes (of the area's own tiles where known: sizes vary a lot). */
  averageTileBytes: number;
  /**
   * What the browser's storage counts per stored entry beyond the body (URL, headers, index).
   * Measured in Chromium's Cache Storage at about 620 bytes; with small vector tiles this is
   * most of the cost, so leaving it out would understate the size several times.
   */
  perTileOverheadBytes?: number;
}

/** Chromium Cache Storage, measured: usage grows by body + ~620 bytes per entry. */
export const DEFAULT_PER_TILE_OVERHEAD_BYTES = 640;

/**
 * Bytes the tiles will take in storage: count × (average body + per-entry overhead), rounded up.
 *
 * @example
 * estimateTileBytes(100, { averageTileBytes: 146 }) // 78_600
 */
export function estimateTileBytes(tileCount: number, options: SizeEstimateOptions): number {
  if (!(tileCount >= 0) || !Number.isFinite(options.averageTileBytes) || options.averageTileBytes < 0) {
    throw new RangeError(
      `estimateTileBytes: expected tileCount ≥ 0 and averageTileBytes ≥ 0; received ${tileCount} and ${options.averageTileBytes}`,
    );
  }
  const overhead = options.perTileOverheadBytes ?? DEFAULT_PER_TILE_OVERHEAD_BYTES;
  return Math.ceil(tileCount * (options.averageTileBytes + overhead));
}

/** `{z}/{x}/{y}` text of a tile, for keys and logs. */
export function tileKey(tile: TileCoord): string {
  return `${tile.z}/${tile.x}/${tile.y}`;
}

function zoomRange(options: CoverOptions): { minZoom: number; maxZoom: number } {
  const minZoom = options.minZoom ?? 0;
  const { maxZoom } = options;
  assertZoom(minZoom);
  assertZoom(maxZoom);
  if (minZoom > maxZoom) throw new RangeError(`coverTiles: minZoom ${minZoom} is above maxZoom ${maxZoom}`);
  return { minZoom, maxZoom };
}

/** Calls `visit` for every tile the segment a→b (tile space) passes through or touches. */
function markSegment(a: [number, number], b: [number, number], n: number, visit: (x: number, y: number) => void): void {
  const [ax, ay] = a;
  const [bx, by] = b;
  const colFrom = clampInt(Math.floor(Math.min(ax, bx)), 0, n - 1);
  const colTo = clampInt(Math.floor(Math.max(ax, bx)), 0, n - 1);
  for (let col = colFrom; col <= colTo; col++) {
    // The part of the segment inside this column, as a y range.
    const left = Math.max(col, Math.min(ax, bx));
    const right = Math.min(col + 1, Math.max(ax, bx));
    const yAt = (x: number): number => (bx === ax ? ay : ay + ((by - ay) * (x - ax)) / (bx - ax));
    const ys = bx === ax ? [ay, by] : [yAt(left), yAt(right)];
    const rowFrom = clampInt(Math.floor(Math.min(...ys)), 0, n - 1);
    const rowTo = clampInt(Math.floor(Math.max(...ys)), 0, n - 1);
    for (let row = rowFrom; row <= rowTo; row++) visit(col, row);
  }
}

/** Even–odd rule over all rings: inside an outer ring and not inside a hole. */
function insideRings(rings: readonly [number, number][][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function toTileSpace(p: Position, z: number, what: string): [number, number] {
  const lng = p[0];
  const lat = p[1];
  if (typeof lng !== 'number' || typeof lat !== 'number') throw new TypeError(`${what}: expected [lng, lat] numbers`);
  assertLngLat([lng, lat], what);
  return [lngToTileX(lng, z), latToTileY(lat, z)];
}

function assertLngLat([lng, lat]: readonly [number, number], what: string): void {
  if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) {
    throw new RangeError(`${what}: expected [lng, lat] within [-180..180, -90..90]; received [${lng}, ${lat}]`);
  }
}

function assertZoom(z: number): void {
  if (!Number.isInteger(z) || z < 0 || z > 24) throw new RangeError(`expected an integer zoom 0–24; received ${z}`);
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

function clampInt(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}
