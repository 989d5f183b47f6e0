/**
 * The console's one door to the API server (same origin). Knows the CSRF header, If-Match and
 * Idempotency-Key, and turns every answer into an `ApiResult` value.
 *
 * Stations and offices read here pass the same validation gate as everywhere else
 * (`validateStationCollection`), rider reports pass `officeReportSchema`; anything the server
 * sends that does not pass is dropped with a console warning rather than breaking the screen.
 */
import { officeReportSchema } from '../../core/report.ts';
import type { OfficeReport, ReportAnswer } from '../../core/report.ts';
import { formatProblem, validateStationCollection } from '../../core/validate.ts';
import { newIdempotencyKey } from '../offline/outboxItem.ts';
import type { Station } from '../../core/station.ts';
import type { ApiFailure, ApiResult } from './result.ts';
import type {
  ChangesSince,
  ImportCommitResult,
  ImportPreview,
  ImportRequest,
  OfficeCollection,
  ReportFilter,
  SessionInfo,
  StationCreateBody,
  StationHistory,
  StationPatchBody,
} from './types.ts';

export type WriteMethod = 'POST' | 'PATCH' | 'DELETE';

export interface WriteOptions {
  /** The station version the editor saw (If-Match). */
  ifMatch?: number | null;
  /** Makes a retry safe: the server answers a repeated key with the stored response. */
  idempotencyKey?: string;
}

export interface StationCollectionResult {
  stations: Station[];
  /** X-Data-Version: use with `changesSince`. */
  dataVersion: number | null;
}

export interface ApiClient {
  /** The CSRF token sent with every write; set from the session answers. */
  csrfToken: string | null;
  getSession(): Promise<ApiResult<SessionInfo>>;
  login(username: string, password: string): Promise<ApiResult<SessionInfo>>;
  logout(): Promise<ApiResult<null>>;
  offices(): Promise<ApiResult<OfficeCollection>>;
  stations(): Promise<ApiResult<StationCollectionResult>>;
  changesSince(version: number): Promise<ApiResult<ChangesSince>>;
  createStation(body: StationCreateBody, options?: WriteOptions): Promise<ApiResult<Station>>;
  patchStation(id: string, body: StationPatchBody, options: WriteOptions): Promise<ApiResult<Station>>;
  deleteStation(id: string, options: WriteOptions): Promise<ApiResult<{ id: string; version: number; deleted: true }>>;
  history(id: string): Promise<ApiResult<StationHistory>>;
  revert(id: string, version: number, options: WriteOptions): Promise<ApiResult<Station>>;
  importPreview(body: ImportRequest): Promise<ApiResult<ImportPreview>>;
  importCommit(id: string, includeDuplicates: number[]): Promise<ApiResult<ImportCommitResult>>;
  /**
   * Rider reports of an office, newest first. `office` only counts for an admin; an editor always
   * gets its own office's reports.
   */
  reports(status: ReportFilter, office?: string | null): Promise<ApiResult<OfficeReport[]>>;
  /**
   * The office's answer to a report, on top of the revision the editor saw (If-Match). A 409
   * `version_conflict` carries the current report in `details.current` (see `conflictCurrent`).
   */
  answerReport(id: string, answer: ReportAnswer, revision: number): Promise<ApiResult<OfficeReport>>;
  /** Any write, as the offline queue stores it. */
  write<T>(method: WriteMethod, path: string, body: unknown, options: WriteOptions): Promise<ApiResult<T>>;
}

interface RequestInit2 {
  method: string;
  body?: unknown;
  headers?: Record<string, string>;
  cache?: RequestCache;
}

const JSON_TYPES = /^application\/(?:[\w.+-]+\+)?json/;

async function failureFrom(response: Response): Promise<ApiFailure> {
  let code = `http_${response.status}`;
  let message = response.statusText || `HTTP ${response.status}`;
  let details: unknown = null;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown; details?: unknown } };
    if (body.error && typeof body.error.code === 'string') code = body.error.code;
    if (body.error && typeof body.error.message === 'string') message = body.error.message;
    details = body.error?.details ?? null;
  } catch {
    // Not our JSON (a proxy's error page): keep the status line.
  }
  const retry = Number(response.headers.get('retry-after'));
  return { kind: 'http', status: response.status, code, message, details, retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null };
}

