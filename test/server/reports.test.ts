/** Rider reports (随手报) through the HTTP API, against the real SQLite file. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officeReportSchema, REPORT_STATUSES, reportStatusSchema } from '../../src/core/report.ts';
import { loadMigrations, migrate } from '../../src/server/db/migrate.ts';
import { openDatabase } from '../../src/server/db/open.ts';
import { sqliteOfficeRepository } from '../../src/server/db/sqliteMisc.ts';
import { sqliteStationRepository } from '../../src/server/db/sqliteStations.ts';
import { openSqliteStore } from '../../src/server/db/sqliteStore.ts';
import { feature, FIXTURE_OFFICES, IN_A, json, login, OFFICE_A, OFFICE_B, startTestServer } from './helpers.ts';
import type { Session, TestServer } from './helpers.ts';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => t.close());

const RIDER = '203.0.113.7';
const submission = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  station_id: 'a1',
  kind: 'charger_broken',
  note: '充电口没电',
  created_at: '2026-03-02T01:59:00.000Z',
  ...overrides,
});
const post = (payload: object, remoteAddress = RIDER, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/reports', payload, remoteAddress, headers });
const status = (ids: string) => t.app.inject({ method: 'GET', url: `/api/reports/status?ids=${ids}` });
const list = (s: Session | null, query = '') => t.app.inject({ method: 'GET', url: `/api/reports${query}`, headers: s ? { cookie: s.cookie } : {} });
const answer = (s: Session, id: string, payload: object, ifMatch: string | null = '"1"') =>
  t.app.inject({ method: 'PATCH', url: `/api/reports/${id}`, payload, headers: { ...s.headers, ...(ifMatch === null ? {} : { 'if-match': ifMatch }) } });
const allRows = () => t.store.reports.list({ statuses: REPORT_STATUSES });

describe('POST /api/reports (public)', () => {
  it('stores a new report under the station\'s office and answers 201 with the rider\'s view', async () => {
    const body = submission();
    const res = await post(body);
    expect(res.statusCode).toBe(201);
    expect(reportStatusSchema.parse(res.json().report)).toEqual({
      id: body.id, station_id: 'a1', status: 'open', reply: null, received_at: '2026-03-02T02:00:00.000Z', answered_at: null,
    });
    expect(t.store.reports.get(body.id)?.report).toEqual({
      id: body.id, station_id: 'a1', station_name: '双井·二十二院街小哥加油站', office_code: OFFICE_A, kind: 'charger_broken',
      note: '充电口没电', suggested_position: null, created_at: body.created_at, received_at: '2026-03-02T02:00:00.000Z',
      status: 'open', reply: null, answered_at: null, answered_by: null, revision: 1,
    });
  });

  it('keeps a suggested position of a wrong_location report', async () => {
    const body = submission({ kind: 'wrong_location', note: '', suggested_position: [116.4612, 39.8903] });
    expect((await post(body)).statusCode).toBe(201);
    expect(t.store.reports.get(body.id)?.report.suggested_position).toEqual([116.4612, 39.8903]);
  });

  it('answers a repeat of the same submission with the stored report, once (200, Idempotent-Replayed)', async () => {
    const body = submission();
    const first = await post(body);
    t.clock.advance(5 * 60_000);
    // The device's clock is not part of the content: a resend with another created_at is the same report.
    for (const again of [body, { ...body, created_at: '2026-03-02T02:04:00.000Z' }]) {
      const res = await post(again);
      expect(res.statusCode).toBe(200);
      expect(res.headers['idempotent-replayed']).toBe('true');
      expect(res.body).toBe(first.body);
    }
    expect(allRows().map((r) => r.id)).toEqual([body.id]);
  });

  it('refuses the same id with different content (409 report_id_conflict) and keeps the first', async () => {
    const body = submission();
    await post(body);
    for (const changed of [{ note: '其实是门锁了' }, { kind: 'wrong_hours' }, { station_id: 'b1' }]) {
      const res = await post({ ...body, ...changed });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('report_id_conflict');
    }
    expect(t.store.reports.get(body.id)?.report).toMatchObject({ station_id: 'a1', kind: 'charger_broken', note: '充电口没电' });
  });

  it('refuses a report on a station that does not exist or was deleted (404 station_not_found)', async () => {
    const missing = await post(submission({ station_id: 'no-such-station' }));
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('station_not_found');
    const alice = await login(t.app, 'alice');
    const del = await t.app.inject({ method: 'DELETE', url: '/api/stations/a1', headers: { ...alice.headers, 'if-match': '"1"' } });
    expect(del.statusCode).toBe(200);
    const gone = await post(submission());
    expect(gone.statusCode).toBe(404);
    expect(gone.json().error.code).toBe('station_not_found');
    expect(allRows()).toEqual([]);
  });

  it.each([
    ['a malformed id', { id: 'not-a-uuid' }, 'id'],
    ['an unknown field', { priority: 'high' }, 'priority'],
    ['kind "other" without a note', { kind: 'other', note: ' ' }, 'note'],
    ['a suggested position on a charger report', { suggested_position: [116.46, 39.89] }, 'suggested_position'],
    ['a suggested position outside Beijing', { kind: 'wrong_location', suggested_position: [121.47, 31.23] }, 'suggested_position'],
    ['[lat, lng] instead of [lng, lat]', { kind: 'wrong_location', suggested_position: [39.89, 116.46] }, 'suggested_position'],
    ['a note over 500 characters', { note: '坏'.repeat(501) }, 'note'],
  ])('refuses %s (400 invalid_body naming the field)', async (_name, change, field) => {
    const res = await post(submission(change));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_body');
    expect(res.json().error.details.map((d: { field: string }) => d.field)).toContain(field);
    expect(allRows()).toEqual([]);
  });

  it('needs no session or CSRF token, and a session does not change where the report is filed', async () => {
    const bob = await login(t.app, 'bob');
    const body = submission();
    expect((await post(body, RIDER, { cookie: bob.cookie })).statusCode).toBe(201);
    expect(t.store.reports.get(body.id)?.report.office_code).toBe(OFFICE_A);
  });

  it('refuses a body over the report limit (413)', async () => {
    const res = await post({ ...submission(), note: 'x'.repeat(20 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('body_too_large');
  });
});

describe('the hourly limit per address', () => {
  it('refuses the 21st new report within an hour with 429 and Retry-After; replays and other addresses go through', async () => {
    const sent: ReturnType<typeof submission>[] = [];
    for (let i = 0; i < 20; i += 1) {
      const body = submission({ note: `第${i + 1}次` });
      expect((await post(body)).statusCode).toBe(201);
      sent.push(body);
      t.clock.advance(60_000); // one a minute: the first arrived 20 min before the 21st
    }
    const refused = await post(submission());
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('2400');
    expect(refused.json().error).toMatchObject({ code: 'too_many_reports', details: { retryAfterSeconds: 2400 } });

    const replay = await post(sent[3]!);
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect((await post(submission(), '198.51.100.20')).statusCode).toBe(201);

    t.clock.advance(2400 * 1000); // the first report leaves the window
    expect((await post(submission())).statusCode).toBe(201);
    const next = await post(submission());
    expect(next.statusCode).toBe(429);
    expect(next.headers['retry-after']).toBe('60');
    expect(allRows()).toHaveLength(22);
  });

  it('keeps no client address in the database, and drops even its hash after the hour', async () => {
    const first = submission();
    await post(first);
    const keys = () => {
      const db = new Database(join(t.dir, 'stations.sqlite'), { readonly: true });
      try {
        return db.prepare('SELECT id, submitter_key FROM reports ORDER BY rowid').all() as { id: string; submitter_key: string | null }[];
      } finally {
        db.close();
      }
    };
    expect(JSON.stringify(keys())).not.toContain(RIDER);
    expect(keys()[0]?.submitter_key).toMatch(/^[\w-]{43}$/);
    t.clock.advance(61 * 60_000);
    await post(submission());
    expect(keys().map((k) => k.submitter_key === null)).toEqual([true, false]);
  });
});

describe('GET /api/reports/status (public)', () => {
  it('returns the reports that exist, in the order asked, and never from a cache', async () => {
    const [one, two] = [submission(), submission({ station_id: 'b1' })];
    await post(one);
    await post(two);
    const res = await status([two.id, randomUUID(), one.id].join(','));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json().reports.map((r: { id: string; station_id: string; status: string }) => [r.id, r.station_id, r.status])).toEqual([
      [two.id, 'b1', 'open'],
      [one.id, 'a1', 'open'],
    ]);
    expect(Object.keys(res.json().reports[0]).sort()).toEqual(['answered_at', 'id', 'received_at', 'reply', 'station_id', 'status']);
  });

  it.each([
    ['more than 50 ids', () => Array.from({ length: 51 }, () => randomUUID()).join(',')],
    ['an id that is not a UUID', () => `${randomUUID()},a1`],
    ['no ids', () => ''],
  ])('refuses %s (400 invalid_query)', async (_name, ids) => {
    const res = await status(ids());
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('invalid_query');
  });

  it('refuses a request without ids or with other parameters', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/reports/status' })).json().error.code).toBe('invalid_query');
    expect((await t.app.inject({ method: 'GET', url: `/api/reports/status?ids=${randomUUID()}&office=${OFFICE_A}` })).statusCode).toBe(400);
  });
});

describe('GET /api/reports (console)', () => {
  let ids: Record<string, string>;
  beforeEach(async () => {
    ids = {};
    for (const [name, station] of [['a-old', 'a1'], ['b', 'b1'], ['a-answered', 'a1'], ['a-new', 'a1']] as const) {
      const body = submission({ station_id: station, note: name });
      await post(body);
      ids[name] = body.id;
      t.clock.advance(60_000);
    }
    const root = await login(t.app, 'root');
    expect((await answer(root, ids['a-answered']!, { status: 'resolved', reply: '已修好' })).statusCode).toBe(200);
  });
  const notes = (res: Awaited<ReturnType<typeof list>>) => json<{ reports: { note: string }[] }>(res).reports.map((r) => r.note);

  it('needs a session', async () => {
    expect((await list(null)).statusCode).toBe(401);
  });

  it('gives an editor its office\'s unanswered reports, newest first, never from a cache', async () => {
    const res = await list(await login(t.app, 'alice'));
    expect(res.headers['cache-control']).toBe('no-store');
    expect(notes(res)).toEqual(['a-new', 'a-old']);
    for (const r of res.json().reports) officeReportSchema.parse(r);
  });

  it('filters by status', async () => {
    const alice = await login(t.app, 'alice');
    expect(notes(await list(alice, '?status=all'))).toEqual(['a-new', 'a-answered', 'a-old']);
    expect(notes(await list(alice, '?status=resolved'))).toEqual(['a-answered']);
    expect(notes(await list(alice, '?status=dismissed'))).toEqual([]);
    const bad = await list(alice, '?status=closed');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_query');
  });

  it('never shows an editor another office\'s reports, even when asked for them', async () => {
    const bob = await login(t.app, 'bob');
    expect(notes(await list(bob, '?status=all'))).toEqual(['b']);
    expect(notes(await list(bob, `?status=all&office=${OFFICE_A}`))).toEqual([]);
  });

  it('shows an admin every office, or one with office=', async () => {
    const root = await login(t.app, 'root');
    expect(notes(await list(root))).toEqual(['a-new', 'b', 'a-old']);
    expect(notes(await list(root, `?office=${OFFICE_B}`))).toEqual(['b']);
    expect(Object.fromEntries(t.store.reports.unansweredCounts())).toEqual({ a1: 2, b1: 1 });
    expect(Object.fromEntries(t.store.reports.unansweredCounts(OFFICE_B))).toEqual({ b1: 1 });
  });
});

describe('PATCH /api/reports/:id (answer)', () => {
  let id: string;
  let sent: ReturnType<typeof submission>;
  let alice: Session;
  beforeEach(async () => {
    sent = submission();
    await post(sent);
    id = sent.id;
    alice = await login(t.app, 'alice');
    t.clock.advance(3 * 60 * 60_000);
  });

  it('answers with If-Match, bumps the revision and shows the answer to the rider', async () => {
    const res = await answer(alice, id, { status: 'resolved', reply: '  充电桩已经修好了  ' });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(officeReportSchema.parse(res.json().report)).toMatchObject({
      id, status: 'resolved', reply: '充电桩已经修好了', answered_at: '2026-03-02T05:00:00.000Z', answered_by: 'alice', revision: 2,
    });
    const seen = (await status(id)).json().reports[0];
    expect(seen).toEqual({ id, station_id: 'a1', status: 'resolved', reply: '充电桩已经修好了', received_at: '2026-03-02T02:00:00.000Z', answered_at: '2026-03-02T05:00:00.000Z' });
    // The rider's outbox resending the original report now gets the answer back.
    expect((await post(sent)).json().report).toEqual(seen);
  });

  it('stores an empty reply as none', async () => {
    const res = await answer(alice, id, { status: 'acknowledged', reply: '   ' });
    expect(res.json().report).toMatchObject({ status: 'acknowledged', reply: null, revision: 2 });
  });

  it('needs If-Match (428 if_match_required) and leaves the report as it was', async () => {
    const res = await answer(alice, id, { status: 'acknowledged', reply: null }, null);
    expect(res.statusCode).toBe(428);
    expect(res.json().error.code).toBe('if_match_required');
    expect(t.store.reports.get(id)?.report).toMatchObject({ status: 'open', revision: 1 });
  });

  it('refuses a stale revision with 409 and the report as it is now', async () => {
    await answer(alice, id, { status: 'acknowledged', reply: '我们去看看' });
    const stale = await answer(alice, id, { status: 'dismissed', reply: '没有发现问题' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    expect(stale.json().error.details.current).toEqual(t.store.reports.get(id)?.report);
    expect(stale.json().error.details.current).toMatchObject({ status: 'acknowledged', reply: '我们去看看', revision: 2 });
    expect((await answer(alice, id, { status: 'dismissed', reply: '没有发现问题' }, '"2"')).json().report.revision).toBe(3);
  });

  it('refuses a dismissal without a reply, and answers nothing without CSRF or a session', async () => {
    const dismissed = await answer(alice, id, { status: 'dismissed', reply: null });
    expect(dismissed.statusCode).toBe(400);
    expect(dismissed.json().error).toMatchObject({ code: 'invalid_body', details: [{ field: 'reply' }] });
    const noCsrf = await t.app.inject({ method: 'PATCH', url: `/api/reports/${id}`, payload: { status: 'resolved', reply: null }, headers: { cookie: alice.cookie, 'if-match': '"1"' } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf');
    const noSession = await t.app.inject({ method: 'PATCH', url: `/api/reports/${id}`, payload: { status: 'resolved', reply: null }, headers: { 'if-match': '"1"' } });
    expect(noSession.statusCode).toBe(401);
    expect(t.store.reports.get(id)?.report).toMatchObject({ status: 'open', revision: 1 });
  });

  it('answers 404 report_not_found for an unknown id; an admin may answer any office\'s report', async () => {
    const missing = await answer(alice, randomUUID(), { status: 'resolved', reply: null });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('report_not_found');
    const root = await login(t.app, 'root');
    expect((await answer(root, id, { status: 'resolved', reply: null })).json().report.answered_by).toBe('root');
  });
});

describe('migration 002', () => {
  it('adds the reports table to an existing version-1 database, keeping its stations', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reports-migrate-'));
    const file = join(dir, 'stations.sqlite');
    try {
      const old = openDatabase(file);
      expect(migrate(old, loadMigrations().filter((m) => m.version === 1))).toEqual([1]);
      // What a version-1 server wrote: offices and a station.
      sqliteOfficeRepository(old).replaceAll(FIXTURE_OFFICES);
      sqliteStationRepository(old).write(feature('a1', IN_A), false, { action: 'seed', by: 'seed', at: new Date(), summary: [] });
      expect(old.prepare("SELECT name FROM sqlite_master WHERE name = 'reports'").get()).toBeUndefined();
      old.close();

      const store = openSqliteStore(file);
      try {
        expect(store.stations.get('a1')?.version).toBe(1);
        const at = new Date('2026-03-02T02:00:00.000Z');
        const report = (stationId: string) => ({
          submission: { id: randomUUID(), station_id: stationId, kind: 'gone' as const, note: '', created_at: at.toISOString() },
          officeCode: OFFICE_A, stationName: '双井·二十二院街小哥加油站', receivedAt: at, contentHash: 'h', submitterKey: 'k',
        });
        const added = store.reports.add(report('a1'));
        expect(store.reports.list({ officeCode: OFFICE_A, statuses: ['open'] })).toEqual([added.report]);
        // Foreign keys hold: a report must name a station that exists.
        expect(() => store.reports.add(report('nope'))).toThrow(/FOREIGN KEY/);
      } finally {
        store.close();
      }
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all()).toEqual([1, 2]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
