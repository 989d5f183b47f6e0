/**
 * The cross-office matrix: every state-changing route, tried by bob (editor of office B) against
 * alice's office A and its objects. The list of routes comes from the app itself, so adding a
 * route without a case here fails the first test.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATE_CHANGING } from '../../src/server/auth/guard.ts';
import { IN_A, IN_B, login, OFFICE_A, OFFICE_B, PASSWORD, startTestServer } from './helpers.ts';
import type { Session, TestServer } from './helpers.ts';

let t: TestServer;
let alice: Session;
let bob: Session;
let root: Session;

beforeAll(async () => {
  t = await startTestServer();
  alice = await login(t.app, 'alice');
  bob = await login(t.app, 'bob');
  root = await login(t.app, 'root');
});
afterAll(async () => t.close());

const inject = (method: string, url: string, s: Session, payload?: unknown, extra: Record<string, string> = {}) =>
  t.app.inject({ method: method as 'POST', url, headers: { ...s.headers, ...extra }, ...(payload === undefined ? {} : { payload: payload as object }) });

/** Bob touching a1 must look exactly like bob touching a station that does not exist. */
async function sameAsMissing(method: string, path: (id: string) => string, payload?: unknown) {
  const theirs = await inject(method, path('a1'), bob, payload, { 'if-match': '"1"' });
  const missing = await inject(method, path('no-such-station'), bob, payload, { 'if-match': '"1"' });
  expect(theirs.statusCode).toBe(404);
  expect(theirs.body).toBe(missing.body);
  expect(theirs.statusCode).toBe(missing.statusCode);
}

const newStation = (coordinates: number[]) => ({
  geometry: { type: 'Point', coordinates },
  properties: { name: '跨界驿站', kind: 'rest_station', opening_hours: '24/7', address: '某路', host_type: 'street_facility' },
});

/** A rider's report on `stationId`, sent with `s`'s cookie when given (the route is public). */
async function fileReport(stationId: string, s?: Session): Promise<string> {
  const id = randomUUID();
  const payload = { id, station_id: stationId, kind: 'charger_broken', note: '充电口没电', created_at: '2026-03-02T01:59:00.000Z' };
  const res = await t.app.inject({ method: 'POST', url: '/api/reports', payload, headers: s ? { cookie: s.cookie } : {} });
  expect(res.statusCode).toBe(201);
  return id;
}

/** One case per state-changing route: `METHOD /url` as Fastify registered it. */
const CASES: Record<string, () => Promise<void>> = {
  'POST /api/session': async () => {
    // Bob's password does not open alice's account (there is no shared secret per office).
    const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'alice', password: `${PASSWORD}!` } });
    expect(res.statusCode).toBe(401);
  },
  'DELETE /api/session': async () => {
    const extra = await login(t.app, 'bob');
    expect((await inject('DELETE', '/api/session', extra)).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: alice.cookie } })).statusCode).toBe(200);
  },
  'POST /api/stations': async () => {
    const res = await inject('POST', '/api/stations', bob, newStation(IN_A));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('outside_jurisdiction');
  },
  'PATCH /api/stations/:id': async () => {
    await sameAsMissing('PATCH', (id) => `/api/stations/${id}`, { properties: { name: '被改了' } });
    // Nor may bob pull a1 into his office by moving it.
    await sameAsMissing('PATCH', (id) => `/api/stations/${id}`, { geometry: { type: 'Point', coordinates: IN_B } });
  },
  'DELETE /api/stations/:id': async () => sameAsMissing('DELETE', (id) => `/api/stations/${id}`),
  'POST /api/stations/:id/revert': async () => sameAsMissing('POST', (id) => `/api/stations/${id}/revert`, { version: 1 }),
  'POST /api/imports': async () => {
    const sheet = [
      '编号,站点名称,详细地址,经度,纬度,开放时间,服务设施,承办方式',
      `,界外新站,某路,${IN_A[0]},${IN_A[1]},24小时,饮水,街面设施`,
      `a1,抢来的站,某路,${IN_B[0]},${IN_B[1]},24小时,饮水,街面设施`,
    ].join('\n');
    const p = (await inject('POST', '/api/imports', bob, { format: 'csv', crs: 'wgs84', content: sheet })).json();
    expect(p.rejected.map((r: { row: number; reasons: { code: string }[] }) => [r.row, r.reasons[0]?.code])).toEqual([
      [1, 'outside_jurisdiction'],
      [2, 'unknown_station_id'],
    ]);
    expect((await inject('POST', `/api/imports/${p.id}/commit`, bob, {})).json().added).toEqual([]);
  },
  'POST /api/imports/:id/commit': async () => {
    const sheet = `站点名称,详细地址,经度,纬度,开放时间,服务设施,承办方式\n甲站,某路,${IN_A[0]},${IN_A[1] + 0.001},24小时,饮水,街面设施\n`;
    const p = (await inject('POST', '/api/imports', alice, { format: 'csv', crs: 'wgs84', content: sheet })).json();
    const theirs = await inject('POST', `/api/imports/${p.id}/commit`, bob, {});
    const missing = await inject('POST', '/api/imports/no-such-import/commit', bob, {});
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(missing.body);
  },
  'POST /api/reports': async () => {
    // Public: a report is filed under the office of the station, whoever sends it.
    const fromBob = await fileReport('a1', bob);
    const anonymous = await fileReport('a1');
    const onB = await fileReport('b1', bob);
    expect([fromBob, anonymous, onB].map((id) => t.store.reports.get(id)?.report.office_code)).toEqual([OFFICE_A, OFFICE_A, OFFICE_B]);
  },
  'PATCH /api/reports/:id': async () => {
    const id = await fileReport('a1');
    const before = t.store.reports.get(id);
    const body = { status: 'dismissed', reply: '不是我们的问题' };
    const theirs = await inject('PATCH', `/api/reports/${id}`, bob, body, { 'if-match': '"1"' });
    const missing = await inject('PATCH', `/api/reports/${randomUUID()}`, bob, body, { 'if-match': '"1"' });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(missing.body);
    // Without If-Match too: bob learns nothing from a 428 either.
    expect((await inject('PATCH', `/api/reports/${id}`, bob, body)).body).toBe(missing.body);
    expect(t.store.reports.get(id)).toEqual(before);
    // Nor does the report show in bob's list, even when he asks for office A.
    const listed = await inject('GET', `/api/reports?status=all&office=${OFFICE_A}`, bob);
    expect(listed.json().reports).toEqual([]);
  },
};

describe('cross-office matrix', () => {
  it('has a case for every state-changing route the app registers', () => {
    const routes = t.app.routeList.filter((r) => STATE_CHANGING.has(r.method)).map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [route, run] of Object.entries(CASES)) {
    it(`${route}: bob (office B) cannot touch office A or its stations`, async () => {
      const before = t.store.stations.dataVersion();
      await run();
      const a1 = t.store.stations.get('a1');
      expect(a1).toMatchObject({ version: 1, deleted: false, officeCode: '110105016' });
      if (route !== 'POST /api/imports/:id/commit') expect(t.store.stations.dataVersion()).toBe(before);
    });
  }

  it('history of another office\'s station reads like a missing one', async () => {
    await sameAsMissing('GET', (id) => `/api/stations/${id}/history`);
  });

  it('an admin may act across offices (control)', async () => {
    const res = await inject('PATCH', '/api/stations/a1', root, { properties: { phone: '010-11112222' } }, { 'if-match': '"1"' });
    expect(res.statusCode).toBe(200);
    expect((await inject('GET', '/api/stations/b1/history', root)).statusCode).toBe(200);
  });
});
