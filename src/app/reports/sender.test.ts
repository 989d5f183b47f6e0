import { describe, expect, test } from 'vitest';
import type { ReportSubmission } from '../../core/report.ts';
import { fakeReportServer, manualTimers } from './fakeReportServer.ts';
import type { ReportRecord } from './reportRecord.ts';
import { memoryReportStore } from './reportStore.ts';
import type { ReportStore } from './reportStore.ts';
import { createReportSender, MAX_BACKOFF_MS, SEND_INTERVAL_MS } from './sender.ts';
import type { SenderDeps } from './sender.ts';

const ENDPOINT = new URL('http://rider.test/api/reports');
const NOW = new Date('2026-11-04T14:30:00+08:00');
const ID_A = '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a01';
const ID_B = '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a02';
const ID_C = '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a03';

function queued(id: string, minute: number, overrides: Partial<ReportSubmission> = {}): ReportRecord {
  const submission: ReportSubmission = {
    id,
    station_id: 'cy-0001',
    kind: 'closed_but_listed_open',
    note: '晚上九点到的时候门锁着',
    created_at: `2026-11-04T14:${String(minute).padStart(2, '0')}:00+08:00`,
    ...overrides,
  };
  return { id, submission, stationName: '双井驿站', stationNameEn: null, state: 'queued', attempts: 0, lastTriedAt: null };
}

async function storeWith(...records: ReportRecord[]): Promise<ReportStore> {
  const store = memoryReportStore();
  for (const r of records) await store.put(r);
  return store;
}

function setup(store: ReportStore, extra: Partial<SenderDeps> = {}) {
  const server = fakeReportServer();
  const timers = manualTimers();
  const sender = createReportSender({ store, fetch: server.fetch, endpoint: ENDPOINT, now: () => NOW, isOnline: () => true, locks: null, timers, ...extra });
  return { server, timers, sender };
}

const states = async (store: ReportStore) => Object.fromEntries((await store.list()).map((r) => [r.id, r.state]));

