/**
 * Making the maplibre Map with the settings a one-handed rider needs (no rotation or pitch, a
 * compact attribution, zoom buttons), and switching the base style's labels between Chinese and
 * English. No app data here: MapView adds its own layers on top.
 */
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import type { LngLat } from '../core/station.ts';

export type InitialView = { center: LngLat; zoom: number } | { bounds: [LngLat, LngLat]; fitBoundsOptions: { padding: number } };

/** Throws where maplibre cannot start (no WebGL); the caller reports the map as unavailable. */
export function createBaseMap(container: HTMLElement, style: StyleSpecification, view: InitialView): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    style,
    ...view,
    minZoom: 8,
    maxZoom: 18,
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    // CJK labels drawn with the device's own fonts: no glyph server needed for Chinese names.
    localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif",
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

/** Base-style label layers marked `metadata.label` show English names where the tiles have them. */
export function applyLabelLocale(map: maplibregl.Map, locale: string): void {
  if (!map.isStyleLoaded()) return;
  for (const layer of map.getStyle().layers) {
    const metadata = layer.metadata as { label?: boolean } | undefined;
    if (layer.type !== 'symbol' || !metadata?.label) continue;
    map.setLayoutProperty(layer.id, 'text-field', locale === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name']);
  }
}
