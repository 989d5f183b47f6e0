/**
 * Street offices (街道办事处 / 地区办事处) and their jurisdictions (辖区).
 *
 * Each office is a GeoJSON Feature whose geometry is its jurisdiction polygon and whose id is
 * the official 9-digit code. The sample polygons in data/offices.geojson are approximate (see
 * data/README.md); the rules here do not depend on that.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { z } from 'zod/mini';
import { lngLatSchema, officeCodeSchema, trimmed } from './station.ts';
import type { LngLat } from './station.ts';

export const officePropertiesSchema = z.strictObject({
  /** Official 9-digit code (GB/T 2260 county code + township code); equals the feature id. */
  code: officeCodeSchema,
  /** Official Chinese name, e.g. 双井街道. */
  name: trimmed(1, 40),
  /** Pinyin name, e.g. "Shuangjing Subdistrict" (街道) or "Jiangtai Area" (地区). */
  name_en: trimmed(1, 80),
  /** A representative point inside the jurisdiction, WGS-84 [lng, lat]; for labels. */
  centre: lngLatSchema,
});
export type OfficeProperties = z.infer<typeof officePropertiesSchema>;

export interface Office {
  type: 'Feature';
  /** Same as `properties.code`. */
  id: string;
  geometry: Polygon | MultiPolygon;
  properties: OfficeProperties;
}

/**
 * The office whose jurisdiction contains a point, or null when no jurisdiction does.
 *
 * Boundary rule: a point exactly on a boundary shared by two or more jurisdictions belongs to
 * the office with the **lowest code**. Points on a boundary count as inside (turf's
 * `booleanPointInPolygon` with the boundary included), and offices are tried in ascending code
 * order, so the answer never depends on the order of `offices`.
 *
 * @param offices the jurisdictions, in any order
 * @param lngLat WGS-84 `[lng, lat]`
 * @example
 * officeAt(offices, [116.4626, 39.893])?.properties.name; // '双井街道'
 * officeAt(offices, [121.47, 31.23]); // null (Shanghai)
 */
export function officeAt(offices: readonly Office[], lngLat: LngLat): Office | null {
  const [lng, lat] = lngLat;
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
  let best: Office | null = null;
  for (const office of offices) {
    if (best && office.properties.code >= best.properties.code) continue;
    if (!inBounds(office.geometry, lng, lat)) continue;
    if (booleanPointInPolygon([lng, lat], office.geometry)) best = office;
  }
  return best;
}

/** Cheap bounding-box test before the exact one; the box is cached per geometry object. */
const boxes = new WeakMap<Polygon | MultiPolygon, [number, number, number, number]>();

function inBounds(geometry: Polygon | MultiPolygon, lng: number, lat: number): boolean {
  let box = boxes.get(geometry);
  if (!box) {
    box = [Infinity, Infinity, -Infinity, -Infinity];
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      // The outer ring bounds the polygon; holes lie inside it.
      for (const [x, y] of polygon[0] ?? []) {
        if (x === undefined || y === undefined) continue;
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
      }
    }
    boxes.set(geometry, box);
  }
  return lng >= box[0] && lng <= box[2] && lat >= box[1] && lat <= box[3];
}
