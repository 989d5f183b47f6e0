/**
 * What a logged-in office sees: its jurisdiction's stations (map, table, editor, history), the
 * riders' reports, the import and export page, and the offline queue. An admin picks the office
 * to look at. The office's unanswered reports are kept here (polled every minute) because three
 * places show them: the tab's badge, the table's counts and the reports view.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiClient } from './api/client.ts';
import { describeFailure } from './api/describeFailure.ts';
import { confirmDiscard } from './editor/unsavedChanges.ts';
import type { SessionInfo } from './api/types.ts';
import { useConsoleI18n } from './i18n/context.tsx';
import { ImportPanel } from './importer/ImportPanel.tsx';
import type { FlushReport } from './offline/flush.ts';
import { OutboxBar } from './offline/OutboxBar.tsx';
import { isPendingId } from './offline/pendingStations.ts';
import { useOutbox } from './offline/useOutbox.ts';
import { usePendingStations } from './offline/usePendingStations.ts';
import { unansweredByStation } from './reports/reportList.ts';
import { ReportsView } from './reports/ReportsView.tsx';
import { useReportList } from './reports/useReportList.ts';
import { StationsView } from './stations/StationsView.tsx';
import type { OpenStationRequest } from './stations/StationsView.tsx';
import { useStationActions } from './stations/useStationActions.ts';
import { useStationData } from './stations/useStationData.ts';
import { useNow } from './useNow.ts';
import { useOnline } from './useOnline.ts';

interface Props {
  client: ApiClient;
  session: SessionInfo;
  onExpired(): void;
}

type Tab = 'stations' | 'reports' | 'import';
const TABS: readonly Tab[] = ['stations', 'reports', 'import'];

export function Workspace({ client, session, onExpired }: Props) {
  const { t, locale } = useConsoleI18n();
  const user = session.user;
  const stations = useStationData(client);
  const now = useNow();
  const online = useOnline();
  const [tab, setTab] = useState<Tab>('stations');
  const [notice, setNotice] = useState<string | null>(null);
  const [chosenOffice, setChosenOffice] = useState<string | null>(user.officeCode);
  /** The reports view shows only this station's (from the table's count). */
  const [reportStation, setReportStation] = useState<string | null>(null);
  /** A station the reports view asked the stations view to open. */
  const [openRequest, setOpenRequest] = useState<OpenStationRequest | null>(null);
  /** New stations sent from the queue while the console is open: provisional id → real id. */
  const [delivered, setDelivered] = useState<ReadonlyMap<string, string>>(new Map());

  const loaded = stations.data.status === 'loaded' ? stations.data : null;
  const offices = useMemo(() => loaded?.offices ?? [], [loaded]);
  const officeName = useCallback(
    (code: string) => {
      const o = offices.find((x) => x.properties.code === code);
      return o ? (locale === 'en' ? o.properties.name_en : o.properties.name) : null;
    },
    [offices, locale],
  );

  const onReport = useCallback(
    (report: FlushReport) => {
      const created: [string, string][] = [];
      for (const a of report.applied) {
        if (a.station) stations.upsert(a.station);
        else if (a.item.method === 'DELETE' && a.item.stationId) stations.remove(a.item.stationId);
        if (a.station && a.item.method === 'POST' && isPendingId(a.item.stationId)) created.push([a.item.stationId, a.station.id]);
      }
      if (created.length) setDelivered((before) => new Map([...before, ...created]));
      // Until the editor decides, the list shows what the server has.
      for (const c of report.conflicts) if (c.current) stations.upsert(c.current);
      if (report.stop === 'unauthenticated') onExpired();
      else if (report.conflicts.length) setNotice(t.outboxConflicts(report.conflicts.length));
      else if (report.applied.length) setNotice(t.outboxAllSent(report.applied.length));
    },
    [stations, onExpired, t],
  );
  const outbox = useOutbox(client, user.username, { onReport });
  const actions = useStationActions({ client, outbox, stations, officeName, onExpired });

  // An admin looks at one office at a time; the first one until they choose.
  const officeCode = chosenOffice ?? offices[0]?.properties.code ?? null;
  const office = offices.find((o) => o.properties.code === officeCode) ?? null;
  // Stations still to be created (offline, or refused and waiting for a fix) show beside the server's.
  const pending = usePendingStations(outbox.items, offices, user.role === 'admin' ? null : user.officeCode, t, officeName);
  const allStations = useMemo(() => (loaded ? [...loaded.stations, ...pending.stations] : []), [loaded, pending.stations]);
  const officeStations = useMemo(() => allStations.filter((s) => s.properties.office_code === officeCode), [allStations, officeCode]);
  // An editor always gets its own office's reports; an admin asks for the office on screen.
  const reportOffice = user.role === 'admin' ? officeCode : null;
  const unanswered = useReportList(client, 'unanswered', reportOffice, { enabled: loaded !== null, onExpired });
  const reportCounts = useMemo(() => unansweredByStation(unanswered.reports ?? []), [unanswered.reports]);
  const unansweredTotal = useMemo(() => [...reportCounts.values()].reduce((a, b) => a + b, 0), [reportCounts]);
  const chooseTab = (next: Tab) => {
    // Another tab closes the editor: unsaved changes are discarded only when the office says so.
    if (next !== tab && !confirmDiscard(t.confirmDiscard)) return;
    setOpenRequest(null);
    setReportStation(null);
    setTab(next);
  };
  const tabLabel = (id: Tab) => (id === 'stations' ? t.tabStations : id === 'reports' ? t.reports.tab : t.tabImport);
  const pendingIds = useMemo(() => new Set(outbox.items.flatMap((i) => (i.stationId ? [i.stationId] : []))), [outbox.items]);

  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setNotice(null), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);

  return (
    <div className="console-workspace" data-testid="workspace" data-office={officeCode ?? ''}>
      <div className="console-toolbar">
        <div className="console-tabs" role="tablist" aria-label={t.title}>
          {TABS.map((id) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              className="console-tab"
              onClick={() => chooseTab(id)}
              data-testid={id === 'reports' ? 'reports-tab' : `tab-${id}`}
            >
              {tabLabel(id)}
              {id === 'reports' && unansweredTotal > 0 && (
                <span className="console-badge console-badge--count" data-testid="reports-badge" data-count={unansweredTotal}>
                  <span aria-hidden="true">{unansweredTotal}</span>
                  <span className="visually-hidden">{t.reports.badgeLabel(unansweredTotal)}</span>
                </span>
              )}
            </button>
          ))}
        </div>
        {user.role === 'admin' ? (
          <label className="console-field console-field--inline">
            <span>{t.officeLabel}</span>
            <select value={officeCode ?? ''} onChange={(e) => setChosenOffice(e.target.value)} data-testid="office-select">
              {offices.map((o) => (
                <option key={o.properties.code} value={o.properties.code}>
                  {locale === 'en' ? o.properties.name_en : o.properties.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="console-office" data-testid="office-name">
            {officeCode ? officeName(officeCode) ?? officeCode : ''}
          </p>
        )}
        <button
          type="button"
          className="console-button console-button--small"
          onClick={() => {
            void stations.refresh();
            void unanswered.refresh();
          }}
          disabled={stations.refreshing}
          data-testid="refresh"
        >
          {t.refresh}
        </button>
      </div>
      {!online && (
        <p className="console-warning console-notice" role="status" data-testid="console-offline">
          {t.offlineNow}
        </p>
      )}
      <OutboxBar
        outbox={outbox}
        actions={actions}
        onResolved={setNotice}
        officeName={officeName}
        onOpenStation={(id) => {
          setOpenRequest({ id, pinAt: null, message: null });
          setTab('stations');
        }}
      />
      {notice && (
        <p className="console-success console-notice" role="status" data-testid="workspace-notice">
          {notice}
        </p>
      )}
      {stations.data.status === 'loading' && (
        <p className="console-center" role="status">
          {t.loadingStations} <progress className="console-progress" aria-label={t.loadingStations} />
        </p>
      )}
      {stations.data.status === 'failed' && (
        <div className="console-center" role="alert">
          <p className="console-error">{t.loadFailed(describeFailure(stations.data.failure, t))}</p>
          <button type="button" className="console-button" onClick={() => void stations.refresh()}>
            {t.retry}
          </button>
        </div>
      )}
      {loaded && (
        <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} className="console-panel" data-ready="true" data-testid="console-ready">
          {tab === 'stations' ? (
            <StationsView
              client={client}
              allStations={allStations}
              officeStations={officeStations}
              offices={offices}
              office={office}
              userOfficeCode={user.role === 'admin' ? null : user.officeCode}
              actions={actions}
              pendingIds={pendingIds}
              pendingRefusals={pending.refusals}
              delivered={delivered}
              reportCounts={reportCounts}
              onShowReports={(stationId) => {
                setReportStation(stationId);
                setTab('reports');
              }}
              openRequest={openRequest}
              now={now}
              onExpired={onExpired}
            />
          ) : tab === 'reports' ? (
            <ReportsView
              key={officeCode ?? ''}
              client={client}
              unanswered={unanswered}
              office={reportOffice}
              stations={loaded.stations}
              stationId={reportStation}
              onStationFilter={setReportStation}
              onOpenStation={(request) => {
                setOpenRequest(request);
                setTab('stations');
              }}
              now={now}
              onExpired={onExpired}
            />
          ) : (
            <ImportPanel
              client={client}
              officeCode={officeCode}
              onExpired={onExpired}
              onCommitted={(result) => {
                setNotice(t.committed(result.added.length, result.updated.length));
                void stations.refresh();
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}
