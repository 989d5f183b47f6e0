/**
 * One list of rider reports from the server (`GET /api/reports?status=`), kept current: loaded
 * when asked for, again every `pollMs` while the page is visible and when it becomes visible,
 * and on `refresh()` (after an answer). A failed refresh keeps what is shown and says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { OfficeReport } from '../../core/report.ts';
import type { ApiClient } from '../api/client.ts';
import type { ApiFailure } from '../api/result.ts';
import type { ReportFilter } from '../api/types.ts';
import { upsertReport } from './reportList.ts';

export const REPORTS_POLL_MS = 60_000;

export interface ReportList {
  /** null until the first answer arrives. */
  reports: OfficeReport[] | null;
  /** The last refresh's failure, cleared by the next success. */
  failure: ApiFailure | null;
  loading: boolean;
  /** When the shown list was fetched. */
  loadedAt: Date | null;
  refresh(): Promise<void>;
  /** Puts a report the server returned (an answer) into the list at once. */
  upsert(report: OfficeReport): void;
}

interface Options {
  /** false: load nothing (the list is not needed now). */
  enabled?: boolean;
  pollMs?: number;
  /** A 401: the session is over. */
  onExpired?(): void;
}

const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible';

export function useReportList(client: ApiClient, status: ReportFilter, office: string | null, options: Options = {}): ReportList {
  const { enabled = true, pollMs = REPORTS_POLL_MS, onExpired } = options;
  const [reports, setReports] = useState<OfficeReport[] | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadedAt, setLoadedAt] = useState<Date | null>(null);
  // Only the newest request may set the list: a slow answer for the old filter must not win.
  const latest = useRef(0);
  const expired = useRef(onExpired);
  expired.current = onExpired;

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    const result = await client.reports(status, office);
    if (ticket !== latest.current) return;
    setLoading(false);
    if (result.ok) {
      setReports(result.value);
      setFailure(null);
      setLoadedAt(new Date());
      return;
    }
    setFailure(result.failure);
    if (result.failure.kind === 'http' && result.failure.status === 401) expired.current?.();
  }, [client, status, office]);

  // A new filter or office starts from nothing, so the old list is never shown under the new name.
  useEffect(() => {
    setReports(null);
    setFailure(null);
    setLoadedAt(null);
    if (!enabled) {
      latest.current++;
      setLoading(false);
      return;
    }
    void refresh();
  }, [enabled, refresh]);

  useEffect(() => {
    if (!enabled) return;
    const timer = window.setInterval(() => {
      if (visible()) void refresh();
    }, pollMs);
    const onVisibility = () => {
      if (visible()) void refresh();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [enabled, pollMs, refresh]);

  const upsert = useCallback((report: OfficeReport) => setReports((prev) => (prev ? upsertReport(prev, report) : prev)), []);

  return { reports, failure, loading, loadedAt, refresh, upsert };
}
