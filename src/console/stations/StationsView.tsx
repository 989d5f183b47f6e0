/**
 * The station work area: the map (polygon, stations, the edit pin) beside the table, or the
 * editor / history of one station, or a new station being placed. What is open is in the URL
 * (`?station=<id>`), so a link opens a station; another office's station opens read-only. The
 * rider reports view opens a station here too, possibly with the pin at the rider's suggestion.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { stationStateAt } from '../../core/hours.ts';
import type { Office } from '../../core/offices.ts';
import type { LngLat, Station } from '../../core/station.ts';
import type { Tone } from '../../map/palette.ts';
import type { ApiClient } from '../api/client.ts';
import { StationEditor } from '../editor/StationEditor.tsx';
import { confirmDiscard } from '../editor/unsavedChanges.ts';
import { HistoryPanel } from '../history/HistoryPanel.tsx';
import { useConsoleI18n } from '../i18n/context.tsx';
import { ConsoleMapPanel } from '../map/ConsoleMapPanel.tsx';
import type { EditPin } from '../map/ConsoleMap.ts';
import { stationLabel } from './stationLabel.ts';
import { StationTable } from './StationTable.tsx';
import { NO_FILTER } from './tableModel.ts';
import type { SortSpec, TableFilter } from './tableModel.ts';
import type { StationActions } from './useStationActions.ts';

/** Open this station in the editor; `pinAt` puts the pin there (unsaved) instead of where it is. */
export interface OpenStationRequest {
  id: string;
  pinAt: LngLat | null;
  /** Shown in the editor when it opens. */
  message: string | null;
}

/** `editorKey`: kept when a new station's provisional id becomes its real one, so the open form survives. */
type Panel = { kind: 'list' } | { kind: 'placing' } | { kind: 'create' } | { kind: 'edit'; id: string; editorKey?: string } | { kind: 'history'; id: string };

interface Props {
  client: ApiClient;
  /** Every published station (a link may open one of another office). */
  allStations: readonly Station[];
  officeStations: readonly Station[];
  offices: readonly Office[];
  office: Office | null;
  /** The user's own office; null for an admin (who may edit everywhere). */
  userOfficeCode: string | null;
  actions: StationActions;
  pendingIds: ReadonlySet<string>;
  /** Stations still to be created, by provisional id: null while waiting, the refusal in words when refused. */
  pendingRefusals: ReadonlyMap<string, string | null>;
  /** Provisional id → the id the server gave, for new stations delivered while the console is open. */
  delivered: ReadonlyMap<string, string>;
  /** Unanswered rider reports by station id, for the table. */
  reportCounts: ReadonlyMap<string, number>;
  onShowReports(stationId: string): void;
  /** A station to open now (from the reports view); a new object each time. */
  openRequest: OpenStationRequest | null;
  now: Date;
  onExpired(): void;
}

function toneOf(station: Station, now: Date): Tone {
  const kind = stationStateAt(station.properties, now).kind;
  return kind === 'open' ? 'open' : kind === 'closing_soon' ? 'soon' : kind === 'unknown' ? 'unknown' : 'closed';
}

function panelFromUrl(): Panel {
  const id = new URLSearchParams(window.location.search).get('station');
  return id ? { kind: 'edit', id } : { kind: 'list' };
}

