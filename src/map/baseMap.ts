/**
 * Making the maplibre Map with the settings a one-handed rider needs (no rotation or pitch, a
 * compact attribution, zoom buttons), and switching the base style's labels between Chinese and
 * English. No app data here: MapView adds its own layers on top.
 */
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import type { LngLat } from '../core/station.ts';

export type InitialView = { center: LngLat; zoom: number } | { bounds: [LngLat, LngLat]; fitBoundsOptions: { padding: number } };

/** maplibre's own words (buttons, the canvas' name) in each language; its defaults are English. */
const UI_LABELS: Record<'zh' | 'en', Record<string, string>> = {
  zh: {
    'NavigationControl.ZoomIn': '放大',
    'NavigationControl.ZoomOut': '缩小',
    'NavigationControl.ResetBearing': '恢复正北朝上',
    'AttributionControl.ToggleAttribution': '显示或隐藏地图来源',
    'AttributionControl.MapFeedback': '地图反馈',
    'Map.Title': '地图',
    'Marker.Title': '地图标记',
  },
  en: {
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset north',
    'AttributionControl.ToggleAttribution': 'Show or hide map sources',
    'AttributionControl.MapFeedback': 'Map feedback',
    'Map.Title': 'Map',
    'Marker.Title': 'Map marker',
  },
};

/** The `locale` option for `new maplibregl.Map`. */
export const mapUiLabels = (locale: string): Record<string, string> => (locale === 'en' ? UI_LABELS.en : UI_LABELS.zh);

/** Where maplibre put each of its words (selector, attributes, key). */
const LABELLED: [string, string[], string][] = [
  ['.maplibregl-ctrl-zoom-in', ['title', 'aria-label'], 'NavigationControl.ZoomIn'],
  ['.maplibregl-ctrl-zoom-out', ['title', 'aria-label'], 'NavigationControl.ZoomOut'],
  ['.maplibregl-ctrl-compass', ['title', 'aria-label'], 'NavigationControl.ResetBearing'],
  ['.maplibregl-ctrl-attrib-button', ['title', 'aria-label'], 'AttributionControl.ToggleAttribution'],
  ['.maplibregl-canvas', ['aria-label'], 'Map.Title'],
];

/**
 * maplibre reads its words once, when the map is made; after a language switch this rewrites
 * them on the controls and canvas already in `container`.
 */
export function applyUiLabels(container: HTMLElement, locale: string): void {
  const labels = mapUiLabels(locale);
  for (const [selector, attributes, key] of LABELLED) {
    for (const element of container.querySelectorAll(selector)) {
      for (const attribute of attributes) element.setAttribute(attribute, labels[key]!);
    }
  }
}

/** Throws where maplibre cannot start (no WebGL); the caller reports the map as unavailable. */
export function createBaseMap(container: HTMLElement, style: StyleSpecification, view: InitialView, locale = 'zh-CN'): maplibregl.Map {
  const map = new maplibregl.Map({
    container,
    locale: mapUiLabels(locale),
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

/** The text of the first base-style label layer (for checks: `['get', 'name']` in Chinese); null before the style is in. */
export function baseLabelField(map: maplibregl.Map | null): unknown {
  try {
    const layer = map?.getStyle().layers.find((l) => l.type === 'symbol' && (l.metadata as { label?: boolean } | undefined)?.label);
    return layer ? map!.getLayoutProperty(layer.id, 'text-field') : null;
  } catch {
    return null; // no style yet
  }
}

/** A language switch on a live map: the base labels, and maplibre's own words in `container`. */
export function applyMapLocale(map: maplibregl.Map, container: HTMLElement, locale: string): void {
  applyLabelLocale(map, locale);
  applyUiLabels(container, locale);
}
