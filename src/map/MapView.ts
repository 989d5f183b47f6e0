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
import { applyMapLocale, baseLabelField, createBaseMap } from './baseMap.ts';
import type { InitialView } from './baseMap.ts';
import { clusterAt, stationAt } from './hitTest.ts';
import { loadStyle, styleFont } from './loadStyle.ts';
import { hubFeatures, singlePoint, stationFeatures } from './ownData.ts';
import { CLUSTER_MAX_ZOOM, drawHubIcon, HUB_ICON, ownLayers, ownSources, SRC } from './ownLayers.ts';
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
  #hubs: { id: string; mapLngLat: LngLat }[] = [];
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
    const view: InitialView = center
      ? { center, zoom: ORIGIN_ZOOM }
      : { bounds: CHAOYANG_BOUNDS.map((p) => this.#shift.toMap(p)) as [LngLat, LngLat], fitBoundsOptions: { padding: 8 } };
    try {
      this.#map = createBaseMap(this.#options.container, style, view, this.#locale);
    } catch (error) {
      this.#options.onState('unavailable', error instanceof Error ? error.message : String(error));
      return;
    }
    const map = this.#map;
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
      const hit = stationAt(map, event.point, this.#stations) ?? clusterAt(map, event.point);
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
    this.#hubs = hubs.map((h) => ({ id: h.id, mapLngLat: this.#shift.toMap(h.lngLat) }));
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

  /** What the base map's labels show now (for checks), or null before the style is in. */
  baseLabelField(): unknown {
    return baseLabelField(this.#map);
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
    const map = this.#map;
    if (!map) return;
    const stationId = stationAt(map, event.point, this.#stations);
    if (stationId) {
      this.#options.onStationClick(stationId);
      return;
    }
    const cluster = clusterAt(map, event.point);
    if (cluster) void this.#expandCluster(cluster);
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
    this.#setData(SRC.stations, stationFeatures(this.#stations));
  }

  #pushHubs(): void {
    this.#setData(SRC.hubs, hubFeatures(this.#hubs));
  }

  #pushOrigin(): void {
    this.#setData(SRC.origin, singlePoint(this.#origin));
  }

  #pushSelected(): void {
    this.#setData(SRC.selected, singlePoint(this.#selectedId ? this.#stations.get(this.#selectedId)?.mapLngLat : null));
  }

  #applyLocale(): void {
    if (this.#map) applyMapLocale(this.#map, this.#options.container, this.#locale);
  }
}
