/**
 * The React side of the console map: checks WebGL, imports ConsoleMap lazily, creates it once
 * and pushes data through its setters. The element carries `data-map-state` and, for tests,
 * `__consoleMap` (the ConsoleMap: `project`, `pinPosition`, `jumpTo`).
 */
import { useEffect, useRef, useState } from 'react';
import type { Office } from '../../core/offices.ts';
import type { LngLat } from '../../core/station.ts';
import { DEFAULT_CONFIG, loadConfig } from '../../app/config.ts';
import { LIGHT } from '../../map/palette.ts';
import type { Tone } from '../../map/palette.ts';
import { webglAvailable } from '../../map/webgl.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import type { ConsoleMap, ConsoleMapPoint, ConsoleMapState, EditPin } from './ConsoleMap.ts';

interface Props {
  office: Office | null;
  points: ConsoleMapPoint[];
  pin: EditPin | null;
  placing: boolean;
  /** Brought into view when it changes. */
  focus: LngLat | null;
  onStationClick(id: string): void;
  onPlace(lngLat: LngLat): void;
  onPinMoved(lngLat: LngLat): void;
  onState?(state: ConsoleMapState): void;
}

type MapElement = HTMLDivElement & { __consoleMap?: ConsoleMap };

/** The dots' colours, as ConsoleMap draws them (LIGHT palette). */
const LEGEND: readonly Tone[] = ['open', 'soon', 'closed', 'unknown'];

export function ConsoleMapPanel(props: Props) {
  const { office, points, pin, placing, focus } = props;
  const { t, m, locale } = useConsoleI18n();
  const localeRef = useRef(locale);
  localeRef.current = locale;
  const outer = useRef<MapElement>(null);
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<ConsoleMap | null>(null);
  const [state, setState] = useState<ConsoleMapState>('loading');
  const callbacks = useRef(props);
  callbacks.current = props;

  useEffect(() => {
    if (!host.current || view.current) return;
    if (!webglAvailable()) {
      setState('unavailable');
      callbacks.current.onState?.('unavailable');
      return;
    }
    let cancelled = false;
    void Promise.all([import('./ConsoleMap.ts'), loadConfig('/config.json').catch(() => DEFAULT_CONFIG)]).then(
      ([{ ConsoleMap: MapClass }, config]) => {
        if (cancelled || !host.current) return;
        const created = new MapClass({
          container: host.current,
          // The style path is relative to the site root, whatever the console's own path is.
          styleUrl: new URL(config.mapStyleUrl, `${window.location.origin}/`).href,
          crs: config.mapStyleCrs,
          locale: localeRef.current,
          onStationClick: (id) => callbacks.current.onStationClick(id),
          onPlace: (lngLat) => callbacks.current.onPlace(lngLat),
          onPinMoved: (lngLat) => callbacks.current.onPinMoved(lngLat),
          onState: (s) => {
            setState(s);
            callbacks.current.onState?.(s);
          },
        });
        view.current = created;
        if (outer.current) outer.current.__consoleMap = created;
      },
      (error: unknown) => {
        console.warn('console map failed to load', error);
        if (!cancelled) setState('unavailable');
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    () => () => {
      view.current?.destroy();
      view.current = null;
    },
    [],
  );

  const ready = state === 'ready';
  useEffect(() => view.current?.setOffice(office), [office, ready]);
  useEffect(() => view.current?.setStations(points), [points, ready]);
  useEffect(() => view.current?.setPin(pin), [pin, ready]);
  useEffect(() => view.current?.setPlacing(placing), [placing, ready]);
  useEffect(() => view.current?.setLocale(locale), [locale, ready]);
  useEffect(() => {
    if (focus) view.current?.focus(focus);
  }, [focus, ready]);

  return (
    <section className="console-map-panel" aria-label={m.mapLabel}>
      {placing && (
        <p className="console-map-panel__hint" role="status">
          {state === 'unavailable' ? t.placingNoMap : t.placingHint}
        </p>
      )}
      <div ref={outer} className="console-map" data-testid="console-map" data-map-state={state}>
        <div ref={host} className="console-map__canvas" />
        {state === 'loading' && <p className="console-map__message">{m.mapLoading}</p>}
        {state === 'unavailable' && (
          <p className="console-map__message" role="note">
            {m.mapUnavailable}
          </p>
        )}
      </div>
      {state === 'ready' && (
        <ul className="console-map-legend" aria-label={t.legendLabel} data-testid="console-map-legend">
          {LEGEND.map((tone) => (
            <li key={tone} data-tone={tone}>
              <span className="console-map-legend__dot" style={{ background: LIGHT.tone[tone] }} aria-hidden="true" />
              {tone === 'open' ? m.open : tone === 'soon' ? t.legendSoon : tone === 'closed' ? t.legendClosed : m.hoursUnknown}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
