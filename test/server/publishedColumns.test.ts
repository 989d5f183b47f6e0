/**
 * /data/stations.columns.json: the published stations as columns (src/core/stationColumns.ts),
 * built from the database like /data/stations.geojson, with the same caching, 304s and
 * compression, and decoding to the same stations as GET /api/stations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeStationColumns } from '../../src/core/stationColumns.ts';
import { validateStationCollection } from '../../src/core/validate.ts';
import { buildApp } from '../../src/server/app.ts';
import { login, startTestServer } from './helpers.ts';
import type { Session, TestServer } from './helpers.ts';

const COLUMNS = '/data/stations.columns.json';

let t: TestServer;
let dist: string;
let app: FastifyInstance;
let alice: Session;
beforeEach(async () => {
  t = await startTestServer();
  dist = mkdtempSync(join(tmpdir(), 'dist-columns-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>rider</title>');
  app = await buildApp({ db: t.store, clock: t.clock, hasher: t.hasher, staticDir: dist });
  alice = await login(app, 'alice');
});
afterEach(async () => {
  await app.close();
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

/** The columns answer decoded and passed through the one validator, as the rider app does. */
function stationsIn(res: LightMyRequestResponse, body: string = res.body) {
  const decoded = decodeStationColumns(JSON.parse(body));
  if (!decoded.ok) throw new Error(decoded.reason);
  const { stations, problems } = validateStationCollection(decoded.collection);
  expect(problems).toEqual([]);
  return stations;
}

describe('GET /data/stations.columns.json', () => {
  it('sends the columns with a strong ETag, X-Data-Version and the published caching; 304 on If-None-Match', async () => {
    const res = await app.inject({ method: 'GET', url: COLUMNS });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
    expect(res.headers.vary).toBe('Accept-Encoding');
    expect(res.headers['x-data-version']).toBe(String(t.store.stations.dataVersion()));
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(res.json()).toMatchObject({ type: 'StationColumns', version: 1, count: 2, id: ['a1', 'b1'] });

    const again = await app.inject({ method: 'GET', url: COLUMNS, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['x-data-version']).toBe(res.headers['x-data-version']);

    // The GeoJSON's ETag names other bytes: it must not turn the columns into a 304.
    const geojsonEtag = String((await app.inject({ method: 'GET', url: '/data/stations.geojson' })).headers.etag);
    expect(geojsonEtag).not.toBe(etag);
    expect((await app.inject({ method: 'GET', url: COLUMNS, headers: { 'if-none-match': geojsonEtag } })).statusCode).toBe(200);
  });

  it('decodes to the same stations as GET /api/stations', async () => {
    const api = await app.inject({ method: 'GET', url: '/api/stations' });
    const fromApi = validateStationCollection(api.json()).stations;
    expect(fromApi.map((s) => s.id)).toEqual(['a1', 'b1']);
    expect(stationsIn(await app.inject({ method: 'GET', url: COLUMNS }))).toEqual(fromApi);
  });

  it('sends brotli or gzip when asked, the same bytes underneath; 304 for the ETag of any coding', async () => {
    const plain = await app.inject({ method: 'GET', url: COLUMNS });
    const br = await app.inject({ method: 'GET', url: COLUMNS, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    const gz = await app.inject({ method: 'GET', url: COLUMNS, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);

    const brEtag = String(br.headers.etag);
    expect(brEtag).not.toBe(plain.headers.etag);
    const revalidated = await app.inject({ method: 'GET', url: COLUMNS, headers: { 'accept-encoding': 'br', 'if-none-match': brEtag } });
    expect(revalidated.statusCode).toBe(304);
  });

  it('changes after an edit: new ETag and data version, and the edit is in the columns', async () => {
    const before = await app.inject({ method: 'GET', url: COLUMNS });
    const etag = String(before.headers.etag);

    const patched = await app.inject({
      method: 'PATCH',
      url: '/api/stations/a1',
      headers: { ...alice.headers, 'if-match': '"1"' },
      payload: { properties: { status: 'temporarily_closed', closure: { reason: '内部装修' } } },
    });
    expect(patched.statusCode).toBe(200);

    const after = await app.inject({ method: 'GET', url: COLUMNS, headers: { 'if-none-match': etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(Number(after.headers['x-data-version'])).toBeGreaterThan(Number(before.headers['x-data-version']));
    const a1 = stationsIn(after).find((s) => s.id === 'a1');
    expect(a1?.properties).toMatchObject({ status: 'temporarily_closed', closure: { reason: '内部装修' }, version: 2 });
    expect(stationsIn(after)).toEqual(validateStationCollection((await app.inject({ method: 'GET', url: '/api/stations' })).json()).stations);
  });
});
