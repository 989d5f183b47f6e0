/**
 * The station table as data: one row per station with what an office checks at a glance
 * (status, open now, how long since someone verified it, open rider reports), and pure sort and
 * filter functions over the rows.
 */
import { is24_7, stationStateAt } from '../../core/hours.ts';
import type { OpenState, OpenStateKind } from '../../core/openState.ts';
import type { Station, StationStatus } from '../../core/station.ts';
import type { Locale } from '../../i18n/i18n.ts';
import { stationAddress, stationLabel } from './stationLabel.ts';

const DAY_MS = 86_400_000;

/** Verified longer ago than this counts as stale in the filter. */
export const STALE_AFTER_DAYS = 90;

export interface TableRow {
  id: string;
  /** The name in the console's language (name_en in English when there is one). */
  name: string;
  address: string;
  /** Lower-cased name, name_en, address, address_en and id, for the search box. */
  searchText: string;
  status: StationStatus;
  /** A temporary closure that has not started yet, or has ended by itself. */
  closurePhase: 'none' | 'scheduled' | 'active' | 'ended';
  openState: OpenState;
  /** Open round the clock every day (for "open 24 hours" wording). */
  always: boolean;
  /** Whole days since verified_at; null when never verified. */
  staleDays: number | null;
  /** Rider reports still waiting for the office's answer (open or acknowledged). */
  openReports: number;
  updatedAt: string;
  /** An edit of this station waits in the offline queue. */
  pending: boolean;
}

export type SortKey = 'name' | 'status' | 'open' | 'stale' | 'reports' | 'updated';
export type SortDir = 'asc' | 'desc';
export interface SortSpec {
  key: SortKey;
  dir: SortDir;
}

export interface TableFilter {
  text: string;
  status: 'all' | StationStatus;
  open: 'all' | 'open' | 'closed' | 'unknown';
  staleOnly: boolean;
}

export const NO_FILTER: TableFilter = { text: '', status: 'all', open: 'all', staleOnly: false };

export function closurePhase(station: Station, now: Date): TableRow['closurePhase'] {
  const p = station.properties;
  if (p.status !== 'temporarily_closed') return 'none';
  const from = p.closure?.from ? Date.parse(p.closure.from) : -Infinity;
  const until = p.closure?.until ? Date.parse(p.closure.until) : Infinity;
  if (now.getTime() < from) return 'scheduled';
  if (now.getTime() >= until) return 'ended';
  return 'active';
}

/**
 * @param reportCounts unanswered rider reports by station id (`unansweredByStation`); a station
 *   that is not in it has none
 * @param locale which name and address to show ('en': name_en / address_en when there is one)
 */
export function tableRows(
  stations: readonly Station[],
  now: Date,
  pendingIds: ReadonlySet<string> = new Set(),
  reportCounts: ReadonlyMap<string, number> = new Map(),
  locale: Locale = 'zh-CN',
): TableRow[] {
  return stations.map((s) => {
    const p = s.properties;
    const verified = p.verified_at ? Date.parse(p.verified_at) : NaN;
    return {
      id: s.id,
      name: stationLabel(s, locale),
      address: stationAddress(s, locale),
      searchText: [p.name, p.name_en, p.address, p.address_en, s.id]
        .filter(Boolean)
        .join('\n')
        .toLowerCase(),
      status: s.properties.status,
      closurePhase: closurePhase(s, now),
      openState: stationStateAt(s.properties, now),
      always: is24_7(s.properties),
      staleDays: Number.isNaN(verified) ? null : Math.max(0, Math.floor((now.getTime() - verified) / DAY_MS)),
      openReports: reportCounts.get(s.id) ?? 0,
      updatedAt: s.properties.updated_at,
      pending: pendingIds.has(s.id),
    };
  });
}

const OPEN_ORDER: Record<OpenStateKind, number> = {
  open: 0,
  closing_soon: 1,
  closed: 2,
  temporarily_closed: 3,
  permanently_closed: 4,
  unknown: 5,
};
const STATUS_ORDER: Record<StationStatus, number> = { operational: 0, temporarily_closed: 1, permanently_closed: 2 };

function compare(a: TableRow, b: TableRow, key: SortKey): number {
  switch (key) {
    case 'name':
      return a.name.localeCompare(b.name, ['zh-CN', 'en']);
    case 'status':
      return STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'open':
      return OPEN_ORDER[a.openState.kind] - OPEN_ORDER[b.openState.kind];
    case 'stale':
      // Never verified is the stalest of all.
      return (a.staleDays ?? Infinity) - (b.staleDays ?? Infinity);
    case 'reports':
      return a.openReports - b.openReports;
    case 'updated':
      return Date.parse(a.updatedAt) - Date.parse(b.updatedAt);
  }
}

/** Sorted copy; ties keep the id order so the table never jitters. */
export function sortRows(rows: readonly TableRow[], sort: SortSpec): TableRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(a, b, sort.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const isOpenKind = (k: OpenStateKind) => k === 'open' || k === 'closing_soon';

export function filterRows(rows: readonly TableRow[], filter: TableFilter): TableRow[] {
  const text = filter.text.trim().toLowerCase();
  return rows.filter((r) => {
    if (text && !r.searchText.includes(text)) return false;
    if (filter.status !== 'all' && r.status !== filter.status) return false;
    if (filter.open === 'open' && !isOpenKind(r.openState.kind)) return false;
    if (filter.open === 'unknown' && r.openState.kind !== 'unknown') return false;
    if (filter.open === 'closed' && (isOpenKind(r.openState.kind) || r.openState.kind === 'unknown')) return false;
    if (filter.staleOnly && r.staleDays !== null && r.staleDays <= STALE_AFTER_DAYS) return false;
    return true;
  });
}
