/**
 * Loads the session for every request and guards every state-changing one: no session → 401,
 * no or wrong `X-CSRF-Token` → 403. Runs before the body is even parsed.
 *
 * Why a custom header: a cross-site form or image can make the browser send the cookie, but it
 * cannot set a custom header without a CORS preflight, which this server never grants.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext, RequestSession } from '../context.ts';
import { ApiError } from '../errors.ts';
import { cookieIsSecure, csrfMatches, readSession } from './sessions.ts';

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const CSRF_HEADER = 'x-csrf-token';

export function installAuthGuard(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    const secure = cookieIsSecure(request, ctx.secureCookies);
    const found = readSession(ctx.store, request, ctx.clock.now(), secure);
    request.session = found ? { user: found.user, csrfToken: found.csrfToken, idHash: found.idHash, expiresAt: found.expiresAt } : null;
    if (!STATE_CHANGING.has(request.method) || request.routeOptions.config.public) return;
    if (!request.session) throw new ApiError(401, 'unauthenticated', 'Log in first.');
    if (!csrfMatches(request.headers[CSRF_HEADER], request.session.csrfToken)) {
      throw new ApiError(403, 'csrf', `Missing or wrong ${CSRF_HEADER} header; get the token from GET /api/session.`);
    }
  });
}

/** The session of a route that needs one (e.g. history); 401 otherwise. */
export function requireSession(request: FastifyRequest): RequestSession {
  if (!request.session) throw new ApiError(401, 'unauthenticated', 'Log in first.');
  return request.session;
}
