/**
 * The one class that owns the maplibre Map. React creates it once (MapPanel) and feeds it
 * plain data through setters; clicks come back as station ids or, while picking, as a place.
 * This module is imported lazily: maplibre is about 290 KB gzip and the list never waits for it.
 *
 * Coordinates come in as WGS-84 `[lng, lat]` and are shifted to the style's system (crs.ts).
 * Names never reach the map as HTML; there are no popups at all, the detail is React's.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import type { LngLat } from '../core/station.ts';
import { crsShift } from './crs.ts';
import type { CrsShift, MapCrs } from './crs.ts';
import { loadStyle, styleFont } from './loadStyle.ts';
import { CLUSTER_MAX_ZOOM, drawHubIcon, HUB_ICON, LAYER, ownLayers, ownSources, SRC } from './ownLayers.ts';
import { DARK, LIGHT } from './palette.ts';
import type { Tone } from './palette.ts';

maplibregl.setWorkerUrl(workerUrl);

export type MapViewState = 'loading' | 'ready' | 'unavailable';

export interface MapStationPoint {
  id: string;
  lngLat: LngLat;
  tone: Tone;
}

export interface MapHubPoint {
  id: string;
  lngLat: LngLat;
}

export interface MapViewOptions {
  container: HTMLElement;
  styleUrl: string;
  darkStyleUrl: string | null;
  crs: MapCrs;
  dark: boolean;
  locale: string;
  /** Where to look first; Chaoyang when absent. */
  center: LngLat | null;
  onStationClick: (stationId: string) => void;
  onPick: (lngLat: LngLat) => void;
  onState: (state: MapViewState, reason?: string) => void;
}

/** Chaoyang district, roughly: the first view when the rider's place is not known yet. */
const CHAOYANG_BOUNDS: [LngLat, LngLat] = [
  [116.35, 39.82],
  [116.64, 40.09],
];
const ORIGIN_ZOOM = 14;
/** How far from a marker a tap still counts, px: riders wear gloves. */
const HIT_RADIUS_PX = 22;
const BLANK_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e9e6dd' } }],
};

export class MapView {
  readonly #options: MapViewOptions;
  readonly #shift: CrsShift;
  #map: maplibregl.Map | null = null;
  #loaded = false;
  #dark: boolean;
  #locale: string;
  #font: string[] = ['Noto Sans Bold'];
  #stations = new Map<string, { mapLngLat: LngLat; tone: Tone }>();
  #hubs: MapHubPoint[] = [];
  #origin: LngLat | null = null;
  #selectedId: string | null = null;
  #picking = false;
  #abort = new AbortController();

