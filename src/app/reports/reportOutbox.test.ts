import { describe, expect, test } from 'vitest';
import type { ReportSubmission } from '../../core/report.ts';
import { fakeReportServer, manualTimers } from './fakeReportServer.ts';
import { newReportId } from './reportRecord.ts';
import type { ReportRecord } from './reportRecord.ts';
import { createReportOutbox } from './reportOutbox.ts';
import type { OutboxOptions } from './reportOutbox.ts';
import { memoryReportStore } from './reportStore.ts';
import type { ReportStore } from './reportStore.ts';

const NOW = new Date('2026-11-04T14:30:00+08:00');

function submission(overrides: Partial<ReportSubmission> = {}): ReportSubmission {
  return { id: newReportId(), station_id: 'cy-0001', kind: 'wrong_hours', note: '周末不开门', created_at: NOW.toISOString(), ...overrides };
}

function setup(options: Partial<OutboxOptions> & { online?: boolean; store?: ReportStore } = {}) {
  const server = fakeReportServer();
  const store = options.store ?? memoryReportStore();
  const events = new EventTarget();
  let online = options.online ?? true;
  const outbox = createReportOutbox({
    now: () => NOW,
    fetch: server.fetch,
    baseUrl: 'http://rider.test/',
    openStore: async () => store,
    events,
    isOnline: () => online,
    locks: null,
    timers: manualTimers(),
    ...options,
  });
  return { server, store, events, outbox, setOnline: (v: boolean) => (online = v) };
}

const openView = (id: string) => ({
  id,
  station_id: 'cy-0001',
  status: 'open' as const,
  reply: null,
  received_at: NOW.toISOString(),
  answered_at: null,
});

const sentRecord = (id: string, minute: number): ReportRecord => ({
  id,
  submission: submission({ id, created_at: `2026-11-04T13:${String(minute % 60).padStart(2, '0')}:00+08:00` }),
  stationName: '双井驿站',
  stationNameEn: null,
  state: 'sent',
  sentAt: NOW.toISOString(),
  view: openView(id),
  checkedAt: null,
});

