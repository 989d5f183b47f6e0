/**
 * Idempotency-Key on POST/PATCH/DELETE, for the console's offline queue: a request retried with
 * the same key gets the stored response (status, body, ETag) instead of being applied twice.
 * The same key with a different request is refused (422). Keys belong to a user, so one user's
 * key never replays another's response. Only authenticated requests are recorded; 5xx never.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { STATE_CHANGING } from './auth/guard.ts';
import type { AppContext } from './context.ts';
import { ApiError } from './errors.ts';

const KEY = /^[\x21-\x7e]{1,200}$/;
/** Headers replayed with the stored body. */
const KEPT_HEADERS = ['content-type', 'etag', 'location'];
/** Long enough for a phone that was offline over a weekend. */
export const IDEMPOTENCY_RETENTION_MS = 7 * 24 * 60 * 60_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** `recorded`: the route already stored its response in its own transaction. */
    idempotency: { key: string; requestHash: string; recorded?: boolean } | null;
  }
}

/**
 * For a route whose repeat would apply the change again (creating a station, a revert): stores
 * the response under the request's Idempotency-Key INSIDE the route's transaction, so the change
 * and the record of it commit together. A crash between the two can then never leave a change
 * that a retry applies a second time. Returns the body text to send (the stored bytes exactly).
 * Does nothing without a key.
 */
export function recordInTransaction(
  ctx: AppContext,
  request: FastifyRequest,
  response: { status: number; headers: Record<string, string>; body: unknown },
): string {
  const text = JSON.stringify(response.body);
  const pending = request.idempotency;
  if (pending && request.session) {
    const headers = { 'content-type': 'application/json; charset=utf-8', ...response.headers };
    ctx.store.idempotency.put(request.session.user.id, pending.key, { requestHash: pending.requestHash, status: response.status, headers, body: text }, ctx.clock.now());
    pending.recorded = true;
  }
  return text;
}

function requestHash(request: FastifyRequest): string {
  const url = request.url.split('?')[0] ?? '';
  const ifMatch = request.headers['if-match'] ?? '';
  return createHash('sha256').update(`${request.method} ${url}\n${ifMatch}\n${JSON.stringify(request.body ?? null)}`).digest('base64url');
}

export function installIdempotency(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('idempotency', null);
  // Keys whose first request is still being handled: a concurrent retry (the offline queue firing
  // on `online` and on its timer at once) must not apply the change a second time.
  const inFlight = new Set<string>();
  const flightKey = (userId: number | string, key: string) => `${userId}\n${key}`;

  app.addHook('preHandler', async (request, reply) => {
    const key = request.headers['idempotency-key'];
    if (key === undefined || !STATE_CHANGING.has(request.method) || !request.session) return;
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new ApiError(400, 'invalid_idempotency_key', 'Idempotency-Key must be 1–200 printable ASCII characters.');
    }
    const hash = requestHash(request);
    const stored = ctx.store.idempotency.get(request.session.user.id, key);
    if (!stored) {
      const flying = flightKey(request.session.user.id, key);
      if (inFlight.has(flying)) {
        throw new ApiError(409, 'idempotency_in_progress', 'A request with this Idempotency-Key is still being processed; retry shortly.');
      }
      inFlight.add(flying);
      request.idempotency = { key, requestHash: hash };
      return;
    }
    if (stored.requestHash !== hash) {
      throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
    }
    return reply.code(stored.status).headers({ ...stored.headers, 'idempotent-replayed': 'true' }).send(stored.body);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending || pending.recorded || !request.session || reply.statusCode >= 500) return payload;
    if (payload !== null && payload !== undefined && typeof payload !== 'string') return payload; // streams are not replayable
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const at = ctx.clock.now();
    ctx.store.idempotency.put(request.session.user.id, pending.key, { requestHash: pending.requestHash, status: reply.statusCode, headers, body: payload ?? '' }, at);
    ctx.store.idempotency.deleteOlderThan(new Date(at.getTime() - IDEMPOTENCY_RETENTION_MS));
    return payload;
  });

  app.addHook('onResponse', async (request) => {
    if (request.idempotency && request.session) inFlight.delete(flightKey(request.session.user.id, request.idempotency.key));
  });
}
