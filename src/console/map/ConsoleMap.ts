/**
 * The console's one map class, owning one maplibre Map: the office's jurisdiction polygon, its
 * stations as coloured dots, and one draggable pin for the station being edited or placed.
 * React (ConsoleMapPanel) creates it once and pushes plain data through setters; clicks, placed
 * pins and drags come back through callbacks as station ids and WGS-84 `[lng, lat]`.
 *
 * Loaded lazily (maplibre is about 290 KB gzip). Names never reach the map as HTML.
 */
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { GeoJSONSource, StyleSpecification } from 'maplibre-gl';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Office } from '../../core/offices.ts';
import type { LngLat } from '../../core/station.ts';
import { applyLabelLocale, applyMapLocale, baseLabelField, mapUiLabels } from '../../map/baseMap.ts';
import { crsShift } from '../../map/crs.ts';
import type { CrsShift, MapCrs } from '../../map/crs.ts';
import { loadStyle } from '../../map/loadStyle.ts';
import { LIGHT } from '../../map/palette.ts';
import type { Tone } from '../../map/palette.ts';

maplibregl.setWorkerUrl(workerUrl);

export type ConsoleMapState = 'loading' | 'ready' | 'unavailable';

export interface ConsoleMapPoint {
  id: string;
  lngLat: LngLat;
  tone: Tone;
}

export interface EditPin {
  lngLat: LngLat;
  draggable: boolean;
  /** Read by screen readers on the pin. */
  label: string;
}

export interface ConsoleMapOptions {
  container: HTMLElement;
  styleUrl: string;
  crs: MapCrs;
  /** 'zh-CN' or 'en': the base map's labels and the map's own buttons. */
  locale: string;
  onStationClick(id: string): void;
  /** A tap while placing a new station. */
  onPlace(lngLat: LngLat): void;
  /** The edit pin was dragged and dropped. */
  onPinMoved(lngLat: LngLat): void;
  onState(state: ConsoleMapState, reason?: string): void;
}

