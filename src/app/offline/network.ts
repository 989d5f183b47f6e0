/**
 * The two questions the app asks the network about station data:
 * - `getIfChanged(url, etag)`: a conditional GET (If-None-Match), so an unchanged file costs a 304;
 * - `getChangesSince(url, version)`: the API server's delta, `{ version, changed, deleted }`.
 * Expected outcomes come back as values; only a failure to reach anything useful throws.
 */
import { FROM_CACHE_HEADER } from '../../sw/protocol.ts';

export type Fetch = (input: URL, init?: RequestInit) => Promise<Response>;

export type Conditional =
  | { kind: 'unchanged' }
  | { kind: 'changed'; json: unknown; etag: string | null; dataVersion: number | null }
  /** The network failed or was slow and the service worker answered from its cache. */
  | { kind: 'fromCache'; json: unknown; etag: string | null };

/** Thrown for an answer the caller cannot use (a 5xx, not JSON, a network error). */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/**
 * @example
 * const r = await getIfChanged(fetch, new URL('/data/stations.columns.json', location.href), '"abc"');
 * if (r.kind === 'changed') store(r.json, r.etag);
 */
export async function getIfChanged(doFetch: Fetch, url: URL, etag: string | null): Promise<Conditional> {
  // With If-None-Match the browser's HTTP cache steps aside. Without one (a first visit) the
  // request is a plain GET, so that it picks up the preload index.html started.
  const init: RequestInit = etag ? { headers: { 'If-None-Match': etag }, cache: 'no-store' } : {};
  const response = await send(doFetch, url, init);
  if (response.status === 304) return { kind: 'unchanged' };
  if (!response.ok) throw new NetworkError(`HTTP ${response.status} for ${url.pathname}`);
  const json = await readJson(response, url);
  const newEtag = response.headers.get('ETag');
  if (response.headers.get(FROM_CACHE_HEADER)) return { kind: 'fromCache', json, etag: newEtag };
  return { kind: 'changed', json, etag: newEtag, dataVersion: dataVersionOf(response) };
}

export type Delta =
  | { kind: 'delta'; version: number; changed: unknown[]; deletedIds: string[] }
  /** The server cannot answer from that version (410): download everything again. */
  | { kind: 'resync' };

/**
 * @example
 * const d = await getChangesSince(fetch, new URL('/api/stations', location.href), 41);
 * // { kind: 'delta', version: 43, changed: [ … ], deletedIds: ['cy-0007'] }
 */
export async function getChangesSince(doFetch: Fetch, url: URL, version: number): Promise<Delta> {
  const withSince = new URL(url);
  withSince.searchParams.set('since', String(version));
  const response = await send(doFetch, withSince, { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (response.status === 410 || response.status === 404) return { kind: 'resync' };
  if (!response.ok) throw new NetworkError(`HTTP ${response.status} for ${withSince.pathname}`);
  const body = await readJson(response, withSince);
  if (!isRecord(body) || typeof body.version !== 'number' || !Array.isArray(body.changed) || !Array.isArray(body.deleted)) {
    throw new NetworkError(`${withSince.pathname}: expected { version, changed, deleted }`);
  }
  const deletedIds = body.deleted.flatMap((d: unknown) => (isRecord(d) && typeof d.id === 'string' ? [d.id] : []));
  return { kind: 'delta', version: body.version, changed: body.changed, deletedIds };
}

/** `X-Data-Version`, sent only by the API server: its presence means deltas can be asked for. */
export function dataVersionOf(response: Response): number | null {
  const raw = response.headers.get('X-Data-Version');
  const n = raw === null ? Number.NaN : Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

async function send(doFetch: Fetch, url: URL, init: RequestInit): Promise<Response> {
  try {
    return await doFetch(url, init);
  } catch (error) {
    throw new NetworkError(`${url.pathname}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

async function readJson(response: Response, url: URL): Promise<unknown> {
  try {
    return await response.json();
  } catch (error) {
    throw new NetworkError(`${url.pathname}: the answer is not JSON`, { cause: error });
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
