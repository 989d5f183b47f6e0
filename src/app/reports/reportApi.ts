/**
 * The two questions the rider app asks the report API, answers as values:
 * - `postReport`: POST api/reports, one submission (its id makes a repeat harmless);
 * - `getReportStatuses`: GET api/reports/status?ids=…, what the office did with them.
 * Nothing here throws for an expected outcome: a network failure is a value too.
 */
import { reportStatusSchema } from '../../core/report.ts';
import type { ReportStatusView, ReportSubmission } from '../../core/report.ts';
import type { Fetch } from '../offline/network.ts';
import type { ReportFailure } from './reportRecord.ts';

/** The server takes at most this many ids per status request. */
export const STATUS_IDS_PER_REQUEST = 50;
/** A request that has not answered by then is treated as a failed one (and tried again later). */
export const REQUEST_TIMEOUT_MS = 15_000;

export type PostOutcome =
  /** 201 (new) or 200 (a repeat, `Idempotent-Replayed`): the server has it, exactly once. */
  | { kind: 'delivered'; view: ReportStatusView | null; replayed: boolean }
  /** Refused for good: sending it again would get the same answer. */
  | { kind: 'rejected'; failure: ReportFailure }
  /** Too many reports from this address: wait that long. */
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  /** No usable answer (no network, a timeout, a 5xx, no report API here): try again later. */
  | { kind: 'unavailable'; detail: string };

/**
 * @example
 * const r = await postReport(fetch, new URL('api/reports', document.baseURI), submission);
 * if (r.kind === 'delivered') markSent(r.view);
 */
export async function postReport(doFetch: Fetch, url: URL, submission: ReportSubmission): Promise<PostOutcome> {
  let response: Response;
  try {
    response = await withTimeout((signal) =>
      doFetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(submission),
        cache: 'no-store',
        signal,
      }),
    );
  } catch (error) {
    return { kind: 'unavailable', detail: describe(error) };
  }
  const body = await response.json().catch(() => null);
  if (response.status === 201 || response.status === 200) {
    const parsed = reportStatusSchema.safeParse(isRecord(body) ? body.report : undefined);
    return { kind: 'delivered', view: parsed.success ? parsed.data : null, replayed: response.status === 200 };
  }
  const error = errorOf(body);
  if (response.status === 429) {
    return { kind: 'rate-limited', retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After'), error?.details) };
  }
  // Only answers the API gives about this very report are final. A 404 without the API's code
  // is a server without the report API (a static deployment): that may change, so try later.
  const final =
    response.status === 400 ||
    (response.status === 404 && error?.code === 'station_not_found') ||
    (response.status === 409 && error?.code === 'report_id_conflict');
  if (final) {
    return {
      kind: 'rejected',
      failure: { httpStatus: response.status, code: error?.code ?? `http_${response.status}`, message: error?.message ?? '' },
    };
  }
  return { kind: 'unavailable', detail: `HTTP ${response.status}${error ? ` ${error.code}` : ''}` };
}

export type StatusOutcome = { kind: 'ok'; views: ReportStatusView[] } | { kind: 'unavailable'; detail: string };

/**
 * Statuses of up to STATUS_IDS_PER_REQUEST reports; ids the server does not know are absent.
 * Views that do not match the schema are left out (and logged), the others still count.
 */
export async function getReportStatuses(doFetch: Fetch, url: URL, ids: readonly string[]): Promise<StatusOutcome> {
  if (ids.length === 0) return { kind: 'ok', views: [] };
  if (ids.length > STATUS_IDS_PER_REQUEST) throw new RangeError(`asked for ${ids.length} statuses; at most ${STATUS_IDS_PER_REQUEST} per request`);
  const withIds = new URL(url);
  withIds.searchParams.set('ids', ids.join(','));
  let response: Response;
  try {
    response = await withTimeout((signal) => doFetch(withIds, { headers: { Accept: 'application/json' }, cache: 'no-store', signal }));
  } catch (error) {
    return { kind: 'unavailable', detail: describe(error) };
  }
  if (response.status !== 200) return { kind: 'unavailable', detail: `HTTP ${response.status}` };
  const body = await response.json().catch(() => null);
  if (!isRecord(body) || !Array.isArray(body.reports)) return { kind: 'unavailable', detail: 'expected { reports: [...] }' };
  const views: ReportStatusView[] = [];
  for (const raw of body.reports) {
    const parsed = reportStatusSchema.safeParse(raw);
    if (parsed.success) views.push(parsed.data);
    else console.warn('a report status from the server could not be read', parsed.error.issues, raw);
  }
  return { kind: 'ok', views };
}

/**
 * Retry-After in seconds (the header, as seconds or an HTTP date, else the error's details),
 * kept between 1 s and an hour; a minute when neither says.
 */
export function retryAfterSeconds(header: string | null, details: unknown, nowMs = Date.now()): number {
  let seconds = Number.NaN;
  if (header !== null && header.trim() !== '') {
    seconds = /^\d+$/.test(header.trim()) ? Number(header) : (Date.parse(header) - nowMs) / 1000;
  }
  if (!Number.isFinite(seconds) && isRecord(details) && typeof details.retryAfterSeconds === 'number') seconds = details.retryAfterSeconds;
  if (!Number.isFinite(seconds)) seconds = 60;
  return Math.min(3600, Math.max(1, Math.ceil(seconds)));
}

async function withTimeout(run: (signal: AbortSignal) => Promise<Response>): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
  try {
    return await run(controller.signal);
  } finally {
    clearTimeout(timer);
  }
}

function errorOf(body: unknown): { code: string; message: string; details: unknown } | null {
  const error = isRecord(body) ? body.error : null;
  if (!isRecord(error) || typeof error.code !== 'string') return null;
  return { code: error.code, message: typeof error.message === 'string' ? error.message : '', details: error.details };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
