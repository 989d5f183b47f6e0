import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../src/server/app.ts';
import { MAX_JSON_DEPTH } from '../../src/server/bodyParser.ts';
import { login, startTestServer } from './helpers.ts';
import type { Session, TestServer } from './helpers.ts';

let t: TestServer;
let alice: Session;
beforeEach(async () => {
  t = await startTestServer();
  alice = await login(t.app, 'alice');
});
afterEach(async () => t.close());

const patchA1 = (payload: string, extra: Record<string, string> = {}) =>
  t.app.inject({
    method: 'PATCH',
    url: '/api/stations/a1',
    headers: { ...alice.headers, 'if-match': '1', 'content-type': 'application/json', ...extra },
    payload,
  });

describe('body limits and hostile JSON', () => {
  it('refuses a body over the limit with 413', async () => {
    const big = JSON.stringify({ properties: { name: 'x'.repeat(BODY_LIMIT_BYTES) } });
    const res = await patchA1(big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('body_too_large');
  });

  it('refuses JSON nested deeper than the limit', async () => {
    const deep = `${'{"a":'.repeat(MAX_JSON_DEPTH + 1)}1${'}'.repeat(MAX_JSON_DEPTH + 1)}`;
    const res = await patchA1(deep);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('too_deep');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere in the body', async (key) => {
    const res = await patchA1(`{"properties":{"name":"x","${key}":{"isAdmin":true}}}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'forbidden_key', details: { path: `properties.${key}` } });
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses invalid JSON, other media types and unknown top-level fields', async () => {
    expect((await patchA1('{"properties":')).json().error.code).toBe('invalid_json');
    const form = await patchA1('name=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('unsupported_media_type');
    const text = await t.app.inject({ method: 'POST', url: '/api/session', headers: { 'content-type': 'text/plain' }, payload: '{"username":"alice"}' });
    expect(text.statusCode).toBe(415);
    const unknown = await patchA1('{"properties":{},"owner":"bob"}');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([{ field: 'owner', message: 'unknown field' }]);
  });

  it('answers unknown routes with the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'No route GET /api/nothing.', details: null } });
  });
});

describe('Idempotency-Key', () => {
  it('replays the stored response for the same key instead of applying twice', async () => {
    const headers = { ...alice.headers, 'idempotency-key': 'offline-edit-1', 'if-match': '"1"' };
    const payload = { properties: { opening_hours: 'Mo-Su 06:00-23:00' } };
    const first = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers, payload });
    const second = await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers, payload });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe('"2"');
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(t.store.stations.get('a1')?.version).toBe(2);
  });

  it('creates once for a retried POST, and refuses the key for a different request', async () => {
    const headers = { ...alice.headers, 'idempotency-key': 'create-42' };
    const body = (name: string) => ({
      geometry: { type: 'Point', coordinates: [116.45, 39.88] },
      properties: { name, kind: 'rest_station', opening_hours: null, address: '某路2号', host_type: 'company_space' },
    });
    const a = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload: body('离线新建') });
    const b = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload: body('离线新建') });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().id).toBe(a.json().id);
    expect(b.headers.location).toBe(a.headers.location);
    expect(t.store.stations.count()).toBe(3);
    const reused = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload: body('别的') });
    expect(reused.statusCode).toBe(422);
    expect(reused.json().error.code).toBe('idempotency_key_reused');
  });

  it('commits the created station and its idempotency record together: if the record cannot be written, no station is created', async () => {
    const headers = { ...alice.headers, 'idempotency-key': 'create-atomic' };
    const payload = {
      geometry: { type: 'Point', coordinates: [116.45, 39.88] },
      properties: { name: '原子新建', kind: 'rest_station', opening_hours: null, address: '某路4号', host_type: 'company_space' },
    };
    const before = t.store.stations.count();
    const put = t.store.idempotency.put.bind(t.store.idempotency);
    let failNext = true;
    t.store.idempotency.put = (...args) => {
      if (failNext) {
        failNext = false;
        throw new Error('disk full while recording the response');
      }
      return put(...args);
    };
    const failed = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload });
    expect(failed.statusCode).toBe(500);
    expect(t.store.stations.count(), 'the station rolled back with its record').toBe(before);
    // The retry (same key) creates it once, and a further retry is answered from the record.
    const retried = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload });
    const again = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload });
    expect(retried.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(retried.body);
    expect(t.store.stations.count()).toBe(before + 1);
  });

  it('a retried revert adds one version, not two', async () => {
    const edit = await t.app.inject({
      method: 'PATCH',
      url: '/api/stations/a1',
      headers: { ...alice.headers, 'if-match': '"1"' },
      payload: { properties: { phone: '010-12345678' } },
    });
    expect(edit.statusCode).toBe(200);
    const headers = { ...alice.headers, 'if-match': '"2"', 'idempotency-key': 'revert-once' };
    const a = await t.app.inject({ method: 'POST', url: '/api/stations/a1/revert', headers, payload: { version: 1 } });
    const b = await t.app.inject({ method: 'POST', url: '/api/stations/a1/revert', headers, payload: { version: 1 } });
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(b.headers['idempotent-replayed']).toBe('true');
    expect(b.headers.etag).toBe(a.headers.etag);
    expect(t.store.stations.history('a1'), 'versions 1 (seed), 2 (edit), 3 (revert)').toHaveLength(3);
    expect(t.store.stations.get('a1')?.version).toBe(3);
  });

  it('creates once when the same key arrives twice at the same moment', async () => {
    const headers = { ...alice.headers, 'idempotency-key': 'double-fire' };
    const payload = {
      geometry: { type: 'Point', coordinates: [116.45, 39.88] },
      properties: { name: '同时重发', kind: 'rest_station', opening_hours: null, address: '某路3号', host_type: 'company_space' },
    };
    const before = t.store.stations.count();
    const [a, b] = await Promise.all([
      t.app.inject({ method: 'POST', url: '/api/stations', headers, payload }),
      t.app.inject({ method: 'POST', url: '/api/stations', headers, payload }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    // The second either got the stored reply (201, replayed) or was told to retry (409).
    expect(codes[0]).toBe(201);
    expect([201, 409]).toContain(codes[1]);
    expect(t.store.stations.count()).toBe(before + 1);
    const retry = await t.app.inject({ method: 'POST', url: '/api/stations', headers, payload });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('keeps keys per user', async () => {
    const bob = await login(t.app, 'bob');
    const key = { 'idempotency-key': 'same-key' };
    await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: { ...alice.headers, ...key } });
    const res = await t.app.inject({ method: 'DELETE', url: '/api/stations/b1', headers: { ...bob.headers, ...key } });
    expect(res.json()).toEqual({ id: 'b1', version: 2, deleted: true });
  });
});
