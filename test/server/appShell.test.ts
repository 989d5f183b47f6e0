import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { databaseFile, openSqliteStore } from '../../src/server/db/sqliteStore.ts';
import { loadMigrations, migrate } from '../../src/server/db/migrate.ts';
import { openDatabase } from '../../src/server/db/open.ts';
import { seedIfEmpty } from '../../src/server/seed.ts';
import { feature, FIXTURE_OFFICES, IN_A, startTestServer } from './helpers.ts';
import type { TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => t.close());

describe('GET /api/offices and /api/openapi.json', () => {
  it('lists the jurisdiction polygons with an ETag', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/offices' });
    expect(res.json().features.map((f: { id: string; properties: { name: string } }) => [f.id, f.properties.name])).toEqual([
      ['110105016', '双井街道'],
      ['110105023', '将台地区'],
    ]);
    expect((await t.app.inject({ method: 'GET', url: '/api/offices', headers: { 'if-none-match': String(res.headers.etag) } })).statusCode).toBe(304);
  });

  it('describes every /api route in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\.0\./);
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
      Object.keys(ops).filter((k) => k !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`),
    );
    const served = t.app.routeList
      .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(served)].sort()).toEqual(documented.sort());
  });
});

describe('database', () => {
  it('opens with WAL, synchronous=FULL, foreign keys and a busy timeout, at the latest schema version', () => {
    const db = new Database(join(t.dir, 'stations.sqlite'), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const versions = db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
      expect(versions).toEqual(loadMigrations().map((m) => m.version));
    } finally {
      db.close();
    }
    const own = openDatabase(join(t.dir, 'stations.sqlite'));
    try {
      expect(own.pragma('synchronous', { simple: true })).toBe(2); // FULL
      expect(own.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(own.pragma('busy_timeout', { simple: true })).toBe(5000);
      expect(migrate(own)).toEqual([]); // already at the latest version
    } finally {
      own.close();
    }
  });

  it('refuses a station whose office does not exist (foreign keys on)', () => {
    expect(() => t.store.stations.write(feature('x1', IN_A, { office_code: '110105999' }), false, { action: 'create', by: 't', at: new Date(), summary: [] })).toThrow(/FOREIGN KEY/);
  });

  it('seeds an empty database once from the data files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'seed-'));
    try {
      writeFileSync(join(dir, 'offices.geojson'), JSON.stringify({ type: 'FeatureCollection', features: FIXTURE_OFFICES }));
      const bad = { ...feature('bad', [39.89, 116.46]) };
      writeFileSync(join(dir, 'stations.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [feature('s1', IN_A), bad] }));
      const files = { officesFile: join(dir, 'offices.geojson'), stationsFile: join(dir, 'stations.geojson') };
      const store = openSqliteStore(databaseFile(dir));
      const first = seedIfEmpty(store, files, new Date());
      expect(first).toMatchObject({ offices: 2, stations: 1 });
      expect(first.problems[0]).toContain('look like [lat, lng]');
      expect(seedIfEmpty(store, files, new Date())).toEqual({ offices: 0, stations: 0, problems: [] });
      store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('serving the built app', () => {
  it('serves dist, live /data/stations.geojson from the database, and index.html for client routes', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    mkdirSync(join(dist, 'assets'));
    mkdirSync(join(dist, 'data'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>rider</title>');
    writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dist, 'data', 'stations.geojson'), '{"stale":true}');
    writeFileSync(join(dist, 'data', 'hubs.geojson'), '{"type":"FeatureCollection","features":[]}');
    const app = await buildApp({ db: t.store, clock: t.clock, staticDir: dist });
    try {
      const stations = await app.inject({ method: 'GET', url: '/data/stations.geojson' });
      expect(stations.json().features.map((f: { id: string }) => f.id)).toEqual(['a1', 'b1']);
      expect(stations.headers.etag).toBe((await app.inject({ method: 'GET', url: '/api/stations' })).headers.etag);
      expect((await app.inject({ method: 'GET', url: '/data/hubs.geojson' })).json()).toEqual({ type: 'FeatureCollection', features: [] });
      expect((await app.inject({ method: 'GET', url: '/assets/app-1234.js' })).headers['cache-control']).toContain('immutable');
      const page = await app.inject({ method: 'GET', url: '/console/stations' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>rider</title>');
      const api = await app.inject({ method: 'GET', url: '/api/nope' });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('not_found');
      expect((await app.inject({ method: 'GET', url: '/missing.png' })).statusCode).toBe(404);
    } finally {
      await app.close();
      rmSync(dist, { recursive: true, force: true });
    }
  });
});

describe('compression of the published collection', () => {
  it('sends brotli or gzip when accepted, each with its own strong ETag, and 304 across codings', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const plain = await t.app.inject({ method: 'GET', url: '/api/stations' });
    const br = await t.app.inject({ method: 'GET', url: '/api/stations', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gz = await t.app.inject({ method: 'GET', url: '/api/stations', headers: { 'accept-encoding': 'gzip' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size).toBe(3);
    const revalidate = await t.app.inject({ method: 'GET', url: '/api/stations', headers: { 'accept-encoding': 'br', 'if-none-match': String(gz.headers.etag) } });
    expect(revalidate.statusCode).toBe(304);
  });
});