export function StationsView(props: Props) {
  const { allStations, officeStations, offices, office, userOfficeCode, actions, now } = props;
  const { t, locale } = useConsoleI18n();
  const [panel, setPanel] = useState<Panel>(panelFromUrl);
  const [pinLngLat, setPinLngLat] = useState<LngLat | null>(null);
  const [focus, setFocus] = useState<LngLat | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** The notice is about something kept on this device: it goes once nothing waits any more. */
  const [noticeUntilSent, setNoticeUntilSent] = useState(false);
  const waitedBefore = useRef(props.pendingIds.size);
  useEffect(() => {
    const waited = waitedBefore.current;
    waitedBefore.current = props.pendingIds.size;
    // Only when the queue empties (the notice may be set a render before its item shows).
    if (noticeUntilSent && waited > 0 && props.pendingIds.size === 0) {
      setNotice(null);
      setNoticeUntilSent(false);
    }
  }, [noticeUntilSent, props.pendingIds]);
  const [editorFlash, setEditorFlash] = useState<string | null>(null);
  // The table's search, filters and sort outlive the editor: closing it finds the list as it was.
  const [tableFilter, setTableFilter] = useState<TableFilter>(NO_FILTER);
  const [tableSort, setTableSort] = useState<SortSpec>({ key: 'stale', dir: 'desc' });

  const byId = useMemo(() => new Map(allStations.map((s) => [s.id, s])), [allStations]);
  const openId = panel.kind === 'edit' || panel.kind === 'history' ? panel.id : null;
  // A new station open here that has just reached the server is found under its real id until the panel follows it.
  const open = openId ? (byId.get(openId) ?? byId.get(props.delivered.get(openId) ?? '') ?? null) : null;
  const editable = open ? userOfficeCode === null || open.properties.office_code === userOfficeCode : true;

  // Keep ?station= in step, so reload and links land on the same station.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (openId) url.searchParams.set('station', openId);
    else url.searchParams.delete('station');
    window.history.replaceState(null, '', url);
  }, [openId]);

  const openStation = useCallback(
    (id: string) => {
      const station = byId.get(id);
      setNotice(null);
      setEditorFlash(null);
      setPanel({ kind: 'edit', id });
      if (station) {
        setPinLngLat(station.geometry.coordinates);
        setFocus(station.geometry.coordinates);
      }
    },
    [byId],
  );
  useEffect(() => {
    const request = props.openRequest;
    if (!request) return;
    openStation(request.id);
    if (request.pinAt) {
      setPinLngLat(request.pinAt);
      setFocus(request.pinAt);
    }
    setEditorFlash(request.message);
    // Only a new request opens a station, not a change of the station list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.openRequest]);
  // The new station open here reached the server: follow it to its real id, keeping the form.
  useEffect(() => {
    if (panel.kind !== 'edit' && panel.kind !== 'history') return;
    const real = props.delivered.get(panel.id);
    if (!real) return;
    setPanel(panel.kind === 'edit' ? { kind: 'edit', id: real, editorKey: panel.editorKey ?? panel.id } : { kind: 'history', id: real });
  }, [props.delivered, panel]);
  // A station opened by link: its pin once the data is there.
  useEffect(() => {
    if (panel.kind === 'edit' && open && !pinLngLat) {
      setPinLngLat(open.geometry.coordinates);
      setFocus(open.geometry.coordinates);
    }
  }, [panel, open, pinLngLat]);

  const toList = () => {
    setPanel({ kind: 'list' });
    setPinLngLat(null);
  };
  /** What the office does to leave the editor: asks first when the form holds unsaved changes. */
  const leaveEditor = (then: () => void) => {
    if (confirmDiscard(t.confirmDiscard)) then();
  };
  const openOther = (id: string) => {
    if (id !== openId) leaveEditor(() => openStation(id));
  };
  const onPlace = (lngLat: LngLat) => {
    if (panel.kind !== 'placing' && panel.kind !== 'create') return;
    setPinLngLat(lngLat);
    setPanel({ kind: 'create' });
  };

  const points = useMemo(() => officeStations.map((s) => ({ id: s.id, lngLat: s.geometry.coordinates, tone: toneOf(s, now) })), [officeStations, now]);
  const pin: EditPin | null = useMemo(() => {
    if (!pinLngLat || (panel.kind !== 'edit' && panel.kind !== 'create' && panel.kind !== 'history')) return null;
    return { lngLat: pinLngLat, draggable: panel.kind !== 'history' && editable, label: open ? stationLabel(open, locale) : t.newTitle };
  }, [pinLngLat, panel.kind, editable, open, t.newTitle, locale]);

  return (
    <div className="console-stations">
      <ConsoleMapPanel
        office={office}
        points={points}
        pin={pin}
        placing={panel.kind === 'placing' || panel.kind === 'create'}
        focus={focus}
        onStationClick={(id) => panel.kind !== 'placing' && panel.kind !== 'create' && openOther(id)}
        onPlace={onPlace}
        onPinMoved={setPinLngLat}
      />
      <div className="console-side">
        {panel.kind === 'list' && (
          <>
            <div className="console-actions">
              <button
                type="button"
                className="console-button console-button--primary"
                onClick={() => {
                  setNotice(null);
                  setPanel({ kind: 'placing' });
                }}
                data-testid="add-station"
              >
                + {t.addStation}
              </button>
            </div>
            {notice && (
              <p className="console-success" role="status" data-testid="list-notice">
                {notice}
              </p>
            )}
            <StationTable
              stations={officeStations}
              now={now}
              pendingIds={props.pendingIds}
              selectedId={null}
              reportCounts={props.reportCounts}
              onOpen={openStation}
              onShowReports={props.onShowReports}
              filter={tableFilter}
              onFilterChange={setTableFilter}
              sort={tableSort}
              onSortChange={setTableSort}
            />
          </>
        )}
        {panel.kind === 'placing' && (
          <div className="console-card" data-testid="placing">
            <p role="status">{t.placingHint}</p>
            <div className="console-actions">
              <button
                type="button"
                className="console-button"
                onClick={() => {
                  const centre = office?.properties.centre ?? [116.4626, 39.893];
                  onPlace(centre);
                  setFocus(centre); // the pin in view, wherever the map was
                }}
                data-testid="place-at-centre"
              >
                {t.usePlace}
              </button>
              <button type="button" className="console-button" onClick={toList}>
                {t.cancel}
              </button>
            </div>
          </div>
        )}
        {(panel.kind === 'create' || (panel.kind === 'edit' && open)) && pinLngLat && (
          <StationEditor
            key={panel.kind === 'edit' ? (panel.editorKey ?? panel.id) : 'new'}
            station={panel.kind === 'edit' ? open : null}
            editable={editable}
            lngLat={pinLngLat}
            onLngLatChange={(l) => {
              setPinLngLat(l);
              setFocus(l);
            }}
            offices={offices}
            officeCode={userOfficeCode}
            officeStations={officeStations}
            actions={actions}
            now={now}
            onClose={() => leaveEditor(toList)}
            initialMessage={editorFlash}
            {...(open && props.pendingRefusals.has(open.id) ? { pendingRefusal: props.pendingRefusals.get(open.id) ?? null } : {})}
            onCreated={(station) => {
              if (station) {
                openStation(station.id);
                setEditorFlash(t.created);
              } else {
                setNotice(t.createdOffline);
                setNoticeUntilSent(true);
                toList();
              }
            }}
            onDeleted={(text, queued) => {
              setNotice(text);
              setNoticeUntilSent(queued === true);
              toList();
            }}
            onShowHistory={() => open && leaveEditor(() => setPanel({ kind: 'history', id: open.id }))}
          />
        )}
        {panel.kind === 'edit' && !open && (
          <div className="console-card" role="alert" data-testid="station-missing">
            <p>{t.errNotFound}</p>
            <button type="button" className="console-button" onClick={toList}>
              {t.backToList}
            </button>
          </div>
        )}
        {panel.kind === 'history' && open && (
          <HistoryPanel client={props.client} station={open} actions={actions} onClose={() => setPanel({ kind: 'edit', id: open.id })} onExpired={props.onExpired} />
        )}
      </div>
    </div>
  );
}
