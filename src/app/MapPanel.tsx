/**
 * The one React component that owns the map bridge. It checks WebGL, imports the map module
 * lazily, creates one MapView, and pushes data into it through setters. The element carries
 * `__mapView` for tests (see the DOM contract) and `data-map-state`.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { Hub, LngLat, Station } from '../core/station.ts';
import type { MapView } from '../map/MapView.ts';
import { webglAvailable } from '../map/webgl.ts';
import type { AppConfig } from './config.ts';
import { useI18n } from './i18nContext.tsx';
import { mapPoints } from './mapPoints.ts';
import type { Filters, MapState } from './state/types.ts';

interface Props {
  config: AppConfig | null;
  dark: boolean;
  stations: readonly Station[] | null;
  hubs: readonly Hub[];
  filters: Filters;
  now: Date;
  origin: LngLat | null;
  selectedId: string | null;
  picking: boolean;
  mapState: MapState;
  onMapState: (state: MapState) => void;
  onStationClick: (stationId: string) => void;
  onPick: (lngLat: LngLat) => void;
  onCancelPick: () => void;
}

type MapElement = HTMLDivElement & { __mapView?: MapView };

export function MapPanel(props: Props) {
  const { config, dark, stations, hubs, filters, now, origin, selectedId, picking, mapState } = props;
  const { m, locale } = useI18n();
  const outer = useRef<MapElement>(null);
  const canvasHost = useRef<HTMLDivElement & { __mapView?: MapView }>(null);
  const view = useRef<MapView | null>(null);
  // Callbacks change identity on every render; the map keeps the latest through a ref.
  const callbacks = useRef(props);
  callbacks.current = props;

  // The map module (maplibre, ~230 KB compressed) is fetched only once the station data is in:
  // on a slow connection it would otherwise share the bandwidth with the list's own downloads.
  const dataIn = stations !== null;
  useEffect(() => {
    if (!config || !dataIn || !canvasHost.current || view.current) return;
    if (!webglAvailable()) {
      callbacks.current.onMapState('unavailable');
      return;
    }
    let cancelled = false;
    import('../map/MapView.ts').then(
      ({ MapView: MapViewClass }) => {
        if (cancelled || !canvasHost.current || !outer.current) return;
        const created = new MapViewClass({
          container: canvasHost.current,
          styleUrl: config.mapStyleUrl,
          darkStyleUrl: config.mapStyleDarkUrl,
          crs: config.mapStyleCrs,
          dark,
          locale,
          center: origin,
          onStationClick: (id) => callbacks.current.onStationClick(id),
          onPick: (lngLat) => callbacks.current.onPick(lngLat),
          onState: (state) => callbacks.current.onMapState(state),
        });
        view.current = created;
        outer.current.__mapView = created;
        canvasHost.current.__mapView = created;
        created.setHubs(hubs.map((h) => ({ id: h.id, lngLat: h.geometry.coordinates })));
        created.setOrigin(origin, false);
      },
      (error: unknown) => {
        console.warn('map module failed to load', error);
        if (!cancelled) callbacks.current.onMapState('unavailable');
      },
    );
    return () => {
      cancelled = true;
    };
    // Created once, when the configuration and the data are in; later changes go through the setters.
  }, [config, dataIn]);

  useEffect(
    () => () => {
      view.current?.destroy();
      view.current = null;
    },
    [],
  );

  const points = useMemo(
    () => (stations && mapState === 'ready' ? mapPoints(stations, filters, now) : null),
    [stations, filters, now, mapState],
  );
  useEffect(() => {
    if (points) view.current?.setStations(points);
  }, [points]);
  useEffect(() => {
    view.current?.setHubs(hubs.map((h) => ({ id: h.id, lngLat: h.geometry.coordinates })));
  }, [hubs, mapState]);
  useEffect(() => {
    view.current?.setOrigin(origin);
  }, [origin]);
  useEffect(() => {
    view.current?.setSelected(selectedId);
  }, [selectedId, points]);
  useEffect(() => {
    view.current?.setPicking(picking);
    if (picking) outer.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [picking]);
  // Escape leaves "tap the map", like the cancel button beside the hint.
  const { onCancelPick } = props;
  useEffect(() => {
    if (!picking) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onCancelPick();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [picking, onCancelPick]);
  useEffect(() => {
    void view.current?.setTheme(dark);
  }, [dark]);
  useEffect(() => {
    view.current?.setLocale(locale);
  }, [locale]);

  return (
    <section className="map-panel" aria-label={m.mapLabel}>
      {picking && (
        <div className="map-panel__pick" role="status" data-testid="pick-hint">
          <span>{m.pickOnMapHint}</span>
          <button type="button" className="action action--small" onClick={props.onCancelPick}>
            {m.cancel}
          </button>
        </div>
      )}
      <div ref={outer} className={`map ${dark ? 'map--dark' : ''} ${picking ? 'map--picking' : ''}`} data-testid="map" data-map-state={mapState}>
        <div ref={canvasHost} className="map__canvas" />
        {mapState === 'loading' && <p className="map__message map__message--loading">{m.mapLoading}</p>}
        {mapState === 'unavailable' && (
          <p className="map__message" role="note">
            {m.mapUnavailable}
          </p>
        )}
      </div>
    </section>
  );
}
