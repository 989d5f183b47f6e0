/**
 * Expected failures come back as values, never thrown: the caller switches on `kind` and the
 * error `code` the server sent (`{ error: { code, message, details } }`).
 */

export type ApiFailure =
  /** The request never got an answer: offline, server down, DNS, CORS. Worth queueing. */
  | { kind: 'network'; message: string }
  /** The server answered with an error status. */
  | { kind: 'http'; status: number; code: string; message: string; details: unknown; retryAfterSeconds: number | null };

export type ApiResult<T> =
  | { ok: true; value: T; status: number; etag: string | null; headers: Headers }
  | { ok: false; failure: ApiFailure };

export const isNetworkFailure = (f: ApiFailure): f is Extract<ApiFailure, { kind: 'network' }> => f.kind === 'network';

/** The HTTP status of a failure, or 0 for a network failure. */
export const failureStatus = (f: ApiFailure): number => (f.kind === 'http' ? f.status : 0);

/** The error code of a failure, or 'network'. */
export const failureCode = (f: ApiFailure): string => (f.kind === 'http' ? f.code : 'network');

/** A station version from an ETag (`"3"`), or null. */
export function versionFromEtag(etag: string | null): number | null {
  const m = etag ? /^(?:W\/)?"(\d+)"$/.exec(etag.trim()) : null;
  return m ? Number(m[1]) : null;
}