describe('sending queued reports', () => {
  test('delivers them oldest first and keeps what the server said about each', async () => {
    const store = await storeWith(queued(ID_B, 35), queued(ID_A, 31));
    const { server, sender } = setup(store);
    const result = await sender.send('start');
    expect(result).toEqual({ stop: 'done', delivered: [ID_A, ID_B], failed: [] });
    expect(server.requests).toEqual(['POST /api/reports', 'POST /api/reports']);
    const [a] = await store.list();
    expect(a).toMatchObject({ id: ID_A, state: 'sent', sentAt: NOW.toISOString(), view: { id: ID_A, status: 'open', reply: null } });
    // Nothing left: nothing scheduled, and another round sends nothing.
    await sender.send('timer');
    expect(server.requests).toHaveLength(2);
  });

  test('an answer lost on the way back: kept queued, the next round is answered 200 from the stored report, stored once', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const { server, sender } = setup(store);
    server.mode = 'lose-answer';
    expect((await sender.send('submit')).stop).toBe('network');
    expect(await store.get(ID_A)).toMatchObject({ state: 'queued', attempts: 1, lastTriedAt: NOW.toISOString() });
    expect(server.stored.size, 'the server did store it').toBe(1);

    server.mode = 'up';
    expect(await sender.send('online')).toMatchObject({ stop: 'done', delivered: [ID_A] });
    expect(await store.get(ID_A)).toMatchObject({ state: 'sent', view: { status: 'open' } });
    expect(server.stored.size).toBe(1);
  });

  test('single flight: calls during a round share one more round; each report is posted once', async () => {
    const store = await storeWith(queued(ID_A, 31), queued(ID_B, 32));
    const { server, sender } = setup(store);
    const [first, second, third] = await Promise.all([sender.send('start'), sender.send('online'), sender.send('submit')]);
    expect(first.delivered).toEqual([ID_A, ID_B]);
    expect(second, 'the calls made during the round got the round after it').toBe(third);
    expect(second.delivered).toEqual([]);
    expect(server.requests.filter((r) => r.startsWith('POST'))).toHaveLength(2);
  });

  test('rounds run inside the Web Lock when the browser has one', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const held: string[] = [];
    const locks = {
      request: (async (name: string, callback: () => Promise<unknown>) => {
        held.push(name);
        return callback();
      }) as unknown as LockManager['request'],
    };
    const { sender } = setup(store, { locks });
    await sender.send('start');
    expect(held).toEqual(['rider-reports-outbox']);
    expect(await states(store)).toEqual({ [ID_A]: 'sent' });
  });

  test('429: stays queued, and nothing is posted until Retry-After has passed, whatever triggers a round', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const { server, timers, sender } = setup(store);
    server.mode = 'rate-limited';
    expect((await sender.send('submit')).stop).toBe('rate-limited');
    expect(sender.activity.get().hold).toBe('rate-limited');
    expect(timers.delays.at(-1), 'the wait the server asked for').toBe(120_000);

    server.mode = 'up';
    expect((await sender.send('online')).stop).toBe('rate-limited');
    expect(server.requests).toHaveLength(1);
    expect(await store.get(ID_A)).toMatchObject({ state: 'queued', attempts: 1 });

    timers.fireAll(); // Retry-After has passed: the sender tries by itself
    await expect.poll(() => states(store)).toEqual({ [ID_A]: 'sent' });
    expect(sender.activity.get().hold).toBe(null);
  });

  test('no network or a 5xx: stays queued; the next rounds wait 60 s, doubling to 10 minutes', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const { server, timers, sender } = setup(store);
    server.mode = 'no-network';
    await sender.send('start');
    server.mode = 'error-500';
    for (let i = 0; i < 6; i++) {
      expect(timers.pending()).toBe(1);
      timers.fireAll();
      await expect.poll(() => store.get(ID_A).then((r) => (r?.state === 'queued' ? r.attempts : -1))).toBe(i + 2);
    }
    expect(timers.delays.slice(0, 6)).toEqual([1, 2, 4, 8, 10, 10].map((m) => Math.min(m * SEND_INTERVAL_MS, MAX_BACKOFF_MS)));
    expect(sender.activity.get().hold).toBe('network');

    // A new report (or `online`) sends at once, whatever the back-off.
    server.mode = 'up';
    expect((await sender.send('submit')).delivered).toEqual([ID_A]);
    sender.stop();
  });

  test('a server without the report API (a 404 without its code) is not a refusal: the report waits', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const { server, sender } = setup(store);
    server.mode = 'no-api';
    expect((await sender.send('start')).stop).toBe('network');
    expect(await states(store)).toEqual({ [ID_A]: 'queued' });
  });

  test('refusals are final and keep the reason; the reports after them still go', async () => {
    const store = await storeWith(queued(ID_A, 31, { station_id: 'cy-gone' }), queued(ID_B, 32), queued(ID_C, 33));
    const { server, sender } = setup(store);
    // ID_B was delivered before with other words (another device cannot make the same id; a bug could).
    server.stored.set(ID_B, {
      submission: { ...queued(ID_B, 32).submission, note: '别的内容' } as ReportSubmission,
      view: { id: ID_B, station_id: 'cy-0001', status: 'open', reply: null, received_at: NOW.toISOString(), answered_at: null },
    });
    const result = await sender.send('start');
    expect(result).toEqual({ stop: 'done', delivered: [ID_C], failed: [ID_A, ID_B] });
    expect(await store.get(ID_A)).toMatchObject({ state: 'failed', failure: { httpStatus: 404, code: 'station_not_found' } });
    expect(await store.get(ID_B)).toMatchObject({ state: 'failed', failure: { httpStatus: 409, code: 'report_id_conflict' } });
    // Failed reports are never sent again.
    await sender.send('online');
    expect(server.requests).toHaveLength(3);
  });

  test('a 400 is final too', async () => {
    const store = await storeWith(queued(ID_A, 31));
    let posts = 0;
    const badRequest = async () => {
      posts++;
      return new Response(JSON.stringify({ error: { code: 'invalid_body', message: 'note: too long', details: [] } }), { status: 400 });
    };
    const sender = createReportSender({ store, fetch: badRequest, endpoint: ENDPOINT, now: () => NOW, isOnline: () => true, locks: null, timers: manualTimers() });
    expect((await sender.send('start')).failed).toEqual([ID_A]);
    expect(await store.get(ID_A)).toMatchObject({ state: 'failed', failure: { httpStatus: 400, code: 'invalid_body', message: 'note: too long' } });
    // Final: later rounds do not send it again.
    await sender.send('online');
    expect(posts).toBe(1);
  });

  test('offline in the browser: nothing is tried, a round is scheduled in a minute', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const { server, timers, sender } = setup(store, { isOnline: () => false });
    expect((await sender.send('start')).stop).toBe('offline');
    expect(server.requests).toEqual([]);
    expect(timers.delays).toEqual([SEND_INTERVAL_MS]);
    expect(await store.get(ID_A)).toMatchObject({ state: 'queued', attempts: 0 });
  });

  test('a report deleted while its request is on the way is not brought back', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const server = fakeReportServer();
    const slowFetch: typeof server.fetch = async (url, init) => {
      await store.delete(ID_A); // the rider taps "withdraw" meanwhile
      return server.fetch(url, init);
    };
    const sender = createReportSender({ store, fetch: slowFetch, endpoint: ENDPOINT, now: () => NOW, isOnline: () => true, locks: null, timers: manualTimers() });
    await sender.send('submit');
    expect(await store.list()).toEqual([]);
  });

  test('shows which report is on its way while it is', async () => {
    const store = await storeWith(queued(ID_A, 31));
    const seen: (string | null)[] = [];
    const { sender } = setup(store);
    sender.activity.subscribe(() => seen.push(sender.activity.get().sendingId));
    await sender.send('start');
    expect(seen).toEqual([ID_A, null]);
  });
});
