/**
 * The office's rider reports as data: which filter a report falls under, the order they are
 * listed in, how many each station still owes an answer for, and "3 hours ago". Pure functions;
 * the clock is an argument.
 */
import { isUnanswered, REPORT_STATUSES } from '../../core/report.ts';
import type { OfficeReport } from '../../core/report.ts';
import type { ReportFilter } from '../api/types.ts';

/** The filter choices, in the order the view offers them (the default first). */
export const REPORT_FILTERS: readonly ReportFilter[] = ['unanswered', 'all', ...REPORT_STATUSES];

export function matchesFilter(report: OfficeReport, filter: ReportFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'unanswered') return isUnanswered(report.status);
  return report.status === filter;
}

/** Newest received first; ties by id so the list never jitters. */
export function newestFirst(reports: readonly OfficeReport[]): OfficeReport[] {
  return [...reports].sort((a, b) => Date.parse(b.received_at) - Date.parse(a.received_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Puts a report the server returned into a list: replaces the same id unless the list already
 * holds a later revision (an older answer never wins), else adds it.
 */
export function upsertReport(reports: readonly OfficeReport[], report: OfficeReport): OfficeReport[] {
  const old = reports.find((r) => r.id === report.id);
  if (!old) return newestFirst([...reports, report]);
  if (old.revision > report.revision) return [...reports];
  return reports.map((r) => (r.id === report.id ? report : r));
}

/**
 * The list the view shows: the server's list, plus the reports answered here since the view
 * opened. A report resolved a moment ago drops out of the "unanswered" list on the next refresh;
 * keeping it in sight (with its new status) lets the editor see what they did.
 */
export function withAnsweredHere(reports: readonly OfficeReport[], answeredHere: Iterable<OfficeReport>): OfficeReport[] {
  let list = [...reports];
  for (const r of answeredHere) list = upsertReport(list, r);
  return list;
}

/** How many reports each station still owes an answer for (stations with none are absent). */
export function unansweredByStation(reports: readonly OfficeReport[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of reports) if (isUnanswered(r.status)) counts.set(r.station_id, (counts.get(r.station_id) ?? 0) + 1);
  return counts;
}

/** Time since something happened, in the largest unit that fits. */
export type Elapsed = { unit: 'justNow' } | { unit: 'minutes' | 'hours' | 'days'; n: number };

/**
 * @example elapsedSince(new Date('2026-11-04T11:20:00+08:00'), new Date('2026-11-04T14:30:00+08:00')) // { unit: 'hours', n: 3 }
 */
export function elapsedSince(from: Date, now: Date): Elapsed {
  // A device clock a little behind the server's still reads "just now", never "in 2 minutes".
  const minutes = Math.floor(Math.max(0, now.getTime() - from.getTime()) / 60_000);
  if (minutes < 1) return { unit: 'justNow' };
  if (minutes < 60) return { unit: 'minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', n: hours };
  return { unit: 'days', n: Math.floor(hours / 24) };
}
