import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feature, IN_A, IN_B, login, OFFICE_A, OUTSIDE_ALL, startTestServer } from './helpers.ts';
import type { Session, TestServer } from './helpers.ts';

let t: TestServer;
let alice: Session;
beforeEach(async () => {
  t = await startTestServer();
  alice = await login(t.app, 'alice');
});
afterEach(async () => t.close());

const newStationBody = (coordinates = [116.455, 39.885]) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties: {
    name: '双井暖新驿站',
    kind: 'rest_station',
    amenities: ['phone_charging', 'hot_water'],
    opening_hours: 'Mo-Fr 08:30-17:30',
    address: '朝阳区广渠路1号',
    host_type: 'community_building',
  },
});

describe('GET /api/stations', () => {
  it('sends the published collection with a strong ETag, CDN cache headers and 304 on If-None-Match', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stations' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/geo+json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600');
    const etag = String(res.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/); // strong: no W/
    expect(res.json().features.map((f: { id: string }) => f.id)).toEqual(['a1', 'b1']);

    const again = await t.app.inject({ method: 'GET', url: '/api/stations', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);

    await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: alice.headers });
    const changed = await t.app.inject({ method: 'GET', url: '/api/stations', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json().features.map((f: { id: string }) => f.id)).toEqual(['b1']);
  });

  it('?since returns only changes and tombstones after that version', async () => {
    const start = Number((await t.app.inject({ method: 'GET', url: '/api/stations' })).headers['x-data-version']);
    const created = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: newStationBody() });
    const id = created.json().id as string;
    await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: alice.headers });

    const res = await t.app.inject({ method: 'GET', url: `/api/stations?since=${start}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.version).toBe(start + 2);
    expect(body.changed.map((f: { id: string }) => f.id)).toEqual([id]);
    expect(body.deleted).toEqual([{ id: 'a1', version: 2 }]);

    const none = (await t.app.inject({ method: 'GET', url: `/api/stations?since=${body.version}` })).json();
    expect(none).toEqual({ version: body.version, changed: [], deleted: [] });
    expect((await t.app.inject({ method: 'GET', url: '/api/stations?since=abc' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/stations?since=999999' })).json().error.code).toBe('resync');
  });

  it('GET /api/stations/:id gives the station with its version as ETag; deleted and unknown ids are 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stations/a1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"1"');
    expect(res.json().properties.version).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/stations/nope' })).statusCode).toBe(404);
  });
});

describe('creating and editing', () => {
  it('creates a station inside the office, with server-set id, office, version and time', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: newStationBody() });
    expect(res.statusCode).toBe(201);
    const station = res.json();
    expect(station.id).toMatch(/^st-[a-z2-9]{12}$/);
    expect(res.headers.location).toBe(`/api/stations/${station.id}`);
    expect(station.properties).toMatchObject({ office_code: OFFICE_A, version: 1, status: 'operational', updated_at: t.clock.now().toISOString(), verified_at: null });
  });

  it('refuses a point in another office or outside every office, and reports invalid fields precisely', async () => {
    const other = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: newStationBody(IN_B) });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('outside_jurisdiction');
    const nowhere = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: newStationBody(OUTSIDE_ALL) });
    expect(nowhere.json().error.code).toBe('outside_all_jurisdictions');
    const swapped = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: newStationBody([39.885, 116.455]) });
    expect(swapped.statusCode).toBe(422);
    const bad = newStationBody();
    (bad.properties as Record<string, unknown>).amenities = ['teleporter'];
    (bad.properties as Record<string, unknown>).colour = 'red';
    const res = await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: bad });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details.map((d: { field: string }) => d.field).sort()).toEqual(['properties.amenities[0]', 'properties.colour']);
  });

  it('PATCH needs If-Match; a stale version gets 409 with the current station', async () => {
    const patch = { properties: { opening_hours: 'Mo-Su 07:00-22:00' } };
    const missing = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: alice.headers, payload: patch });
    expect(missing.statusCode).toBe(428);

    const ok = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...alice.headers, 'if-match': '"1"' }, payload: patch });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    expect(ok.json().properties).toMatchObject({ opening_hours: 'Mo-Su 07:00-22:00', version: 2 });

    const stale = await t.app.inject({
      method: 'PATCH',
      url: '/api/stations/a1',
      headers: { ...alice.headers, 'if-match': '"1"' },
      payload: { properties: { name: '我的改名' } },
    });
    expect(stale.statusCode).toBe(409);
    const error = stale.json().error;
    expect(error.code).toBe('version_conflict');
    expect(error.details.currentVersion).toBe(2);
    expect(error.details.current).toMatchObject({ id: 'a1', properties: { opening_hours: 'Mo-Su 07:00-22:00', version: 2 } });
    expect((await t.app.inject({ method: 'GET', url: '/api/stations/a1' })).json().properties.name).toBe('双井·二十二院街小哥加油站');
  });

  it('PATCH null removes an optional field, keeps null for nullable ones, and may move within the office only', async () => {
    const h = { ...alice.headers, 'if-match': '1' };
    const res = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: h, payload: { properties: { name_en: 'Test', verified_at: null } } });
    expect(res.json().properties.name_en).toBe('Test');
    const removed = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...h, 'if-match': '2' }, payload: { properties: { name_en: null } } });
    expect(removed.json().properties).not.toHaveProperty('name_en');
    const moveOut = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...h, 'if-match': '3' }, payload: { geometry: { type: 'Point', coordinates: IN_B } } });
    expect(moveOut.statusCode).toBe(403);
    const move = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...h, 'if-match': '3' }, payload: { geometry: { type: 'Point', coordinates: [116.45, 39.9] } } });
    expect(move.json().geometry.coordinates).toEqual([116.45, 39.9]);
  });

  it('an admin moving a station across offices hands it to the new office', async () => {
    const root = await login(t.app, 'root');
    const res = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...root.headers, 'if-match': '1' }, payload: { geometry: { type: 'Point', coordinates: IN_B } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().properties.office_code).toBe('110105023');
  });

  it('boundary rule: a point on the shared edge belongs to the lower office code', async () => {
    const onEdge = [116.475, 39.89];
    expect((await t.app.inject({ method: 'POST', url: '/api/stations', headers: alice.headers, payload: newStationBody(onEdge) })).statusCode).toBe(201);
    const bob = await login(t.app, 'bob');
    expect((await t.app.inject({ method: 'POST', url: '/api/stations', headers: bob.headers, payload: newStationBody(onEdge) })).statusCode).toBe(403);
  });

  it('DELETE leaves a tombstone (If-Match optional but checked)', async () => {
    const stale = await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: { ...alice.headers, 'if-match': '"7"' } });
    expect(stale.statusCode).toBe(409);
    const res = await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: alice.headers });
    expect(res.json()).toEqual({ id: 'a1', version: 2, deleted: true });
    expect(t.store.stations.get('a1')).toMatchObject({ deleted: true, version: 2 });
    expect((await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: alice.headers })).statusCode).toBe(404);
  });
});

describe('history and revert', () => {
  it('keeps every version with who, when and what changed; revert writes a new version', async () => {
    await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...alice.headers, 'if-match': '1' }, payload: { properties: { opening_hours: 'Mo-Fr 09:00-17:00', amenities: ['toilet'] } } });
    t.clock.advance(60_000);
    await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: alice.headers });

    const history = (await t.app.inject({ method: 'GET', url: '/api/stations/a1/history', headers: { cookie: alice.cookie } })).json();
    expect(history.deleted).toBe(true);
    expect(history.versions.map((v: { version: number; action: string; by: string; changes: string[] }) => [v.version, v.action, v.by, v.changes])).toEqual([
      [3, 'delete', 'alice', ['deleted']],
      [2, 'update', 'alice', ['amenities', 'opening_hours']],
      [1, 'seed', 'seed', []],
    ]);
    expect(history.versions[0].at).toBe(t.clock.now().toISOString());

    const revert = await t.app.inject({ method: 'POST', url: '/api/stations/a1/revert', headers: alice.headers, payload: { version: 1 } });
    expect(revert.statusCode).toBe(200);
    expect(revert.json().properties).toMatchObject({ version: 4, opening_hours: '24/7', amenities: ['ebike_charging', 'drinking_water'] });
    const latest = (await t.app.inject({ method: 'GET', url: '/api/stations/a1/history', headers: { cookie: alice.cookie } })).json().versions[0];
    expect(latest).toMatchObject({ version: 4, action: 'revert', note: 'reverted to version 1', changes: ['amenities', 'opening_hours', 'undeleted'] });
    expect((await t.app.inject({ method: 'GET', url: '/api/stations/a1' })).statusCode).toBe(200);

    const missing = await t.app.inject({ method: 'POST', url: '/api/stations/a1/revert', headers: alice.headers, payload: { version: 99 } });
    expect(missing.json().error.code).toBe('version_not_found');
  });

  it('history needs a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/stations/a1/history' })).statusCode).toBe(401);
  });

  it('keeps the seed feature unchanged apart from version', () => {
    expect(t.store.stations.get('a1')?.station).toEqual({ ...feature('a1', IN_A), properties: { ...feature('a1', IN_A).properties, version: 1 } });
  });
});
