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
/** The map's own buttons in Chinese (maplibre's defaults are English). */
const CONTROL_LABELS_ZH: Record<string, string> = {
  'NavigationControl.ZoomIn': '放大',
  'NavigationControl.ZoomOut': '缩小',
  'NavigationControl.ResetBearing': '恢复正北朝上',
  'AttributionControl.ToggleAttribution': '显示或隐藏地图来源',
  'AttributionControl.MapFeedback': '地图反馈',
};

export function createBaseMap(container: HTMLElement, style: StyleSpecification, view: InitialView, locale = 'zh-CN'): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    ...(locale === 'en' ? {} : { locale: CONTROL_LABELS_ZH }),
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
  // Not isStyleLoaded(): that waits for every tile source too, and at 'style.load' (where this
  // runs first) it is still false, which left the first view's labels in Chinese.
  let layers: maplibregl.LayerSpecification[];
  try {
    layers = map.getStyle().layers;
  } catch {
    return; // no style yet: 'style.load' calls again
  }
  for (const layer of layers) {
    const metadata = layer.metadata as { label?: boolean } | undefined;
    if (layer.type !== 'symbol' || !metadata?.label) continue;
    map.setLayoutProperty(layer.id, 'text-field', locale === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name']);
  }
}
