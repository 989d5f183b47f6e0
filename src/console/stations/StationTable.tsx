/**
 * The sortable, filterable table of the office's stations. Every column header is a button
 * (aria-sort on the header cell); every row opens the station with a click, Enter or Space. A
 * station's count of unanswered rider reports is a button of its own, to those reports.
 */
import { useMemo, useState } from 'react';
import type { Station } from '../../core/station.ts';
import { STATION_STATUSES } from '../../core/station.ts';
import { describeState } from '../../app/format/openStateText.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { filterRows, sortRows, STALE_AFTER_DAYS, tableRows } from './tableModel.ts';
import type { SortKey, SortSpec, TableFilter, TableRow } from './tableModel.ts';

interface Props {
  stations: readonly Station[];
  now: Date;
  pendingIds: ReadonlySet<string>;
  selectedId: string | null;
  /** Unanswered rider reports by station id. */
  reportCounts: ReadonlyMap<string, number>;
  onOpen(id: string): void;
  onShowReports(stationId: string): void;
  /** Search, filters and sort are kept by the caller, so they outlive the table (the editor replaces it). */
  filter: TableFilter;
  onFilterChange(filter: TableFilter): void;
  sort: SortSpec;
  onSortChange(sort: SortSpec): void;
}

const PAGE = 150;

export function StationTable({ stations, now, pendingIds, selectedId, reportCounts, onOpen, onShowReports, filter, onFilterChange, sort, onSortChange }: Props) {
  const { t, m, f, locale } = useConsoleI18n();
  const [limit, setLimit] = useState(PAGE);

  const all = useMemo(() => tableRows(stations, now, pendingIds, reportCounts, locale), [stations, now, pendingIds, reportCounts, locale]);
  const rows = useMemo(() => sortRows(filterRows(all, filter), sort), [all, filter, sort]);
  const columns: { key: SortKey; label: string }[] = [
    { key: 'name', label: t.colName },
    { key: 'status', label: t.colStatus },
    { key: 'open', label: t.colOpenNow },
    { key: 'stale', label: t.colStaleness },
    { key: 'reports', label: t.colReports },
    { key: 'updated', label: t.colUpdated },
  ];
  const toggleSort = (key: SortKey) =>
    onSortChange(sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'name' ? 'asc' : 'desc' });
  const update = (patch: Partial<TableFilter>) => {
    onFilterChange({ ...filter, ...patch });
    setLimit(PAGE);
  };

  const statusText = (r: TableRow) =>
    r.closurePhase === 'scheduled' ? t.closureScheduled : r.closurePhase === 'ended' ? t.closureEnded : t.statuses[r.status];

  return (
    <div className="console-table-wrap">
      <div className="console-filters" role="search">
        <label className="console-field console-field--grow">
          <span>{t.search}</span>
          <input type="search" value={filter.text} onChange={(e) => update({ text: e.target.value })} data-testid="table-search" />
        </label>
        <label className="console-field">
          <span>{t.statusFilter}</span>
          <select value={filter.status} onChange={(e) => update({ status: e.target.value as TableFilter['status'] })}>
            <option value="all">{t.allStatuses}</option>
            {STATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="console-field">
          <span>{t.openFilter}</span>
          <select value={filter.open} onChange={(e) => update({ open: e.target.value as TableFilter['open'] })}>
            {(['all', 'open', 'closed', 'unknown'] as const).map((o) => (
              <option key={o} value={o}>
                {t.openFilters[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="console-check">
          <input type="checkbox" checked={filter.staleOnly} onChange={(e) => update({ staleOnly: e.target.checked })} />
          <span>{t.staleOnly(STALE_AFTER_DAYS)}</span>
        </label>
      </div>
      <p className="console-muted" role="status" data-testid="station-count">
        {t.stationCount(rows.length, all.length)}
      </p>
      <div className="console-table-scroll">
        <table className="console-table" data-testid="station-table">
          <caption className="visually-hidden">{t.tableCaption}</caption>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
                  <button type="button" className="console-sort" onClick={() => toggleSort(c.key)} aria-label={t.sortBy(c.label)} data-sort={c.key}>
                    {c.label}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, limit).map((r) => {
              const state = describeState(r.openState, now, r.always, m, f);
              return (
                <tr
                  key={r.id}
                  tabIndex={0}
                  className={r.id === selectedId ? 'is-selected' : undefined}
                  data-testid="console-station-row"
                  data-station-id={r.id}
                  aria-selected={r.id === selectedId}
                  onClick={() => onOpen(r.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      onOpen(r.id);
                    }
                  }}
                >
                  <th scope="row" className="console-name">
                    {r.name}
                    {r.pending && <span className="console-badge console-badge--pending">{t.pendingBadge}</span>}
                  </th>
                  <td data-status={r.status}>{statusText(r)}</td>
                  <td className={`tone-${state.tone}`} data-state={r.openState.kind}>
                    {state.text}
                  </td>
                  <td data-stale-days={r.staleDays ?? ''}>{r.staleDays === null ? t.neverVerified : t.staleDays(r.staleDays)}</td>
                  <td className="num" data-testid="open-reports-count" data-count={r.openReports}>
                    {r.openReports > 0 ? (
                      <button
                        type="button"
                        className="console-count"
                        aria-label={t.reports.showStationReports(r.openReports, r.name)}
                        // The row opens the editor; this count opens the reports instead.
                        onClick={(e) => {
                          e.stopPropagation();
                          onShowReports(r.id);
                        }}
                        onKeyDown={(e) => e.stopPropagation()}
                      >
                        {r.openReports}
                      </button>
                    ) : (
                      0
                    )}
                  </td>
                  <td>{f.dateTime(new Date(r.updatedAt))}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="console-muted">{t.noRows}</p>}
      {rows.length > limit && (
        <button type="button" className="console-button" onClick={() => setLimit((l) => l + PAGE)}>
          {t.showMore(Math.min(PAGE, rows.length - limit))}
        </button>
      )}
    </div>
  );
}
