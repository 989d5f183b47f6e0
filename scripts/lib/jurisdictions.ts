/**
 * Approximate jurisdiction polygons for the street offices. No public polygon set exists, so
 * each office gets the Voronoi cell of its approximate centre, clipped to the district outline.
 *
 * The outline may have several parts (Chaoyang has an exclave around the Capital Airport).
 * Each part is shared out among the centres that lie inside it: one centre takes the whole
 * part, several split it by Voronoi. A part without any centre is an error.
 *
 * Where the outline has narrow necks, a Voronoi cell can cut off a sliver (smaller than
 * SLIVER_KM2) that is detached from the rest of its cell; such slivers go to a neighbour they
 * touch, so jurisdictions stay in one piece where sensible and still cover the district.
 *
 * The Voronoi diagram is computed in a local equirectangular plane (longitude scaled by
 * cos(latitude)), so cells are split at equal ground distance rather than equal degrees.
 */
import { Delaunay } from 'd3-delaunay';
import {
  area,
  booleanIntersects,
  booleanPointInPolygon,
  feature,
  featureCollection,
  intersect,
  polygon as turfPolygon,
  rewind,
  union,
} from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Office } from '../../src/core/offices.ts';
import { roundCoordinates, round6 } from './geojson-text.ts';
import type { OfficeSeed } from './chaoyang-places.ts';

export function buildOffices(seeds: readonly OfficeSeed[], district: Polygon | MultiPolygon): Office[] {
  const parts: Position[][][] = district.type === 'Polygon' ? [district.coordinates] : district.coordinates;
  const geometries = new Map<string, Polygon | MultiPolygon>();

  parts.forEach((part, partIndex) => {
    const partGeometry: Polygon = { type: 'Polygon', coordinates: part };
    const inside = seeds.filter((seed) => booleanPointInPolygon([...seed.centre], partGeometry));
    if (inside.length === 0) {
      throw new Error(`jurisdictions: district part ${partIndex} contains no office centre; every part needs one`);
    }
    if (inside.length === 1) {
      geometries.set((inside[0] as OfficeSeed).code, partGeometry);
      return;
    }
    for (const [code, cell] of voronoiCells(inside, part)) geometries.set(code, cell);
  });

  absorbSlivers(geometries);

  return seeds.map((seed) => {
    const geometry = geometries.get(seed.code);
    if (!geometry) {
      throw new Error(`jurisdictions: centre of ${seed.code} ${seed.name} [${seed.centre.join(', ')}] lies outside the district outline`);
    }
    const rounded = rewind({ ...geometry, coordinates: roundCoordinates(geometry.coordinates) } as Polygon | MultiPolygon, {
      reverse: false,
    }) as Polygon | MultiPolygon;
    if (!booleanPointInPolygon([...seed.centre], rounded)) {
      throw new Error(`jurisdictions: centre of ${seed.code} ${seed.name} ended up outside its own polygon`);
    }
    return {
      type: 'Feature',
      id: seed.code,
      geometry: rounded,
      properties: {
        code: seed.code,
        name: seed.name,
        name_en: seed.nameEn,
        centre: [round6(seed.centre[0]), round6(seed.centre[1])],
      },
    } satisfies Office;
  });
}

/** Voronoi cells of the seeds' centres, each clipped to `part` (one polygon with holes). */
function voronoiCells(seeds: readonly OfficeSeed[], part: Position[][]): Map<string, Polygon | MultiPolygon> {
  const outer = part[0] ?? [];
  const lats = outer.map((p) => p[1] as number);
  const lngs = outer.map((p) => p[0] as number);
  const lat0 = (Math.min(...lats) + Math.max(...lats)) / 2;
  const lng0 = (Math.min(...lngs) + Math.max(...lngs)) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const toPlane = ([lng, lat]: readonly [number, number]): [number, number] => [(lng - lng0) * k, lat - lat0];
  const fromPlane = ([x, y]: [number, number]): Position => [x / k + lng0, y + lat0];

  const planePoints = seeds.map((seed) => toPlane(seed.centre));
  const margin = 0.05;
  const xs = lngs.map((lng) => (lng - lng0) * k);
  const ys = lats.map((lat) => lat - lat0);
  const voronoi = Delaunay.from(planePoints).voronoi([
    Math.min(...xs) - margin,
    Math.min(...ys) - margin,
    Math.max(...xs) + margin,
    Math.max(...ys) + margin,
  ]);

  const clip = turfPolygon(part);
  const cells = new Map<string, Polygon | MultiPolygon>();
  seeds.forEach((seed, i) => {
    const ring = voronoi.cellPolygon(i) as [number, number][] | null;
    if (!ring) throw new Error(`jurisdictions: no Voronoi cell for ${seed.code} ${seed.name} (duplicate centre?)`);
    const cell = turfPolygon([ring.map(fromPlane)]);
    const clipped = intersect(featureCollection([cell, clip]));
    if (!clipped) throw new Error(`jurisdictions: the cell of ${seed.code} ${seed.name} misses the district outline`);
    cells.set(seed.code, clipped.geometry);
  });
  return cells;
}

/** Detached pieces smaller than this (square kilometres) are handed to a touching neighbour. */
const SLIVER_KM2 = 0.1;

function absorbSlivers(geometries: Map<string, Polygon | MultiPolygon>): void {
  const codes = [...geometries.keys()].sort();
  for (const code of codes) {
    const geometry = geometries.get(code);
    if (geometry?.type !== 'MultiPolygon') continue;
    const keep: Position[][][] = [];
    const slivers: Position[][][] = [];
    for (const piece of geometry.coordinates) {
      const km2 = area({ type: 'Polygon', coordinates: piece }) / 1e6;
      (km2 < SLIVER_KM2 ? slivers : keep).push(piece);
    }
    if (keep.length === 0) continue; // all pieces small: nothing sensible to keep instead
    for (const sliver of slivers) {
      const piece = turfPolygon(sliver);
      const neighbour = codes.find((other) => {
        const g = geometries.get(other);
        return other !== code && g !== undefined && booleanIntersects(piece, g);
      });
      const target = neighbour === undefined ? undefined : geometries.get(neighbour);
      const merged = target && union(featureCollection([piece, feature(target)]));
      if (neighbour === undefined || !merged) {
        keep.push(sliver);
        continue;
      }
      geometries.set(neighbour, merged.geometry);
    }
    geometries.set(
      code,
      keep.length === 1 ? { type: 'Polygon', coordinates: keep[0] as Position[][] } : { type: 'MultiPolygon', coordinates: keep },
    );
  }
}
