/**
 * The rider screen: state in one reducer, effects in hooks, small components. The list renders
 * from the data alone; the map panel loads its module on its own time.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useReducer } from 'react';
import type { Amenity, Hub, LngLat } from '../core/station.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { NavProvider } from '../i18n/messages.ts';
import { OfflineAreasEntry } from './areas/OfflineAreasEntry.tsx';
import { now as clockNow } from './clock.ts';
import { DEFAULT_CONFIG } from './config.ts';
import type { StationSource } from './data/stationSource.ts';
import { FilterChips } from './FilterChips.tsx';
import { Header } from './Header.tsx';
import { useDocumentSettings, useIsDark } from './hooks/useDocumentSettings.ts';
import { useLocate } from './hooks/useLocate.ts';
import { usePersistPrefs } from './hooks/usePersistPrefs.ts';
import { useRanking } from './hooks/useRanking.ts';
import { useStartup } from './hooks/useStartup.ts';
import { I18nProvider } from './i18nContext.tsx';
import { LocationBar } from './LocationBar.tsx';
import { MapPanel } from './MapPanel.tsx';
import { InstallHint } from './offline/InstallHint.tsx';
import { afterIdle } from './offline/afterIdle.ts';
import { OfflineBanner } from './offline/OfflineBanner.tsx';
import type { OfflineShell } from './offline/shell.ts';
import { UpdatePrompt } from './offline/UpdatePrompt.tsx';
import { useStore } from './offline/useStore.ts';
import type { ReportOutbox } from './reports/reportOutbox.ts';
import { reducer, initialState } from './state/reducer.ts';
import type { InitialStateInput } from './state/reducer.ts';
import type { MapState, Origin } from './state/types.ts';
import { StationList } from './StationList.tsx';
import { loadLocale, messagesFor } from '../i18n/i18n.ts';

// The dialogs are not needed to show the list: their code (with the navigation links and the
// week's hours) loads once the list is on screen, so a slow first visit gets the list sooner.
const loadStationDetail = () => import('./StationDetail.tsx');
const loadPlacePicker = () => import('./PlacePicker.tsx');
const loadAboutData = () => import('./AboutData.tsx');
const loadMyReports = () => import('./reports/MyReports.tsx');
const StationDetail = lazy(() => loadStationDetail().then((m) => ({ default: m.StationDetail })));
const PlacePicker = lazy(() => loadPlacePicker().then((m) => ({ default: m.PlacePicker })));
const AboutData = lazy(() => loadAboutData().then((m) => ({ default: m.AboutData })));
const MyReports = lazy(() => loadMyReports().then((m) => ({ default: m.MyReports })));

interface Props {
  source: StationSource;
  initial: InitialStateInput;
  /** The place remembered from the last visit (kept while a link sets the origin). */
  rememberedPlace: Origin | null;
  /** True when the origin came from `?at=`: then the app does not locate by itself. */
  originFromLink: boolean;
  /** Service worker and install hints (src/app/offline); absent in tests of the screen alone. */
  shell?: OfflineShell;
  /** The rider's reports (src/app/reports); absent in tests of the screen alone. */
  reports?: ReportOutbox;
}

