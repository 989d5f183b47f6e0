import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { LngLat } from './station.ts';
import {
  countCoverTiles,
  coverTiles,
  distanceKm,
  estimateTileBytes,
  latToTileY,
  lngToTileX,
  tileAt,
  tileInBounds,
  tileKey,
  tilesForCircle,
  tilesForPolygon,
  type CoverArea,
  type LngLatBounds,
  type TileCoord,
} from './tileCover.ts';

const SHUANGJING: LngLat = [116.4626, 39.893];
/** The embedded default tile set's bounds (public/tiles/default/metadata.json). */
const BEIJING_BOUNDS: LngLatBounds = [115.4073, 39.4321, 117.5181, 41.0699];

const keys = (tiles: readonly TileCoord[]): string[] => tiles.map(tileKey).sort();

/** The point `km` away from `from` on `bearingDegrees` (spherical). */
function destination(from: LngLat, km: number, bearingDegrees: number): LngLat {
  const R = 6371.0088;
  const toRad = Math.PI / 180;
  const [lng, lat] = [from[0] * toRad, from[1] * toRad];
  const d = km / R;
  const b = bearingDegrees * toRad;
  const lat2 = Math.asin(Math.sin(lat) * Math.cos(d) + Math.cos(lat) * Math.sin(d) * Math.cos(b));
  const lng2 = lng + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat), Math.cos(d) - Math.sin(lat) * Math.sin(lat2));
  return [lng2 / toRad, lat2 / toRad];
}

/** Brute force: the tiles of many points inside the circle (rings of points out to the rim). */
function sampledCircleTiles(center: LngLat, radiusKm: number, z: number): string[] {
  const found = new Set<string>();
  for (let ring = 0; ring <= 200; ring++) {
    const km = (radiusKm * ring) / 200;
    for (let deg = 0; deg < 360; deg += 0.25) found.add(tileKey(tileAt(destination(center, km, deg), z)));
  }
  return [...found].sort();
}

/** Brute force: every tile with a sample point inside the polygon (lng/lat grid, even–odd rule). */
function sampledPolygonTiles(polygon: Polygon, z: number, step: number): string[] {
  const rings = polygon.coordinates as [number, number][][];
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const found = new Set<string>();
  for (let lng = Math.min(...xs); lng <= Math.max(...xs) + 1e-12; lng += step) {
    for (let lat = Math.min(...ys); lat <= Math.max(...ys) + 1e-12; lat += step) {
      let inside = false;
      for (const ring of rings) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [xi, yi] = ring[i]!;
          const [xj, yj] = ring[j]!;
          if (yi > lat !== yj > lat && lng < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
        }
      }
      if (inside) found.add(tileKey(tileAt([lng, lat], z)));
    }
  }
  return [...found].sort();
}

describe('tilesForCircle', () => {
  it.each([
    [1, 13],
    [3, 12],
    [3, 13],
    [5, 13],
    [10, 11],
    [10, 13],
  ])('a %d km circle at 双井, zoom %d, is exactly the set of tiles its points fall in', (radiusKm, z) => {
    const cover = keys(tilesForCircle(SHUANGJING, radiusKm, z));
    expect(cover).toEqual(sampledCircleTiles(SHUANGJING, radiusKm, z));
  });

  it('gives the known small covers at 双井 (just east of a z13 column edge, just south of a z8 row edge)', () => {
    expect(lngToTileX(SHUANGJING[0], 13)).toBeCloseTo(6746.17, 2);
    expect(latToTileY(SHUANGJING[1], 8)).toBeCloseTo(97.016, 3);
    expect(keys(tilesForCircle(SHUANGJING, 0, 13))).toEqual(['13/6746/3104']);
    expect(keys(tilesForCircle(SHUANGJING, 1, 13))).toEqual(['13/6745/3104', '13/6746/3104']);
    expect(tilesForCircle(SHUANGJING, 10, 8)).toEqual([{ z: 8, x: 210, y: 96 }, { z: 8, x: 210, y: 97 }]);
  });

  it('every tile in the cover is within the radius, and the cover grows with the radius', () => {
    const small = new Set(keys(tilesForCircle(SHUANGJING, 3, 13)));
    for (const key of keys(tilesForCircle(SHUANGJING, 1, 13))) expect(small.has(key), key).toBe(true);
    expect(tilesForCircle(SHUANGJING, 5, 13).length).toBeGreaterThan(small.size);
  });

  it('refuses a negative radius or a bad zoom with the value it received', () => {
    expect(() => tilesForCircle(SHUANGJING, -1, 13)).toThrow(/radiusKm must be a finite number ≥ 0; received -1/);
    expect(() => tilesForCircle(SHUANGJING, 1, 13.5)).toThrow(/integer zoom 0–24; received 13.5/);
    expect(() => tilesForCircle([39.893, 116.4626], 1, 13)).toThrow(/\[lng, lat\].*received \[39.893, 116.4626\]/);
  });
});

