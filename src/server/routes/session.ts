/** POST /api/session (log in), GET /api/session (who am I + CSRF token), DELETE /api/session (log out). */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { requireSession } from '../auth/guard.ts';
import { accountKey, addressKey, blockedForMs, recordFailure, recordSuccess } from '../auth/loginThrottle.ts';
import { cookieIsSecure, endSession, startSession } from '../auth/sessions.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import type { User } from '../repository.ts';
import { parseBody } from '../validation.ts';

const loginSchema = z
  .object({
    username: z.string().trim().min(1).max(64),
    password: z.string().min(1).max(1024),
  })
  .strict();

function sessionBody(user: User, csrfToken: string, expiresAt: Date) {
  return {
    user: { username: user.username, role: user.role, officeCode: user.officeCode },
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}

export function registerSessionRoutes(app: FastifyInstance, ctx: AppContext): void {
  // Verified against for unknown usernames, so they cost the same time as known ones.
  let dummyHash: Promise<string> | null = null;

  app.post('/api/session', { config: { public: true } }, async (request, reply) => {
    const { username, password } = parseBody(loginSchema, request.body);
    const keys = [accountKey(username), addressKey(request.ip)];
    const waitMs = blockedForMs(ctx.store.loginAttempts, keys, ctx.clock.now());
    if (waitMs > 0) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new ApiError(429, 'too_many_attempts', `Too many failed logins; try again in ${seconds} s.`, { retryAfterSeconds: seconds }, {
        'retry-after': String(seconds),
      });
    }
    const user = ctx.store.users.findByUsername(username);
    dummyHash ??= ctx.hasher.hash(randomBytes(16).toString('hex'));
    const ok = (await ctx.hasher.verify(password, user?.passwordHash ?? (await dummyHash))) && user !== null;
    const at = ctx.clock.now();
    if (!ok || !user) {
      recordFailure(ctx.store.loginAttempts, keys, at);
      throw new ApiError(401, 'invalid_credentials', 'Wrong username or password.');
    }
    recordSuccess(ctx.store.loginAttempts, username);
    const secure = cookieIsSecure(request, ctx.secureCookies);
    if (request.session) ctx.store.sessions.delete(request.session.idHash); // no session fixation
    const { csrfToken, expiresAt } = startSession(ctx.store, reply, user.id, at, secure);
    void reply.header('cache-control', 'no-store');
    return sessionBody(user, csrfToken, expiresAt);
  });

  app.get('/api/session', async (request, reply) => {
    const session = requireSession(request);
    void reply.header('cache-control', 'no-store');
    return sessionBody(session.user, session.csrfToken, session.expiresAt);
  });

  app.delete('/api/session', async (request, reply) => {
    const session = requireSession(request);
    endSession(ctx.store, reply, session.idHash, cookieIsSecure(request, ctx.secureCookies));
    return reply.code(204).send();
  });
}