export function App({ source, initial, rememberedPlace, originFromLink, shell, reports }: Props) {
  const [state, dispatch] = useReducer(reducer, initial, initialState);
  useStartup(dispatch, source);
  const locate = useLocate(dispatch, !originFromLink);
  usePersistPrefs(state, rememberedPlace);
  useDocumentSettings(state.locale, state.theme, messagesFor(state.locale).appTitle);
  const dark = useIsDark(state.theme);
  const ranking = useRanking(state);

  const loaded = state.data.status === 'loaded' ? state.data.data : null;
  const stationsById = useMemo(() => new Map(loaded?.stations.map((s) => [s.id, s]) ?? []), [loaded]);
  const hubsById = useMemo(() => new Map(loaded?.hubs.map((h) => [h.id, h]) ?? []), [loaded]);
  const officesByCode = useMemo(() => new Map(loaded?.offices.map((o) => [o.code, o]) ?? []), [loaded]);
  const config = state.config.status === 'ready' ? state.config.config : null;

  const openDetail = useCallback((stationId: string) => dispatch({ type: 'openDetail', stationId }), []);
  const close = useCallback(() => dispatch({ type: 'closeOverlay' }), []);
  const onMapState = useCallback((s: MapState) => dispatch({ type: 'mapState', state: s }), []);
  const onPick = useCallback(
    (lngLat: LngLat) => dispatch({ type: 'originChosen', origin: { lngLat, source: 'map' } }),
    [],
  );
  const onPickHub = useCallback(
    (hub: Hub) => dispatch({ type: 'originChosen', origin: { lngLat: hub.geometry.coordinates, source: 'hub', hubId: hub.id } }),
    [],
  );

  const openMyReports = useCallback((fromStation: string | null) => dispatch({ type: 'openMyReports', fromStation }), []);
  const retryData = useMemo(() => (source.retry ? () => source.retry!() : null), [source]);
  const reportList = useStore(reports?.reports);
  const reportsWaiting = reportList?.filter((r) => r.state !== 'sent').length ?? 0;
  // Offered as "the station is really here" only when it is where the rider is (not a hub or
  // a place remembered from another day).
  const origin = state.origin;
  const riderPosition = origin && (origin.source === 'gps' || origin.source === 'map' || origin.source === 'url') ? origin.lngLat : null;

  const { overlay } = state;
  const detailStation = overlay.kind === 'detail' ? stationsById.get(overlay.stationId) ?? null : null;
  // Ready once the data is in and the list, or a message in its place, is on screen. A start-up
  // locate (permission already granted) counts as part of getting there.
  const ready = state.data.status !== 'loading' && !(state.locate.kind === 'locating' && !state.origin);
  useEffect(() => {
    if (ready) afterIdle(() => void Promise.all([loadStationDetail(), loadPlacePicker(), loadAboutData(), loadMyReports()]).catch(() => undefined));
  }, [ready]);

  return (
    <I18nProvider locale={state.locale}>
      <div className="app" data-testid="rider-app" data-ready={ready ? 'true' : 'false'}>
        <Header
          theme={state.theme}
          locating={state.locate.kind === 'locating'}
          onLocate={locate}
          onChoosePlace={() => dispatch({ type: 'openPicker' })}
          onSetLocale={(locale: Locale) =>
            // English is a lazy chunk: switch once its table is in (offline it is precached).
            void loadLocale(locale).then(
              () => dispatch({ type: 'setLocale', locale }),
              () => undefined,
            )
          }
          onCycleTheme={() => dispatch({ type: 'cycleTheme' })}
          onOpenAbout={() => dispatch({ type: 'openAbout' })}
          {...(reports ? { onOpenMyReports: () => openMyReports(null), reportsWaiting } : {})}
        />
        <main className="main">
          <LocationBar locate={state.locate} origin={state.origin} hubsById={hubsById} />
          <FilterChips
            filters={state.filters}
            onToggleNeed={(amenity: Amenity) => dispatch({ type: 'toggleNeed', amenity })}
            onToggleOnly24h={() => dispatch({ type: 'toggleOnly24h' })}
            onToggleIncludeClosed={() => dispatch({ type: 'toggleIncludeClosed' })}
          />
          <OfflineBanner
            source={source}
            shell={shell?.sw ?? null}
            fetchedAt={loaded?.fetchedAt ?? null}
            dataAsOf={loaded?.dataAsOf ?? null}
            now={state.now}
            staleDays={(config ?? DEFAULT_CONFIG).staleDataDays}
          />
          {shell && <InstallHint hints={shell.install} />}
          <div className="layout">
            <MapPanel
              config={config}
              dark={dark}
              stations={loaded?.stations ?? null}
              hubs={loaded?.hubs ?? []}
              filters={state.filters}
              now={state.now}
              origin={state.origin?.lngLat ?? null}
              selectedId={detailStation?.id ?? null}
              picking={overlay.kind === 'pickOnMap'}
              mapState={state.mapState}
              onMapState={onMapState}
              onStationClick={openDetail}
              onPick={onPick}
              onCancelPick={close}
            />
            <StationList
              data={state.data}
              ranking={ranking}
              now={state.now}
              needs={state.filters.needs}
              includeClosed={state.filters.includeClosed}
              onOpen={openDetail}
              onLocate={locate}
              locating={state.locate.kind === 'locating'}
              onChoosePlace={() => dispatch({ type: 'openPicker' })}
              onRetry={retryData}
            />
          </div>
        </main>
        <Suspense fallback={null}>
          {detailStation && (
            <StationDetail
              key={detailStation.id}
              station={detailStation}
              ranked={ranking?.results.find((r) => r.station.id === detailStation.id) ?? null}
              office={officesByCode.get(detailStation.properties.office_code) ?? null}
              now={state.now}
              origin={state.origin?.lngLat ?? null}
              needs={state.filters.needs}
              navProvider={state.navProvider}
              onNavUse={(provider: NavProvider) => dispatch({ type: 'navProviderUsed', provider })}
              onClose={close}
              {...(reports ? { reports: { outbox: reports, position: riderPosition, now: clockNow, onOpenMyReports: openMyReports } } : {})}
            />
          )}
          {overlay.kind === 'picker' && (
            <PlacePicker
              hubs={loaded?.hubs ?? []}
              origin={state.origin?.lngLat ?? null}
              mapAvailable={state.mapState !== 'unavailable'}
              onPickHub={onPickHub}
              onPickOnMap={() => dispatch({ type: 'startPickOnMap' })}
              onClose={close}
            />
          )}
          {overlay.kind === 'myReports' && reports && (
            <MyReports
              outbox={reports}
              stationsById={stationsById}
              stationId={overlay.stationId}
              onShowAll={() => dispatch({ type: 'showAllReports' })}
              onOpenStation={openDetail}
              onClose={close}
            />
          )}
          {overlay.kind === 'about' && (
            <AboutData data={state.data} onClose={close}>
              <OfflineAreasEntry config={config} origin={state.origin?.lngLat ?? null} hubs={loaded?.hubs ?? []} />
            </AboutData>
          )}
        </Suspense>
        {shell && <UpdatePrompt shell={shell.sw} />}
      </div>
    </I18nProvider>
  );
}