  constructor(options: MapViewOptions) {
    this.#options = options;
    this.#shift = crsShift(options.crs);
    this.#dark = options.dark;
    this.#locale = options.locale;
    options.onState('loading');
    void this.#init();
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  async #init(): Promise<void> {
    const style = await this.#fetchStyle(this.#dark);
    if (this.#abort.signal.aborted) return;
    const center = this.#origin ?? (this.#options.center ? this.#shift.toMap(this.#options.center) : null);
    const view = center
      ? { center, zoom: ORIGIN_ZOOM }
      : { bounds: CHAOYANG_BOUNDS.map((p) => this.#shift.toMap(p)) as [LngLat, LngLat], fitBoundsOptions: { padding: 8 } };
    try {
      this.#map = new maplibregl.Map({
        container: this.#options.container,
        style,
        ...view,
        minZoom: 8,
        maxZoom: 18,
        attributionControl: { compact: true },
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif",
        cooperativeGestures: false,
      });
    } catch (error) {
      this.#options.onState('unavailable', error instanceof Error ? error.message : String(error));
      return;
    }
    const map = this.#map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.on('style.load', () => this.#installOwnLayers());
    map.on('load', () => {
      // Compact attribution starts unfolded over a small map; fold it (the ⓘ button unfolds it).
      this.#options.container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
      this.#loaded = true;
      this.#options.onState('ready');
    });
    map.on('error', (event) => console.warn('map:', event.error?.message ?? event));
    map.on('click', (event) => this.#onClick(event));
    map.on('mousemove', (event) => {
      if (this.#picking) return;
      const hit = this.#stationAt(event.point) || this.#clusterAt(event.point);
      map.getCanvas().style.cursor = hit ? 'pointer' : '';
    });
  }

  async #fetchStyle(dark: boolean): Promise<StyleSpecification> {
    const url = dark && this.#options.darkStyleUrl ? this.#options.darkStyleUrl : this.#options.styleUrl;
    try {
      const style = await loadStyle(url, this.#abort.signal);
      this.#font = styleFont(style);
      return style;
    } catch (error) {
      // The stations still make sense on a plain background; say so in the console only.
      console.warn(`base map style failed (${String(error)}); using a blank background`);
      return BLANK_STYLE;
    }
  }

  /** Adds the app's sources, icon and layers to the current style, then pushes the data. */
  #installOwnLayers(): void {
    const map = this.#map;
    if (!map) return;
    const palette = this.#dark ? DARK : LIGHT;
    for (const [id, source] of Object.entries(ownSources())) {
      if (!map.getSource(id)) map.addSource(id, source);
    }
    const icon = drawHubIcon(palette);
    if (icon) {
      if (map.hasImage(HUB_ICON)) map.removeImage(HUB_ICON);
      map.addImage(HUB_ICON, icon, { pixelRatio: 2 });
    }
    for (const layer of ownLayers(palette, this.#font)) {
      if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      map.addLayer(layer);
    }
    this.#applyLocale();
    this.#pushStations();
    this.#pushHubs();
    this.#pushOrigin();
    this.#pushSelected();
  }

  setStations(points: readonly MapStationPoint[]): void {
    this.#stations = new Map(points.map((p) => [p.id, { mapLngLat: this.#shift.toMap(p.lngLat), tone: p.tone }]));
    this.#pushStations();
    this.#pushSelected();
  }

  setHubs(hubs: readonly MapHubPoint[]): void {
    this.#hubs = [...hubs];
    this.#pushHubs();
  }

  /** Moves the rider's dot; with `fly`, brings it into view at street zoom. */
  setOrigin(lngLat: LngLat | null, fly = true): void {
    this.#origin = lngLat ? this.#shift.toMap(lngLat) : null;
    this.#pushOrigin();
    if (fly && this.#origin && this.#map) {
      this.#map.easeTo({ center: this.#origin, zoom: Math.max(this.#map.getZoom(), ORIGIN_ZOOM), duration: 600 });
    }
  }

  setSelected(stationId: string | null): void {
    this.#selectedId = stationId;
    this.#pushSelected();
    const station = stationId ? this.#stations.get(stationId) : undefined;
    if (station && this.#map && !this.#map.getBounds().contains(station.mapLngLat)) {
      this.#map.easeTo({ center: station.mapLngLat, duration: 400 });
    }
  }

  /** While picking, a tap sets the rider's place instead of opening a station. */
  setPicking(picking: boolean): void {
    this.#picking = picking;
    if (this.#map) this.#map.getCanvas().style.cursor = picking ? 'crosshair' : '';
  }

  async setTheme(dark: boolean): Promise<void> {
    if (dark === this.#dark) return;
    this.#dark = dark;
    const map = this.#map;
    if (!map) return;
    if (this.#options.darkStyleUrl) {
      const style = await this.#fetchStyle(dark);
      // A full reload fires 'style.load', which re-installs our layers with the new palette.
      map.setStyle(style, { diff: false });
    } else {
      this.#installOwnLayers();
    }
  }

  setLocale(locale: string): void {
    this.#locale = locale;
    this.#applyLocale();
  }

  /**
   * Page (viewport) pixel position of a station's marker, after bringing it into view
   * unclustered. For tests and scripts that click a real marker; null before the map is ready
   * or for a station not on the map.
   */
  projectStation(stationId: string): { x: number; y: number } | null {
    const map = this.#map;
    const station = this.#stations.get(stationId);
    if (!map || !this.#loaded || !station) return null;
    map.stop();
    map.jumpTo({ center: station.mapLngLat, zoom: Math.max(map.getZoom(), CLUSTER_MAX_ZOOM + 1.5) });
    const container = this.#options.container;
    const before = container.getBoundingClientRect();
    if (before.top < 0 || before.bottom > window.innerHeight) container.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = container.getBoundingClientRect();
    const point = map.project(station.mapLngLat);
    return { x: rect.left + point.x, y: rect.top + point.y };
  }

  resize(): void {
    this.#map?.resize();
  }

  destroy(): void {
    this.#abort.abort();
    this.#map?.remove();
    this.#map = null;
    this.#loaded = false;
  }

  #onClick(event: maplibregl.MapMouseEvent): void {
    if (this.#picking) {
      this.#options.onPick(this.#shift.fromMap([event.lngLat.lng, event.lngLat.lat]));
      return;
    }
    const stationId = this.#stationAt(event.point);
    if (stationId) {
      this.#options.onStationClick(stationId);
      return;
    }
    const cluster = this.#clusterAt(event.point);
    if (cluster) void this.#expandCluster(cluster);
  }

  /** The station marker under a tap: rendered markers first, then (unclustered zooms) by distance. */
  #stationAt(point: maplibregl.Point): string | null {
    const map = this.#map;
    if (!map || !map.getLayer(LAYER.stations)) return null;
    const box: [maplibregl.PointLike, maplibregl.PointLike] = [
      [point.x - HIT_RADIUS_PX, point.y - HIT_RADIUS_PX],
      [point.x + HIT_RADIUS_PX, point.y + HIT_RADIUS_PX],
    ];
    const rendered = map.queryRenderedFeatures(box, { layers: [LAYER.stations] });
    let best: { id: string; d: number } | null = null;
    const consider = (id: string, lngLat: LngLat) => {
      const p = map.project(lngLat);
      const d = Math.hypot(p.x - point.x, p.y - point.y);
      if (d <= HIT_RADIUS_PX && (!best || d < best.d || (d === best.d && id < best.id))) best = { id, d };
    };
    for (const feature of rendered) {
      const id = feature.properties?.id;
      const station = typeof id === 'string' ? this.#stations.get(id) : undefined;
      if (station && typeof id === 'string') consider(id, station.mapLngLat);
    }
    // Right after a jump the new tiles may not be drawn yet; above the cluster zoom every
    // station is its own marker, so the known positions answer the same question.
    if (!best && map.getZoom() > CLUSTER_MAX_ZOOM) {
      for (const [id, station] of this.#stations) consider(id, station.mapLngLat);
    }
    return (best as { id: string } | null)?.id ?? null;
  }

  #clusterAt(point: maplibregl.Point): maplibregl.MapGeoJSONFeature | null {
    const map = this.#map;
    if (!map || !map.getLayer(LAYER.clusters)) return null;
    return map.queryRenderedFeatures(point, { layers: [LAYER.clusters] })[0] ?? null;
  }

  async #expandCluster(feature: maplibregl.MapGeoJSONFeature): Promise<void> {
    const map = this.#map;
    const source = map?.getSource<GeoJSONSource>(SRC.stations);
    const clusterId = feature.properties?.cluster_id;
    if (!map || !source || typeof clusterId !== 'number' || feature.geometry.type !== 'Point') return;
    const zoom = await source.getClusterExpansionZoom(clusterId);
    map.easeTo({ center: feature.geometry.coordinates as LngLat, zoom: Math.min(zoom + 0.5, 18), duration: 500 });
  }

  #setData(sourceId: string, features: GeoJSON.Feature[]): void {
    const source = this.#map?.getSource<GeoJSONSource>(sourceId);
    if (source) void source.setData({ type: 'FeatureCollection', features });
  }

  #pushStations(): void {
    const features: GeoJSON.Feature[] = [];
    for (const [id, s] of this.#stations) {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: s.mapLngLat }, properties: { id, tone: s.tone } });
    }
    this.#setData(SRC.stations, features);
  }

  #pushHubs(): void {
    this.#setData(
      SRC.hubs,
      this.#hubs.map((h) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: this.#shift.toMap(h.lngLat) },
        properties: { id: h.id },
      })),
    );
  }

  #pushOrigin(): void {
    const o = this.#origin;
    this.#setData(SRC.origin, o ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: o }, properties: {} }] : []);
  }

  #pushSelected(): void {
    const station = this.#selectedId ? this.#stations.get(this.#selectedId) : undefined;
    this.#setData(
      SRC.selected,
      station ? [{ type: 'Feature', geometry: { type: 'Point', coordinates: station.mapLngLat }, properties: {} }] : [],
    );
  }

  /** Base-style label layers marked `metadata.label` show English names where the tiles have them. */
  #applyLocale(): void {
    const map = this.#map;
    if (!map || !map.isStyleLoaded()) return;
    for (const layer of map.getStyle().layers) {
      const metadata = layer.metadata as { label?: boolean } | undefined;
      if (layer.type !== 'symbol' || !metadata?.label) continue;
      map.setLayoutProperty(
        layer.id,
        'text-field',
        this.#locale === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'],
      );
    }
  }
}
