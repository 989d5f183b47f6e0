/**
 * The REAL API server for the console's browser tests: `buildApp` over a temporary SQLite file,
 * seeded from data/ like a first start, serving (a copy of) dist/ on a loopback port. It can be stopped and
 * started again on the same port over the same file (the offline tests), and it speaks to the
 * API from Node so a test can check what the server holds.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Station } from '../../src/core/station.ts';
import { buildApp } from '../../src/server/app.ts';
import { OWASP_SCRYPT, scryptHasher } from '../../src/server/auth/password.ts';
import { databaseFile, openSqliteStore } from '../../src/server/db/sqliteStore.ts';
import type { Role, Store } from '../../src/server/repository.ts';
import { DEFAULT_SEED_FILES, seedIfEmpty } from '../../src/server/seed.ts';
import { launchRider, type LaunchOptions, type RiderBrowser } from './launch.ts';

/** The build under test: dist/, or another build folder named by BROWSER_TEST_DIST. */
export const DIST_DIR = process.env.BROWSER_TEST_DIST ? resolve(process.env.BROWSER_TEST_DIST) : resolve(import.meta.dirname, '../../dist');
export const PASSWORD = 'correct horse battery staple';
/** 双井街道 and its neighbour 劲松街道 (data/offices.geojson). */
export const SHUANGJING_OFFICE = '110105016';
export const JINSONG_OFFICE = '110105017';

export const USERS: { username: string; role: Role; officeCode: string | null }[] = [
  { username: 'sj-editor', role: 'editor', officeCode: SHUANGJING_OFFICE },
  { username: 'sj-colleague', role: 'editor', officeCode: SHUANGJING_OFFICE },
  { username: 'js-editor', role: 'editor', officeCode: JINSONG_OFFICE },
  { username: 'district-admin', role: 'admin', officeCode: null },
];

/** scrypt at a test cost: the stored hash carries its parameters, so the server verifies it as is. */
const hasher = scryptHasher({ ...OWASP_SCRYPT, N: 2 ** 10 });

export interface ConsoleServer {
  readonly port: number;
  readonly dataDir: string;
  url(path?: string): string;
  /** Stops listening and closes the database (like a crash or a deploy). */
  stop(): Promise<void>;
  /** Starts again on the same port over the same database file. */
  start(): Promise<void>;
  /** Stops and deletes the temporary folder. */
  close(): Promise<void>;
  /** The open store, for checks the API does not expose; null while stopped. */
  readonly store: Store | null;
}

/**
 * A private copy of dist/: other sessions rebuild the shared dist/ while tests run, and a build
 * empties it first. Waits (up to a minute) for a build in progress to finish.
 */
async function snapshotDist(into: string): Promise<string> {
  const index = join(DIST_DIR, 'index.html');
  const copy = join(into, 'dist');
  for (let waited = 0; ; waited += 1000) {
    if (waited > 90_000) throw new Error(`could not copy a complete ${DIST_DIR}: run \`npm run build\` first`);
    if (existsSync(index)) {
      try {
        rmSync(copy, { recursive: true, force: true });
        cpSync(DIST_DIR, copy, { recursive: true });
        if (existsSync(join(copy, 'index.html'))) return copy;
      } catch {
        // A file vanished mid-copy: a build is rewriting dist/. Try again shortly.
      }
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export async function startConsoleServer(): Promise<ConsoleServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'console-server-'));
  const staticDir = await snapshotDist(dataDir);
  let store: Store | null = openSqliteStore(databaseFile(dataDir));
  seedIfEmpty(store, DEFAULT_SEED_FILES, new Date());
  const at = new Date();
  for (const u of USERS) store.users.add({ ...u, passwordHash: await hasher.hash(PASSWORD), at });
  store.close();
  store = null;

  let app: FastifyInstance | null = null;
  let port = 0;
  const start = async () => {
    store = openSqliteStore(databaseFile(dataDir));
    app = await buildApp({ db: store, staticDir, hasher });
    await app.listen({ host: '127.0.0.1', port });
    const address = app.server.address();
    if (typeof address === 'object' && address) port = address.port;
  };
  const stop = async () => {
    await app?.close();
    app = null;
    store?.close();
    store = null;
  };
  await start();
  return {
    get port() {
      return port;
    },
    dataDir,
    url: (path = '/') => `http://127.0.0.1:${port}${path}`,
    start,
    stop,
    async close() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    get store() {
      return store;
    },
  };
}

/** A logged-in API client from Node, for setting up and checking what the server holds. */
export interface ApiSession {
  get<T = unknown>(path: string): Promise<{ status: number; body: T; etag: string | null }>;
  send<T = unknown>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
}