describe('tilesForPolygon', () => {
  it('a lng/lat box covers exactly the tile range of its corners', () => {
    const [west, south, east, north] = [116.4, 39.85, 116.5, 39.95];
    const box: Polygon = { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
    for (const z of [8, 10, 12, 13, 14]) {
      const expected: string[] = [];
      for (let x = Math.floor(lngToTileX(west, z)); x <= Math.floor(lngToTileX(east, z)); x++) {
        for (let y = Math.floor(latToTileY(north, z)); y <= Math.floor(latToTileY(south, z)); y++) expected.push(`${z}/${x}/${y}`);
      }
      expect(keys(tilesForPolygon(box, z)), `zoom ${z}`).toEqual(expected.sort());
    }
  });

  it('an L-shaped jurisdiction with a hole leaves out the tiles of the notch and of the hole', () => {
    // ┌──┐
    // │  │     the notch (north-east) and the hole (in the south-west block) are empty at z13
    // │  └──┐
    // │ ▫   │
    // └─────┘
    const lShape: Polygon = {
      type: 'Polygon',
      coordinates: [
        [[116.40, 39.85], [116.52, 39.85], [116.52, 39.90], [116.46, 39.90], [116.46, 39.95], [116.40, 39.95], [116.40, 39.85]],
        [[116.412, 39.86], [116.44, 39.86], [116.44, 39.885], [116.412, 39.885], [116.412, 39.86]],
      ],
    };
    for (const z of [12, 13, 14, 15]) {
      expect(keys(tilesForPolygon(lShape, z)), `zoom ${z}`).toEqual(sampledPolygonTiles(lShape, z, 0.0005));
    }
    // z15 tile 26981/12420 spans 116.4221–116.4331, 39.8676–39.8760: wholly inside the hole.
    const hole = tileAt([116.426, 39.8725], 15);
    expect(hole).toEqual({ z: 15, x: 26981, y: 12420 });
    expect(keys(tilesForPolygon(lShape, 15))).not.toContain(tileKey(hole));
    const notch = tileAt([116.50, 39.94], 13);
    expect(keys(tilesForPolygon(lShape, 13))).not.toContain(tileKey(notch));
  });

  it('a sloping triangle: every sampled tile is in the cover, and nothing far outside is', () => {
    const triangle: Polygon = { type: 'Polygon', coordinates: [[[116.43, 39.87], [116.50, 39.88], [116.45, 39.93], [116.43, 39.87]]] };
    const cover = keys(tilesForPolygon(triangle, 14));
    const sampled = sampledPolygonTiles(triangle, 14, 0.0002);
    for (const key of sampled) expect(cover, key).toContain(key);
    // Edges are straight in Mercator for the cover and in degrees for the sampler: they may
    // disagree only on tiles a hair's breadth from an edge.
    expect(cover.length - sampled.length).toBeLessThanOrEqual(2);
  });

  it('a MultiPolygon covers the union of its parts', () => {
    const a: Polygon = { type: 'Polygon', coordinates: [[[116.40, 39.85], [116.42, 39.85], [116.42, 39.87], [116.40, 39.85]]] };
    const b: Polygon = { type: 'Polygon', coordinates: [[[116.60, 39.95], [116.62, 39.95], [116.62, 39.97], [116.60, 39.95]]] };
    const multi = tilesForPolygon({ type: 'MultiPolygon', coordinates: [a.coordinates, b.coordinates] }, 13);
    expect(keys(multi)).toEqual([...new Set([...keys(tilesForPolygon(a, 13)), ...keys(tilesForPolygon(b, 13))])].sort());
  });
});

describe('coverTiles over a zoom range', () => {
  const area: CoverArea = { kind: 'circle', center: SHUANGJING, radiusKm: 5 };

  it('is the union of the per-zoom covers, lowest zoom first', () => {
    const tiles = coverTiles(area, { minZoom: 8, maxZoom: 13 });
    const perZoom = [8, 9, 10, 11, 12, 13].flatMap((z) => tilesForCircle(SHUANGJING, 5, z));
    expect(tiles).toEqual(perZoom);
    expect(tiles.map((t) => t.z)).toEqual([...tiles.map((t) => t.z)].sort((a, b) => a - b));
  });

  it('counts per zoom (5 km at 双井: 2 tiles at z8, as it straddles a row edge, … 12 at z13)', () => {
    expect(countCoverTiles(area, { minZoom: 8, maxZoom: 13 })).toEqual({
      total: 24,
      byZoom: { 8: 2, 9: 2, 10: 2, 11: 2, 12: 4, 13: 12 },
    });
  });

  it('every tile has its parent one zoom up (a cover never has holes between zooms)', () => {
    const tiles = coverTiles(area, { minZoom: 8, maxZoom: 14 });
    const present = new Set(tiles.map(tileKey));
    for (const t of tiles.filter((t) => t.z > 8)) {
      expect(present.has(`${t.z - 1}/${t.x >> 1}/${t.y >> 1}`), tileKey(t)).toBe(true);
    }
  });

  it('drops tiles outside the source bounds the way maplibre does', () => {
    // A circle on Beijing's eastern edge: part of it is outside the embedded tile set.
    const edge: CoverArea = { kind: 'circle', center: [117.5, 40.0], radiusKm: 10 };
    const all = coverTiles(edge, { minZoom: 8, maxZoom: 13 });
    const clipped = coverTiles(edge, { minZoom: 8, maxZoom: 13, bounds: BEIJING_BOUNDS });
    expect(clipped.length).toBeLessThan(all.length);
    for (const t of clipped) expect(tileInBounds(t, BEIJING_BOUNDS)).toBe(true);
    expect(coverTiles(area, { minZoom: 8, maxZoom: 13, bounds: BEIJING_BOUNDS })).toHaveLength(24);
  });

  it('refuses a reversed zoom range', () => {
    expect(() => coverTiles(area, { minZoom: 14, maxZoom: 13 })).toThrow('minZoom 14 is above maxZoom 13');
  });
});

describe('estimateTileBytes', () => {
  it('counts the body and the per-entry storage overhead', () => {
    expect(estimateTileBytes(100, { averageTileBytes: 146 })).toBe(78_600);
    expect(estimateTileBytes(100, { averageTileBytes: 146, perTileOverheadBytes: 0 })).toBe(14_600);
    expect(estimateTileBytes(0, { averageTileBytes: 146 })).toBe(0);
    expect(estimateTileBytes(3, { averageTileBytes: 0.5, perTileOverheadBytes: 0 })).toBe(2);
  });

  it('refuses nonsense', () => {
    expect(() => estimateTileBytes(-1, { averageTileBytes: 1 })).toThrow('received -1 and 1');
    expect(() => estimateTileBytes(1, { averageTileBytes: Number.NaN })).toThrow(/averageTileBytes ≥ 0/);
  });
});

describe('distanceKm', () => {
  it('about 111 km per degree of latitude', () => {
    expect(distanceKm([116, 39], [116, 40])).toBeCloseTo(111.2, 1);
  });
});
