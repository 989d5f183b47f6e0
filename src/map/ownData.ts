/**
 * The GeoJSON the app's own layers draw, built from plain points already in the style's
 * coordinate system. No map object here: MapView pushes what these return into its sources.
 */
import type { LngLat } from '../core/station.ts';
import type { Tone } from './palette.ts';

const point = (coordinates: LngLat, properties: Record<string, string>): GeoJSON.Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

/** Station markers; `tone` picks the colour (open, closing soon, closed …). */
export function stationFeatures(stations: ReadonlyMap<string, { mapLngLat: LngLat; tone: Tone }>): GeoJSON.Feature[] {
  const features: GeoJSON.Feature[] = [];
  for (const [id, s] of stations) features.push(point(s.mapLngLat, { id, tone: s.tone }));
  return features;
}

/** Hub symbols. */
export function hubFeatures(hubs: readonly { id: string; mapLngLat: LngLat }[]): GeoJSON.Feature[] {
  return hubs.map((h) => point(h.mapLngLat, { id: h.id }));
}

/** Zero or one point (the rider's place, the selected station). */
export function singlePoint(lngLat: LngLat | null | undefined): GeoJSON.Feature[] {
  return lngLat ? [point(lngLat, {})] : [];
}