export async function apiSession(server: ConsoleServer, username: string, password = PASSWORD): Promise<ApiSession> {
  const login = await fetch(server.url('/api/session'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async get(path) {
      const res = await fetch(server.url(path), { headers: { cookie, 'cache-control': 'no-cache' } });
      return { status: res.status, body: await res.json(), etag: res.headers.get('etag') };
    },
    async send(method, path, body, headers = {}) {
      const res = await fetch(server.url(path), {
        method,
        headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: await res.json().catch(() => null) };
    },
  };
}

/** The published stations as riders get them. */
export async function publishedStations(server: ConsoleServer): Promise<Station[]> {
  const res = await fetch(server.url('/api/stations'), { headers: { 'cache-control': 'no-cache' } });
  return ((await res.json()) as { features: Station[] }).features;
}

/** Opens the console and logs in through its form; waits until the stations are shown. */
export async function loginToConsole(page: Page, server: ConsoleServer, username: string, path = '/console'): Promise<void> {
  await page.goto(server.url(path));
  await page.getByLabel(/用户名|Username/).fill(username);
  await page.getByLabel(/^(密码|Password)$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^(登录|Log in)$/ }).click();
  await page.waitForSelector('[data-testid="console-ready"]', { timeout: 30_000 });
}

/** Waits for the console map to draw (it needs WebGL; headless Chromium uses SwiftShader). */
export async function waitForConsoleMap(page: Page, timeoutMs = 30_000): Promise<void> {
  await page.waitForSelector('[data-testid="console-map"][data-map-state="ready"]', { timeout: timeoutMs });
}

export interface ConsoleSuite {
  readonly server: ConsoleServer;
  /** Launches Chromium for this test (a wide office-PC window unless told); closed after it. */
  launch(options?: LaunchOptions): Promise<RiderBrowser>;
}

/**
 * Call once at the top of a console test file: one real server (fresh database) for the file,
 * one browser per test, closed after it; a test fails if its page threw anything uncaught.
 */
export function useConsoleSuite(): ConsoleSuite {
  let server: ConsoleServer | null = null;
  const open: RiderBrowser[] = [];
  beforeAll(async () => {
    server = await startConsoleServer();
  });
  afterAll(async () => {
    await server?.close();
  });
  afterEach(async (context) => {
    const browsers = open.splice(0);
    if (context.task.result?.state === 'fail') {
      // What the page showed when the test failed, to look at afterwards.
      const dir = join(tmpdir(), 'console-test-failures');
      mkdirSync(dir, { recursive: true });
      for (const [i, b] of browsers.entries()) {
        const file = join(dir, `${context.task.name.replace(/[^\w-]+/g, '_').slice(0, 80)}-${i}.png`);
        await b.page.screenshot({ path: file, fullPage: true }).then(() => console.warn(`failure screenshot: ${file}`), () => undefined);
      }
    }
    const errors = browsers.flatMap((b) => b.pageErrors);
    await Promise.all(browsers.map((b) => b.close()));
    // A test that failed while the server was stopped must not fail the next ones with it.
    if (server && server.store === null) await server.start();
    if (errors.length > 0) throw new Error(`uncaught error(s) in the page:\n${errors.map((e) => `  - ${e.stack ?? e.message}`).join('\n')}`);
  });
  return {
    get server(): ConsoleServer {
      if (!server) throw new Error('the server starts in beforeAll; use it inside a test');
      return server;
    },
    async launch(options: LaunchOptions = {}): Promise<RiderBrowser> {
      const browser = await launchRider({ viewport: OFFICE_VIEWPORT, ...options });
      open.push(browser);
      return browser;
    },
  };
}

/** An office PC's browser window. */
export const OFFICE_VIEWPORT = { width: 1366, height: 900 };

type MapBridge = {
  project(lngLat: [number, number]): { x: number; y: number } | null;
  unproject(x: number, y: number): [number, number] | null;
  pinPosition(): { x: number; y: number } | null;
  jumpTo(lngLat: [number, number], zoom?: number): void;
};

/** Centres the console map on a place (no animation) and gives that place's page pixel. */
export async function mapPixel(page: Page, lngLat: [number, number], zoom?: number): Promise<{ x: number; y: number }> {
  await page.locator('[data-testid="console-map"]').scrollIntoViewIfNeeded();
  if (zoom !== undefined) {
    await page.evaluate(
      ([p, z]) => (document.querySelector('[data-testid="console-map"]') as unknown as { __consoleMap: MapBridge }).__consoleMap.jumpTo(p, z),
      [lngLat, zoom] as const,
    );
    await page.waitForTimeout(300);
  }
  const point = await page.evaluate(
    (p) => (document.querySelector('[data-testid="console-map"]') as unknown as { __consoleMap: MapBridge }).__consoleMap.project(p),
    lngLat,
  );
  if (!point) throw new Error('the console map is not ready');
  return point;
}

/** The page pixel of the edit pin's tip. */
export async function pinPixel(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => (document.querySelector('[data-testid="console-map"]') as unknown as { __consoleMap: MapBridge }).__consoleMap.pinPosition());
}

/** The WGS-84 place under a page pixel of the console map. */
export async function mapLngLat(page: Page, point: { x: number; y: number }): Promise<[number, number]> {
  const lngLat = await page.evaluate(
    ({ x, y }) => (document.querySelector('[data-testid="console-map"]') as unknown as { __consoleMap: MapBridge }).__consoleMap.unproject(x, y),
    point,
  );
  if (!lngLat) throw new Error('the console map is not ready');
  return lngLat;
}
