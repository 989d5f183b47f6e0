/**
 * The office's rider reports: unanswered first by default (or all, or one status), newest first,
 * optionally only one station's; each with its answer form. The list refreshes when the view
 * opens, every minute while the page is visible, and after an answer; a report answered here
 * stays in sight (with its new status) until the filter changes.
 */
import { useEffect, useMemo, useState } from 'react';
import type { OfficeReport } from '../../core/report.ts';
import type { Station } from '../../core/station.ts';
import type { ApiClient } from '../api/client.ts';
import { describeFailure } from '../api/describeFailure.ts';
import type { ReportFilter } from '../api/types.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { stationLabel } from '../stations/stationLabel.ts';
import type { OpenStationRequest } from '../stations/StationsView.tsx';
import { AnswerForm } from './AnswerForm.tsx';
import { ReportCard } from './ReportCard.tsx';
import { newestFirst, REPORT_FILTERS, withAnsweredHere } from './reportList.ts';
import type { ReportList } from './useReportList.ts';
import { useReportList } from './useReportList.ts';

interface Props {
  client: ApiClient;
  /** The office's unanswered reports, kept by the workspace (tab badge, table counts). */
  unanswered: ReportList;
  /** The office to ask for (an admin's choice); null: the user's own. */
  office: string | null;
  /** Every station, to name and open the reported ones. */
  stations: readonly Station[];
  /** Only this station's reports (from the table's count); null: all. */
  stationId: string | null;
  onStationFilter(stationId: string | null): void;
  onOpenStation(request: OpenStationRequest): void;
  now: Date;
  onExpired(): void;
}

export function ReportsView({ client, unanswered, office, stations, stationId, onStationFilter, onOpenStation, now, onExpired }: Props) {
  const { t, f, locale } = useConsoleI18n();
  const r = t.reports;
  const [filter, setFilter] = useState<ReportFilter>('unanswered');
  // Any other filter is this view's own list; "unanswered" is the workspace's.
  const own = useReportList(client, filter, office, { enabled: filter !== 'unanswered', onExpired });
  const list = filter === 'unanswered' ? unanswered : own;
  const [answeredHere, setAnsweredHere] = useState<ReadonlyMap<string, OfficeReport>>(new Map());
  const [answering, setAnswering] = useState<ReadonlySet<string>>(new Set());
  const [notices, setNotices] = useState<ReadonlyMap<string, string>>(new Map());

  // Opening the view shows what the server has now, not what the last poll saw.
  const refreshUnanswered = unanswered.refresh;
  useEffect(() => {
    void refreshUnanswered();
  }, [refreshUnanswered]);
  useEffect(() => {
    setAnsweredHere(new Map());
    setNotices(new Map());
  }, [filter, office]);

  const byId = useMemo(() => new Map(stations.map((s) => [s.id, s])), [stations]);
  const shown = useMemo(() => {
    if (!list.reports) return null;
    const all = newestFirst(withAnsweredHere(list.reports, answeredHere.values()));
    return stationId ? all.filter((x) => x.station_id === stationId) : all;
  }, [list.reports, answeredHere, stationId]);
  const focusStation = stationId ? byId.get(stationId) : undefined;
  const focusName = stationId
    ? focusStation
      ? stationLabel(focusStation, locale)
      : (list.reports?.find((x) => x.station_id === stationId)?.station_name ?? stationId)
    : null;

  const setOpen = (id: string, open: boolean) =>
    setAnswering((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const note = (id: string, text: string | null) =>
    setNotices((prev) => {
      const next = new Map(prev);
      if (text) next.set(id, text);
      else next.delete(id);
      return next;
    });
  /** A report the server returned: into both lists at once, then both lists afresh. */
  const adopt = (report: OfficeReport) => {
    unanswered.upsert(report);
    own.upsert(report);
    setAnsweredHere((prev) => new Map(prev).set(report.id, report));
  };
  const saved = (report: OfficeReport) => {
    adopt(report);
    setOpen(report.id, false);
    note(report.id, r.saved(r.statuses[report.status]));
    void unanswered.refresh();
    if (filter !== 'unanswered') void own.refresh();
  };

  return (
    <section className="console-reports" data-testid="reports-view" data-filter={filter} data-station-filter={stationId ?? ''} aria-labelledby="reports-title">
      <div className="console-reports__head">
        <h2 id="reports-title">{r.title}</h2>
        <p className="console-muted">{r.intro}</p>
      </div>
      <div className="console-filters">
        <div className="console-chips" role="group" aria-label={r.filterLabel} data-testid="report-filter">
          {REPORT_FILTERS.map((x) => (
            <button key={x} type="button" className="console-button console-button--chip" aria-pressed={filter === x} data-filter={x} onClick={() => setFilter(x)}>
              {r.filters[x]}
            </button>
          ))}
        </div>
        {stationId && (
          <p className="console-reports__focus" data-testid="report-station-filter">
            <strong>{r.onlyStation(focusName ?? '')}</strong>
            <button type="button" className="console-button console-button--small" onClick={() => onStationFilter(null)} data-testid="report-station-filter-clear">
              {r.allStations}
            </button>
          </p>
        )}
      </div>
      <div className="console-reports__status" aria-live="polite">
        {list.failure && shown && (
          <p className="console-warning" role="alert" data-testid="reports-stale">
            {r.staleList(list.loadedAt ? f.time(list.loadedAt) : '?', describeFailure(list.failure, t))}
          </p>
        )}
        {shown && !list.failure && list.loadedAt && (
          <p className="console-muted" data-testid="reports-count">
            {r.count(shown.length)} · {r.updatedAt(f.time(list.loadedAt))}
          </p>
        )}
        {shown && (
          <button type="button" className="console-button console-button--small console-button--ghost" onClick={() => void list.refresh()} disabled={list.loading} data-testid="reports-refresh">
            {r.refreshNow}
          </button>
        )}
      </div>
      {!shown && !list.failure && (
        <p role="status">
          {r.loading} <progress className="console-progress" aria-label={r.loading} />
        </p>
      )}
      {!shown && list.failure && (
        <div role="alert">
          <p className="console-error">{r.loadFailed(describeFailure(list.failure, t))}</p>
          <button type="button" className="console-button" onClick={() => void list.refresh()}>
            {t.retry}
          </button>
        </div>
      )}
      {shown && shown.length === 0 && (
        <p className="console-note" data-testid="reports-empty">
          {stationId ? r.emptyStation : filter === 'unanswered' ? r.emptyUnanswered : r.empty}
        </p>
      )}
      {shown && shown.length > 0 && (
        <ol className="console-report-list">
          {shown.map((report) => (
            <ReportCard
              key={report.id}
              report={report}
              station={byId.get(report.station_id)}
              now={now}
              notice={notices.get(report.id) ?? null}
              answering={answering.has(report.id)}
              onAnswer={() => {
                note(report.id, null);
                setOpen(report.id, true);
              }}
              onOpenStation={onOpenStation}
            >
              <AnswerForm
                client={client}
                report={report}
                onSaved={saved}
                onTheirs={adopt}
                onKeptTheirs={(theirs) => {
                  setOpen(theirs.id, false);
                  note(theirs.id, r.keptTheirs);
                }}
                onClose={() => setOpen(report.id, false)}
                onExpired={onExpired}
              />
            </ReportCard>
          ))}
        </ol>
      )}
    </section>
  );
}
