/**
 * What a tap on the map touched: the nearest station marker within a glove-sized radius, or a
 * cluster bubble. Pure questions to the map; MapView decides what a hit does.
 */
import type * as maplibregl from 'maplibre-gl';
import type { LngLat } from '../core/station.ts';
import { CLUSTER_MAX_ZOOM, LAYER } from './ownLayers.ts';

/** How far from a marker a tap still counts, px: riders wear gloves. */
export const HIT_RADIUS_PX = 22;

/** Where each station is drawn, in the style's coordinate system. */
export type DrawnStations = ReadonlyMap<string, { mapLngLat: LngLat }>;

/**
 * The station marker under `point`: rendered markers first, then (above the cluster zoom) by
 * distance to the known positions. Ties go to the smaller id, so the answer is deterministic.
 */
export function stationAt(map: maplibregl.Map, point: maplibregl.Point, stations: DrawnStations): string | null {
  if (!map.getLayer(LAYER.stations)) return null;
  const box: [maplibregl.PointLike, maplibregl.PointLike] = [
    [point.x - HIT_RADIUS_PX, point.y - HIT_RADIUS_PX],
    [point.x + HIT_RADIUS_PX, point.y + HIT_RADIUS_PX],
  ];
  let best: { id: string; d: number } | null = null;
  const consider = (id: string, lngLat: LngLat) => {
    const p = map.project(lngLat);
    const d = Math.hypot(p.x - point.x, p.y - point.y);
    if (d <= HIT_RADIUS_PX && (!best || d < best.d || (d === best.d && id < best.id))) best = { id, d };
  };
  for (const feature of map.queryRenderedFeatures(box, { layers: [LAYER.stations] })) {
    const id = feature.properties?.id;
    const station = typeof id === 'string' ? stations.get(id) : undefined;
    if (station && typeof id === 'string') consider(id, station.mapLngLat);
  }
  // Right after a jump the new tiles may not be drawn yet; above the cluster zoom every
  // station is its own marker, so the known positions answer the same question.
  if (!best && map.getZoom() > CLUSTER_MAX_ZOOM) {
    for (const [id, station] of stations) consider(id, station.mapLngLat);
  }
  return (best as { id: string } | null)?.id ?? null;
}

/** The cluster bubble under `point`, if any. */
export function clusterAt(map: maplibregl.Map, point: maplibregl.Point): maplibregl.MapGeoJSONFeature | null {
  if (!map.getLayer(LAYER.clusters)) return null;
  return map.queryRenderedFeatures(point, { layers: [LAYER.clusters] })[0] ?? null;
}