describe('the report outbox', () => {
  test('online: stored, sent, and the list shows it delivered', async () => {
    const { outbox, server } = setup();
    const s = submission();
    expect(await outbox.submit({ submission: s, stationName: '双井驿站', stationNameEn: 'Shuangjing station' })).toEqual({ kind: 'sent' });
    expect(server.stored.get(s.id)?.submission).toEqual(s);
    expect(outbox.reports.get()).toMatchObject([{ id: s.id, state: 'sent', stationName: '双井驿站', stationNameEn: 'Shuangjing station' }]);
  });

  test('offline: stored first, nothing sent, the rider is told it waits; `online` sends it and asks for statuses', async () => {
    const { outbox, server, store, events, setOnline } = setup({ online: false });
    outbox.start();
    const s = submission();
    expect(await outbox.submit({ submission: s, stationName: '双井驿站', stationNameEn: null })).toEqual({ kind: 'queued', why: 'offline', durable: false });
    expect(await store.get(s.id)).toMatchObject({ state: 'queued', submission: s });
    expect(server.requests).toEqual([]);

    setOnline(true);
    events.dispatchEvent(new Event('online'));
    await expect.poll(() => store.get(s.id).then((r) => r?.state)).toBe('sent');
    await expect.poll(() => server.requests).toEqual(['POST /api/reports', `GET /api/reports/status?ids=${s.id}`]);
    expect(server.stored.size).toBe(1);
  });

  test('the server down: kept, with the reason "network"', async () => {
    const { outbox, server, store } = setup();
    server.mode = 'error-500';
    const s = submission();
    expect(await outbox.submit({ submission: s, stationName: '双井驿站', stationNameEn: null })).toMatchObject({ kind: 'queued', why: 'network' });
    expect(await store.get(s.id)).toMatchObject({ state: 'queued', attempts: 1 });
  });

  test('a slow server: "Send" gives up waiting after a while; the report is still sent', async () => {
    const timers = manualTimers();
    const server = fakeReportServer();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const store = memoryReportStore();
    const outbox = createReportOutbox({
      now: () => NOW,
      fetch: async (url, init) => {
        await gate;
        return server.fetch(url, init);
      },
      baseUrl: 'http://rider.test/',
      openStore: async () => store,
      events: new EventTarget(),
      isOnline: () => true,
      locks: null,
      timers,
    });
    const s = submission();
    const pending = outbox.submit({ submission: s, stationName: '双井驿站', stationNameEn: null });
    await expect.poll(() => timers.pending()).toBe(1);
    timers.fireAll(); // the submit wait is over
    expect(await pending).toMatchObject({ kind: 'queued', why: 'slow' });
    release();
    await expect.poll(() => store.get(s.id).then((r) => r?.state)).toBe('sent');
  });

  test('refused for good: the outcome carries the reason', async () => {
    const { outbox } = setup();
    const outcome = await outbox.submit({ submission: submission({ station_id: 'cy-9999' }), stationName: '已撤除的驿站', stationNameEn: null });
    expect(outcome).toMatchObject({ kind: 'failed', failure: { httpStatus: 404, code: 'station_not_found' } });
  });

  test('storage failing: nothing is sent and the sheet is told so (it keeps what was typed)', async () => {
    const broken = { ...memoryReportStore(), put: async () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) };
    const { outbox, server } = setup({ store: broken });
    expect(await outbox.submit({ submission: submission(), stationName: '双井驿站', stationNameEn: null })).toEqual({ kind: 'not-saved', detail: 'quota' });
    expect(server.requests).toEqual([]);
  });

  test('an invalid report never reaches storage', async () => {
    const { outbox, store } = setup();
    await expect(outbox.submit({ submission: submission({ kind: 'other', note: '' }), stationName: 'x', stationNameEn: null })).rejects.toThrow(
      /note: a report of kind "other" needs a note/,
    );
    expect(await store.list()).toEqual([]);
  });

  test('withdrawing a queued report deletes it: it is never sent', async () => {
    const { outbox, server, store, events, setOnline } = setup({ online: false });
    outbox.start();
    const s = submission();
    await outbox.submit({ submission: s, stationName: '双井驿站', stationNameEn: null });
    await outbox.remove(s.id);
    expect(outbox.reports.get()).toEqual([]);
    setOnline(true);
    events.dispatchEvent(new Event('online'));
    await new Promise((r) => setTimeout(r, 20));
    expect(server.requests.filter((r) => r.startsWith('POST'))).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  test('start: sends what waited since the last visit, then refreshes statuses, 50 ids a request', async () => {
    const store = memoryReportStore();
    const sentIds = Array.from({ length: 51 }, () => newReportId());
    for (const [i, id] of sentIds.entries()) await store.put(sentRecord(id, i));
    const waiting = submission();
    await store.put({ id: waiting.id, submission: waiting, stationName: '双井驿站', stationNameEn: null, state: 'queued', attempts: 2, lastTriedAt: null });
    const { outbox, server } = setup({ store });
    // The server knows the first two (the others, e.g. after a test server was reset, it does not).
    for (const id of sentIds.slice(0, 2)) server.stored.set(id, { submission: submission({ id }), view: openView(id) });
    server.answer(sentIds[0]!, 'resolved', '已联系物业，门口贴了开放时间。');

    outbox.start();
    await expect.poll(() => outbox.statusCheck.get().state).toBe('done');
    expect(server.requests.map((r) => r.split('?')[0])).toEqual(['POST /api/reports', 'GET /api/reports/status', 'GET /api/reports/status']);
    const statusQueries = server.requests.filter((r) => r.startsWith('GET')).map((r) => new URL(r.slice(4), 'http://x').searchParams.get('ids')!.split(','));
    expect(statusQueries.map((ids) => ids.length)).toEqual([50, 2]);
    const resolved = (await store.get(sentIds[0]!)) as Extract<ReportRecord, { state: 'sent' }>;
    expect(resolved.view).toMatchObject({ status: 'resolved', reply: '已联系物业，门口贴了开放时间。' });
    expect(resolved.checkedAt).toBe(NOW.toISOString());
    // Unknown to the server (e.g. a reset test server): left as it was.
    expect(await store.get(sentIds[50]!)).toMatchObject({ state: 'sent', view: { status: 'open' }, checkedAt: null });
  });

  test('statuses are not asked for offline; the view says so', async () => {
    const store = memoryReportStore();
    await store.put(sentRecord(newReportId(), 1));
    const { outbox, server } = setup({ store, online: false });
    await outbox.refreshStatuses();
    expect(outbox.statusCheck.get().state).toBe('offline');
    expect(server.requests).toEqual([]);
  });

  test('a status request without an answer leaves the stored statuses and says it failed', async () => {
    const store = memoryReportStore();
    const id = newReportId();
    await store.put(sentRecord(id, 1));
    const { outbox, server } = setup({ store });
    server.mode = 'no-network';
    await outbox.refreshStatuses();
    expect(outbox.statusCheck.get()).toEqual({ state: 'unavailable', checkedAt: null });
    expect(await store.get(id)).toMatchObject({ view: { status: 'open' } });
  });
});
