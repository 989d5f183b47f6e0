/**
 * Where sample points go inside a jurisdiction: mostly around a few local centres of
 * activity (Gaussian clusters), the rest spread evenly, never two closer than a minimum
 * spacing, and always in the jurisdiction that `officeAt` assigns (so the boundary rule holds).
 */
import { area } from '@turf/turf';
import { officeAt } from '../../src/core/offices.ts';
import type { Office } from '../../src/core/offices.ts';
import type { LngLat } from '../../src/core/station.ts';
import { round6 } from './geojson-text.ts';
import type { Rng } from './prng.ts';

const M_PER_DEG_LAT = 110_574;
const M_PER_DEG_LNG_EQUATOR = 111_320;

export function areaKm2(office: Office): number {
  return area(office.geometry) / 1e6;
}

/** Keeps points apart: a hash grid of ~100 m cells. */
export class SpacingGrid {
  private readonly cells = new Map<string, LngLat[]>();
  constructor(private readonly minMeters: number) {}

  private key(lng: number, lat: number): [number, number] {
    return [Math.floor(lng / 0.001), Math.floor(lat / 0.001)];
  }

  tooClose([lng, lat]: LngLat): boolean {
    const [cx, cy] = this.key(lng, lat);
    const mPerDegLng = M_PER_DEG_LNG_EQUATOR * Math.cos((lat * Math.PI) / 180);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const [x, y] of this.cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (Math.hypot((x - lng) * mPerDegLng, (y - lat) * M_PER_DEG_LAT) < this.minMeters) return true;
        }
      }
    }
    return false;
  }

  add(point: LngLat): void {
    const k = this.key(point[0], point[1]).join(',');
    const list = this.cells.get(k);
    if (list) list.push(point);
    else this.cells.set(k, [point]);
  }
}

function bounds(office: Office): [number, number, number, number] {
  const polygons = office.geometry.type === 'Polygon' ? [office.geometry.coordinates] : office.geometry.coordinates;
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x as number);
      maxX = Math.max(maxX, x as number);
      minY = Math.min(minY, y as number);
      maxY = Math.max(maxY, y as number);
    }
  }
  return [minX, minY, maxX, maxY];
}

export interface PlacerOptions {
  /** Share of points drawn around cluster centres rather than evenly (0–1). */
  clustered: number;
  /** Standard deviation of a cluster, metres. */
  sigmaMeters: number;
  /** How many cluster centres besides the office centre. */
  extraClusters: number;
}

/**
 * Returns a function that draws one new point in `office`, rounded to 6 decimals, that
 * `officeAt(offices, point)` assigns to `office` and that keeps its distance in `grid`.
 */
export function placer(rng: Rng, offices: readonly Office[], office: Office, grid: SpacingGrid, options: PlacerOptions): () => LngLat {
  const [minX, minY, maxX, maxY] = bounds(office);
  const accepts = (p: LngLat) => officeAt(offices, p) === office && !grid.tooClose(p);
  const uniform = (): LngLat => [round6(minX + rng.next() * (maxX - minX)), round6(minY + rng.next() * (maxY - minY))];

  const drawUniformInside = (): LngLat => {
    for (let attempt = 0; attempt < 10_000; attempt++) {
      const p = uniform();
      if (officeAt(offices, p) === office) return p;
    }
    throw new Error(`placement: could not find a point inside ${office.id} ${office.properties.name}`);
  };
  const clusters: { centre: LngLat; weight: number }[] = [{ centre: office.properties.centre, weight: 2 }];
  for (let i = 0; i < options.extraClusters; i++) clusters.push({ centre: drawUniformInside(), weight: 0.5 + rng.next() });
  const weightedClusters = clusters.map((c) => [c, c.weight] as const);

  return () => {
    for (let attempt = 0; attempt < 20_000; attempt++) {
      let p: LngLat;
      if (rng.chance(options.clustered)) {
        const { centre } = rng.weighted(weightedClusters);
        const mPerDegLng = M_PER_DEG_LNG_EQUATOR * Math.cos((centre[1] * Math.PI) / 180);
        p = [
          round6(centre[0] + (rng.normal() * options.sigmaMeters) / mPerDegLng),
          round6(centre[1] + (rng.normal() * options.sigmaMeters) / M_PER_DEG_LAT),
        ];
      } else {
        p = uniform();
      }
      if (accepts(p)) {
        grid.add(p);
        return p;
      }
    }
    throw new Error(`placement: ${office.id} ${office.properties.name} is full; lower the minimum spacing or the count`);
  };
}

/**
 * Splits `total` over keys in proportion to `weights` (largest remainder, ties by key order),
 * after giving each key `floor` first.
 */
export function allocate(total: number, weights: ReadonlyMap<string, number>, floor = 0): Map<string, number> {
  const keys = [...weights.keys()];
  const rest = total - floor * keys.length;
  if (rest < 0) throw new Error(`allocate: ${total} is less than ${floor} for each of ${keys.length} keys`);
  const sum = keys.reduce((s, k) => s + (weights.get(k) ?? 0), 0);
  const exact = keys.map((k) => ((weights.get(k) ?? 0) / sum) * rest);
  const counts = new Map(keys.map((k, i) => [k, floor + Math.floor(exact[i] as number)]));
  let left = total - [...counts.values()].reduce((s, n) => s + n, 0);
  const byRemainder = keys
    .map((k, i) => ({ k, r: (exact[i] as number) - Math.floor(exact[i] as number), i }))
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { k } of byRemainder) {
    if (left-- <= 0) break;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}
