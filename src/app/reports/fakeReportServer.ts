/**
 * For the unit tests only: an in-memory stand-in for the report API as the contract describes
 * it (201 new, 200 + Idempotent-Replayed for a repeat, 409 for a different report under a used
 * id, 404 for an unknown station, status by ids), with switches for the failures a phone meets:
 * no network, an answer lost on the way back, a 429, a 5xx, a server without the API.
 */
import type { ReportStatusView, ReportSubmission } from '../../core/report.ts';
import type { Fetch } from '../offline/network.ts';
import type { Timers } from './sender.ts';

export type ServerMode = 'up' | 'no-network' | 'lose-answer' | 'rate-limited' | 'error-500' | 'no-api';

export interface FakeReportServer {
  fetch: Fetch;
  mode: ServerMode;
  /** What the server stored, by id. */
  readonly stored: Map<string, { submission: ReportSubmission; view: ReportStatusView }>;
  /** Every request that reached it (method, path and query). */
  readonly requests: string[];
  knownStations: Set<string>;
  answer(id: string, status: ReportStatusView['status'], reply: string | null): void;
}

export function fakeReportServer(stations: string[] = ['cy-0001', 'cy-0002']): FakeReportServer {
  const stored = new Map<string, { submission: ReportSubmission; view: ReportStatusView }>();
  const requests: string[] = [];
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
  const server: FakeReportServer = {
    mode: 'up',
    stored,
    requests,
    knownStations: new Set(stations),
    answer(id, status, reply) {
      const entry = stored.get(id);
      if (!entry) throw new Error(`no report ${id}`);
      entry.view = { ...entry.view, status, reply, answered_at: '2026-11-05T09:00:00+08:00' };
    },
    async fetch(url, init) {
      const method = init?.method ?? 'GET';
      if (server.mode === 'no-network') throw new TypeError('Failed to fetch');
      requests.push(`${method} ${url.pathname}${url.search}`);
      if (server.mode === 'no-api') return json(404, { error: { code: 'not_found', message: `No route ${method} ${url.pathname}.` } });
      if (server.mode === 'error-500') return json(500, { error: { code: 'internal', message: 'boom' } });
      if (method === 'GET' && url.pathname.endsWith('/api/reports/status')) {
        const ids = (url.searchParams.get('ids') ?? '').split(',');
        if (ids.length > 50) return json(400, { error: { code: 'invalid_query', message: 'at most 50 ids' } });
        return json(200, { reports: ids.flatMap((id) => stored.get(id)?.view ?? []) }, { 'Cache-Control': 'no-store' });
      }
      if (method !== 'POST' || !url.pathname.endsWith('/api/reports')) return json(404, { error: { code: 'not_found', message: 'no route' } });
      if (server.mode === 'rate-limited') {
        return json(429, { error: { code: 'too_many_reports', message: 'slow down', details: { retryAfterSeconds: 120 } } }, { 'Retry-After': '120' });
      }
      const submission = JSON.parse(String(init?.body)) as ReportSubmission;
      if (typeof submission.id !== 'string' || submission.note === undefined) {
        return json(400, { error: { code: 'invalid_body', message: 'bad', details: [] } });
      }
      let response: Response;
      const existing = stored.get(submission.id);
      if (existing) {
        response =
          JSON.stringify(existing.submission) === JSON.stringify(submission)
            ? json(200, { report: existing.view }, { 'Idempotent-Replayed': 'true' })
            : json(409, { error: { code: 'report_id_conflict', message: 'another report has this id' } });
      } else if (!server.knownStations.has(submission.station_id)) {
        response = json(404, { error: { code: 'station_not_found', message: `No station ${submission.station_id}.` } });
      } else {
        const view: ReportStatusView = {
          id: submission.id,
          station_id: submission.station_id,
          status: 'open',
          reply: null,
          received_at: '2026-11-04T14:31:00+08:00',
          answered_at: null,
        };
        stored.set(submission.id, { submission, view });
        response = json(201, { report: view });
      }
      if (server.mode === 'lose-answer') throw new TypeError('connection reset');
      return response;
    },
  };
  return server;
}

/** Timers that run only when the test says so; `delays` lists what was scheduled, in ms. */
export function manualTimers(): Timers & { delays: number[]; pending(): number; fireAll(): void } {
  let next = 1;
  const due = new Map<number, { run: () => void; ms: number }>();
  const delays: number[] = [];
  return {
    delays,
    set(run, ms) {
      const handle = next++;
      due.set(handle, { run, ms });
      delays.push(ms);
      return handle;
    },
    clear(handle) {
      due.delete(handle as number);
    },
    pending: () => due.size,
    fireAll() {
      const now = [...due.entries()];
      due.clear();
      for (const [, t] of now) t.run();
    },
  };
}
