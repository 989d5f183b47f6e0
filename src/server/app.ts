/**
 * The server as a function: `buildApp({ db, clock })` returns a Fastify instance that tests drive
 * with `inject()` and `main.ts` makes listen. Nothing here reads the environment or exits.
 */
import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { installAuthGuard } from './auth/guard.ts';
import { scryptHasher } from './auth/password.ts';
import type { PasswordHasher } from './auth/password.ts';
import { installJsonParser } from './bodyParser.ts';
import { systemClock } from './context.ts';
import type { AppContext, Clock } from './context.ts';
import { installErrorHandlers, installNotFound } from './errors.ts';
import { installIdempotency } from './idempotency.ts';
import { jurisdictions } from './jurisdiction.ts';
import { BODY_LIMIT_BYTES } from './limits.ts';
import { publishedCache } from './published.ts';
import type { Store } from './repository.ts';
import { registerRoutes } from './routes/index.ts';
import { installStatic } from './static.ts';

export interface BuildAppOptions {
  /** The storage, e.g. `openSqliteStore(file)`. */
  db: Store;
  clock?: Clock;
  /** Fastify's logger option (pino); off by default, which suits tests. */
  logger?: FastifyServerOptions['logger'];
  /** Folder of the built web app (dist/); without it only the API is served. */
  staticDir?: string;
  /** Always issue Secure `__Host-` cookies, e.g. behind a TLS-terminating proxy. */
  secureCookies?: boolean;
  /** Password hasher; tests pass a cheap one, the default is scrypt at OWASP cost. */
  hasher?: PasswordHasher;
  /** Trust X-Forwarded-* from a proxy in front (for the client address and https). */
  trustProxy?: boolean;
}

export { BODY_LIMIT_BYTES, IMPORT_BODY_LIMIT_BYTES } from './limits.ts';

export interface RouteInfo {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered, as seen by the onRoute hook (tests build their matrices from it). */
    routeList: RouteInfo[];
  }
}

/**
 * @example
 * const app = await buildApp({ db: openSqliteStore('var/stations.sqlite') });
 * const res = await app.inject({ method: 'GET', url: '/api/stations' });
 */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.trustProxy ?? false,
    // Refuse rather than strip: fastify's own parser is replaced, but keep these on for any other.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  const routeList: RouteInfo[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });

  const store = options.db;
  const ctx: AppContext = {
    store,
    clock: options.clock ?? systemClock,
    hasher: options.hasher ?? scryptHasher(),
    secureCookies: options.secureCookies ?? false,
    jurisdictions: jurisdictions(store.offices),
    published: publishedCache(store.stations),
  };

  installErrorHandlers(app);
  installJsonParser(app);
  await app.register(fastifyCookie);
  installAuthGuard(app, ctx);
  installIdempotency(app, ctx);
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin' });
    return payload;
  });
  registerRoutes(app, ctx);
  if (options.staticDir) await installStatic(app, ctx, options.staticDir);
  else installNotFound(app);
  return app;
}