/** Checks reports with the shared schema; drops (and logs) any that fail it. */
function validReports(items: unknown[]): OfficeReport[] {
  const reports: OfficeReport[] = [];
  for (const [i, item] of items.entries()) {
    const parsed = officeReportSchema.safeParse(item);
    if (parsed.success) reports.push(parsed.data);
    else console.warn(`report ${i} from the server skipped: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(report)'}: ${x.message}`).join('; ')}`);
  }
  return reports;
}

/** Checks stations with the shared gate; drops (and logs) any that fail it. */
function validStations(features: unknown[]): Station[] {
  const { stations, problems } = validateStationCollection({ type: 'FeatureCollection', features });
  for (const p of problems.slice(0, 5)) console.warn(`station from the server skipped: ${formatProblem(p)}`);
  return stations;
}

export function createApiClient(options: { baseUrl?: string; fetchImpl?: typeof fetch } = {}): ApiClient {
  const base = options.baseUrl ?? '';
  const doFetch = options.fetchImpl ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function request<T>(path: string, init: RequestInit2): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { accept: 'application/json, application/geo+json', ...init.headers };
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    if (init.method !== 'GET' && client.csrfToken) headers['x-csrf-token'] = client.csrfToken;
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: init.method,
        headers,
        credentials: 'same-origin',
        cache: init.cache ?? 'no-store',
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch (error) {
      return { ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
    }
    if (!response.ok) return { ok: false, failure: await failureFrom(response) };
    let value: unknown = null;
    if (response.status !== 204 && JSON_TYPES.test(response.headers.get('content-type') ?? '')) {
      try {
        value = await response.json();
      } catch (error) {
        // A cut connection mid-body is a network failure too.
        return { ok: false, failure: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
      }
    }
    return { ok: true, value: value as T, status: response.status, etag: response.headers.get('etag'), headers: response.headers };
  }

  function writeHeaders(options: WriteOptions): Record<string, string> {
    const headers: Record<string, string> = {};
    if (options.ifMatch !== undefined && options.ifMatch !== null) headers['if-match'] = `"${options.ifMatch}"`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    return headers;
  }

  const remember = (result: ApiResult<SessionInfo>): ApiResult<SessionInfo> => {
    if (result.ok) client.csrfToken = result.value.csrfToken;
    return result;
  };

  const client: ApiClient = {
    csrfToken: null,
    getSession: async () => remember(await request<SessionInfo>('/api/session', { method: 'GET' })),
    login: async (username, password) => remember(await request<SessionInfo>('/api/session', { method: 'POST', body: { username, password } })),
    async logout() {
      const result = await request<null>('/api/session', { method: 'DELETE' });
      if (result.ok) client.csrfToken = null;
      return result;
    },
    offices: () => request<OfficeCollection>('/api/offices', { method: 'GET', cache: 'no-cache' }),
    async stations() {
      // no-cache: revalidate with the ETag, never trust the 60 s the CDN may keep it.
      const result = await request<{ features?: unknown }>('/api/stations', { method: 'GET', cache: 'no-cache' });
      if (!result.ok) return result;
      const features = Array.isArray(result.value?.features) ? result.value.features : [];
      const version = Number(result.headers.get('x-data-version'));
      return { ...result, value: { stations: validStations(features), dataVersion: Number.isFinite(version) && version > 0 ? version : null } };
    },
    async changesSince(version) {
      const result = await request<ChangesSince>(`/api/stations?since=${version}`, { method: 'GET', cache: 'no-cache' });
      if (!result.ok) return result;
      return { ...result, value: { ...result.value, changed: validStations(result.value.changed) } };
    },
    createStation: (body, options = {}) => client.write<Station>('POST', '/api/stations', body, options),
    patchStation: (id, body, options) => client.write<Station>('PATCH', stationPath(id), body, options),
    deleteStation: (id, options) => client.write('DELETE', stationPath(id), undefined, options),
    history: (id) => request<StationHistory>(`${stationPath(id)}/history`, { method: 'GET' }),
    revert: (id, version, options) => client.write<Station>('POST', `${stationPath(id)}/revert`, { version }, options),
    importPreview: (body) => request<ImportPreview>('/api/imports', { method: 'POST', body }),
    importCommit: (id, includeDuplicates) =>
      request<ImportCommitResult>(`/api/imports/${encodeURIComponent(id)}/commit`, { method: 'POST', body: includeDuplicates.length ? { includeDuplicates } : {} }),
    async reports(status, office) {
      const query = new URLSearchParams({ status });
      if (office) query.set('office', office);
      const result = await request<{ reports?: unknown }>(`/api/reports?${query}`, { method: 'GET' });
      if (!result.ok) return result;
      return { ...result, value: validReports(Array.isArray(result.value?.reports) ? result.value.reports : []) };
    },
    async answerReport(id, answer, revision) {
      const result = await client.write<{ report?: unknown }>('PATCH', reportPath(id), answer, { ifMatch: revision, idempotencyKey: newIdempotencyKey() });
      if (!result.ok) return result;
      const parsed = officeReportSchema.safeParse(result.value?.report);
      if (parsed.success) return { ...result, value: parsed.data };
      // Saved, but the answer cannot be shown: say so rather than show something wrong.
      return { ok: false, failure: { kind: 'http', status: result.status, code: 'invalid_response', message: 'the server answered with a report the console cannot read', details: null, retryAfterSeconds: null } };
    },
    write: (method, path, body, options) => request(path, { method, body, headers: writeHeaders(options) }),
  };
  return client;
}

export const stationPath = (id: string): string => `/api/stations/${encodeURIComponent(id)}`;
export const reportPath = (id: string): string => `/api/reports/${encodeURIComponent(id)}`;