const CHAOYANG: [LngLat, LngLat] = [
  [116.35, 39.82],
  [116.64, 40.09],
];
const BLANK: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#e9e6dd' } }] };
const SRC = { office: 'console-office', stations: 'console-stations' } as const;
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export class ConsoleMap {
  readonly #options: ConsoleMapOptions;
  readonly #shift: CrsShift;
  #map: maplibregl.Map | null = null;
  #loaded = false;
  #office: Office | null = null;
  #fitted = false;
  #points: ConsoleMapPoint[] = [];
  #pin: maplibregl.Marker | null = null;
  #pinLngLat: LngLat | null = null;
  #pinShown = false;
  #placing = false;
  #locale: string;
  #abort = new AbortController();

  constructor(options: ConsoleMapOptions) {
    this.#options = options;
    this.#shift = crsShift(options.crs);
    this.#locale = options.locale;
    options.onState('loading');
    void this.#init();
  }

  async #init(): Promise<void> {
    let style = BLANK;
    try {
      style = await loadStyle(this.#options.styleUrl, this.#abort.signal);
    } catch (error) {
      if (this.#abort.signal.aborted) return;
      console.warn(`console map: base style failed (${String(error)}); using a blank background`);
    }
    if (this.#abort.signal.aborted) return;
    try {
      this.#map = new maplibregl.Map({
        container: this.#options.container,
        style,
        bounds: CHAOYANG.map((p) => this.#shift.toMap(p)) as [LngLat, LngLat],
        minZoom: 8,
        maxZoom: 19,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        attributionControl: { compact: true },
        locale: mapUiLabels(this.#locale),
        localIdeographFontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
      });
    } catch (error) {
      this.#options.onState('unavailable', error instanceof Error ? error.message : String(error));
      return;
    }
    const map = this.#map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    map.on('load', () => {
      // Compact attribution starts unfolded over a small map; fold it (the ⓘ button unfolds it).
      this.#options.container.querySelector('.maplibregl-compact-show')?.classList.remove('maplibregl-compact-show');
      this.#installLayers();
      applyLabelLocale(map, this.#locale);
      this.#loaded = true;
      this.#pushAll();
      this.#options.onState('ready');
    });
    map.on('error', (event) => console.warn('console map:', event.error?.message ?? event));
    map.on('click', (event) => {
      const lngLat = this.#shift.fromMap([event.lngLat.lng, event.lngLat.lat]);
      if (this.#placing) return this.#options.onPlace(lngLat);
      const hit = map.queryRenderedFeatures(
        [
          [event.point.x - 12, event.point.y - 12],
          [event.point.x + 12, event.point.y + 12],
        ],
        { layers: ['console-stations'] },
      )[0];
      const id = hit?.properties?.id;
      if (typeof id === 'string') this.#options.onStationClick(id);
    });
    map.on('mouseenter', 'console-stations', () => {
      if (!this.#placing) map.getCanvas().style.cursor = 'pointer';
    });
    map.on('mouseleave', 'console-stations', () => {
      if (!this.#placing) map.getCanvas().style.cursor = '';
    });
  }

  #installLayers(): void {
    const map = this.#map!;
    map.addSource(SRC.office, { type: 'geojson', data: EMPTY });
    map.addSource(SRC.stations, { type: 'geojson', data: EMPTY });
    map.addLayer({ id: 'console-office-fill', type: 'fill', source: SRC.office, paint: { 'fill-color': '#0b5cab', 'fill-opacity': 0.08 } });
    map.addLayer({ id: 'console-office-line', type: 'line', source: SRC.office, paint: { 'line-color': '#0b5cab', 'line-width': 2.5 } });
    map.addLayer({
      id: 'console-stations',
      type: 'circle',
      source: SRC.stations,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4, 15, 8],
        'circle-color': ['match', ['get', 'tone'], 'open', LIGHT.tone.open, 'soon', LIGHT.tone.soon, 'closed', LIGHT.tone.closed, LIGHT.tone.unknown],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1.5,
      },
    });
  }

  #shiftRing = (ring: Position[]): Position[] => ring.map(([lng, lat]) => this.#shift.toMap([lng!, lat!]));

  #pushAll(): void {
    if (!this.#map || !this.#loaded) return;
    const office = this.#office;
    let officeFeature: Feature<Polygon | MultiPolygon> | null = null;
    if (office) {
      const g = office.geometry;
      const geometry: Polygon | MultiPolygon =
        g.type === 'Polygon'
          ? { type: 'Polygon', coordinates: g.coordinates.map(this.#shiftRing) }
          : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(this.#shiftRing)) };
      officeFeature = { type: 'Feature', properties: { code: office.properties.code }, geometry };
    }
    (this.#map.getSource(SRC.office) as GeoJSONSource | undefined)?.setData(officeFeature ? { type: 'FeatureCollection', features: [officeFeature] } : EMPTY);
    (this.#map.getSource(SRC.stations) as GeoJSONSource | undefined)?.setData({
      type: 'FeatureCollection',
      features: this.#points.map((p) => ({
        type: 'Feature',
        properties: { id: p.id, tone: p.tone },
        geometry: { type: 'Point', coordinates: this.#shift.toMap(p.lngLat) },
      })),
    });
    if (officeFeature && !this.#fitted) {
      this.#fitted = true;
      const bounds = new maplibregl.LngLatBounds();
      const rings = officeFeature.geometry.type === 'Polygon' ? [officeFeature.geometry.coordinates] : officeFeature.geometry.coordinates;
      for (const poly of rings) for (const [lng, lat] of poly[0] ?? []) bounds.extend([lng!, lat!]);
      this.#map.fitBounds(bounds, { padding: 24, animate: false });
    }
  }

  setOffice(office: Office | null): void {
    if (office?.properties.code !== this.#office?.properties.code) this.#fitted = false;
    this.#office = office;
    this.#pushAll();
  }

  setStations(points: ConsoleMapPoint[]): void {
    this.#points = points;
    this.#pushAll();
  }

  /** The pin of the station being edited or placed; null removes it. */
  setPin(pin: EditPin | null): void {
    if (!this.#map) return;
    if (!pin) {
      this.#pin?.remove();
      this.#pinShown = false;
      this.#pinLngLat = null;
      return;
    }
    if (!this.#pin) {
      const element = document.createElement('div');
      element.className = 'console-pin';
      element.setAttribute('data-testid', 'edit-pin');
      this.#pin = new maplibregl.Marker({ element, anchor: 'bottom' });
      this.#pin.on('dragend', () => {
        const at = this.#pin!.getLngLat();
        this.#pinLngLat = this.#shift.fromMap([at.lng, at.lat]);
        this.#options.onPinMoved(this.#pinLngLat);
      });
    }
    const element = this.#pin.getElement();
    element.setAttribute('aria-label', pin.label);
    element.setAttribute('role', 'img');
    element.classList.toggle('console-pin--draggable', pin.draggable);
    this.#pin.setDraggable(pin.draggable);
    const same = this.#pinLngLat && this.#pinLngLat[0] === pin.lngLat[0] && this.#pinLngLat[1] === pin.lngLat[1];
    if (!same) {
      this.#pinLngLat = pin.lngLat;
      this.#pin.setLngLat(this.#shift.toMap(pin.lngLat));
    }
    if (!this.#pinShown) {
      this.#pin.addTo(this.#map);
      this.#pinShown = true;
    }
  }

  setPlacing(placing: boolean): void {
    this.#placing = placing;
    if (this.#map) this.#map.getCanvas().style.cursor = placing ? 'crosshair' : '';
  }

  /** Brings a place into view (at least street level). */
  focus(lngLat: LngLat, minZoom = 15): void {
    if (!this.#map) return;
    this.#map.easeTo({ center: this.#shift.toMap(lngLat), zoom: Math.max(this.#map.getZoom(), minZoom), duration: 300 });
  }

  /** Page pixel position of a WGS-84 place, for tests; null before the map is ready. */
  project(lngLat: LngLat): { x: number; y: number } | null {
    if (!this.#map || !this.#loaded) return null;
    const rect = this.#options.container.getBoundingClientRect();
    const p = this.#map.project(this.#shift.toMap(lngLat));
    return { x: rect.left + p.x, y: rect.top + p.y };
  }

  /** The WGS-84 place under a page pixel, for tests. */
  unproject(x: number, y: number): LngLat | null {
    if (!this.#map || !this.#loaded) return null;
    const rect = this.#options.container.getBoundingClientRect();
    const p = this.#map.unproject([x - rect.left, y - rect.top]);
    return this.#shift.fromMap([p.lng, p.lat]);
  }

  /** Page pixel position of the pin's tip, for tests. */
  pinPosition(): { x: number; y: number } | null {
    return this.#pinLngLat ? this.project(this.#pinLngLat) : null;
  }

  /** Jumps (no animation) so a place is centred at street level; for tests. */
  jumpTo(lngLat: LngLat, zoom = 16): void {
    this.#map?.jumpTo({ center: this.#shift.toMap(lngLat), zoom });
  }

  get loaded(): boolean {
    return this.#loaded;
  }

  resize(): void {
    this.#map?.resize();
  }

  /** What the base map's labels show now (for checks), or null before the style is in. */
  baseLabelField(): unknown {
    return baseLabelField(this.#map);
  }

  /** Switches the base map's labels and the buttons' words. */
  setLocale(locale: string): void {
    this.#locale = locale;
    if (this.#map) applyMapLocale(this.#map, this.#options.container, locale);
  }

  destroy(): void {
    this.#abort.abort();
    this.#pin?.remove();
    this.#map?.remove();
    this.#map = null;
    this.#loaded = false;
  }
}
