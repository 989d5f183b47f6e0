/**
 * Asks the server what became of the reports this device delivered (GET api/reports/status,
 * at most 50 ids a request) and keeps the answers with the reports, so "My reports" shows the
 * office's status and reply offline too. Ids the server does not know are left as they were.
 */
import type { ReportStatusView } from '../../core/report.ts';
import type { Fetch } from '../offline/network.ts';
import { getReportStatuses, STATUS_IDS_PER_REQUEST } from './reportApi.ts';
import type { ReportStore } from './reportStore.ts';

export interface StatusRefreshDeps {
  store: ReportStore;
  fetch: Fetch;
  /** e.g. new URL('api/reports/status', document.baseURI) */
  endpoint: URL;
  now: () => Date;
}

export type StatusRefreshResult =
  | { kind: 'done'; asked: number; changed: number }
  /** Nothing delivered yet: nothing to ask. */
  | { kind: 'nothing' }
  /** At least one request got no usable answer; what did answer is kept. */
  | { kind: 'unavailable'; asked: number; changed: number; detail: string };

/**
 * @example
 * const r = await refreshReportStatuses({ store, fetch, endpoint: new URL('api/reports/status', base), now });
 * // { kind: 'done', asked: 3, changed: 1 }
 */
export async function refreshReportStatuses(deps: StatusRefreshDeps): Promise<StatusRefreshResult> {
  const ids = (await deps.store.list()).filter((r) => r.state === 'sent').map((r) => r.id);
  if (ids.length === 0) return { kind: 'nothing' };
  let changed = 0;
  let failure: string | null = null;
  for (let start = 0; start < ids.length; start += STATUS_IDS_PER_REQUEST) {
    const chunk = ids.slice(start, start + STATUS_IDS_PER_REQUEST);
    const outcome = await getReportStatuses(deps.fetch, deps.endpoint, chunk);
    if (outcome.kind === 'unavailable') {
      failure = outcome.detail;
      break; // the next chunk would fail the same way
    }
    const checkedAt = deps.now().toISOString();
    const byId = new Map(outcome.views.map((v) => [v.id, v]));
    for (const id of chunk) {
      const view = byId.get(id);
      const record = await deps.store.get(id);
      if (!view || record?.state !== 'sent') continue;
      if (!sameView(record.view, view)) changed += 1;
      await deps.store.put({ ...record, view, checkedAt });
    }
  }
  return failure === null ? { kind: 'done', asked: ids.length, changed } : { kind: 'unavailable', asked: ids.length, changed, detail: failure };
}

function sameView(a: ReportStatusView | null, b: ReportStatusView): boolean {
  return a !== null && a.status === b.status && a.reply === b.reply && a.answered_at === b.answered_at;
}
