import { describe, expect, it } from 'vitest';
import type { StationCreateBody } from '../api/types.ts';
import type { OutboxItem } from './outboxItem.ts';
import { outboxItem } from './outboxItem.fixture.ts';
import { memoryOutboxStore } from './outboxStore.ts';
import { discardItem, dropPendingStation, resendRefusedCreate } from './pendingEdits.ts';
import { pendingStationId } from './pendingStations.ts';

const BODY: StationCreateBody = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [116.4558, 39.8863] },
  properties: { name: '放错地方', kind: 'rest_station', host_type: 'other', address: '劲松', amenities: [], opening_hours: '24/7' },
};

const item = (overrides: Partial<OutboxItem>): OutboxItem =>
  outboxItem({ method: 'POST', path: '/api/stations', ifMatch: null, body: BODY, stationId: pendingStationId('c'), label: '放错地方', createdAt: '2026-11-29T10:00:00.000Z', ...overrides });

const refusedCreate = () => item({ key: 'c', attempts: 1, state: 'failed', error: { status: 422, code: 'outside_jurisdiction', message: 'outside' } });
const edit = (key: string, body: unknown, at: string) => item({ key, method: 'PATCH', path: '/api/stations/pending%3Ac', body, createdAt: at });

describe('correcting a refused new station', () => {
  it('folds the correction and the edits behind it into the create, which waits again under a new key', async () => {
    const store = memoryOutboxStore();
    await store.put(refusedCreate());
    await store.put(edit('e1', { properties: { phone: '010-1' } }, '2026-11-29T10:01:00.000Z'));
    expect(await resendRefusedCreate(store, 'pending:c', { geometry: { type: 'Point', coordinates: [116.463, 39.893] }, properties: { name: '放对了' } })).toBe(true);

    const [only, ...rest] = await store.list();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ method: 'POST', stationId: 'pending:c', state: 'waiting', attempts: 0, error: null, label: '放对了', createdAt: '2026-11-29T10:00:00.000Z' });
    expect(only!.key, 'a new key: the refused one must not be replayed').not.toBe('c');
    expect(only!.body).toEqual({ ...BODY, geometry: { type: 'Point', coordinates: [116.463, 39.893] }, properties: { ...BODY.properties, name: '放对了', phone: '010-1' } });
  });

  it('does nothing to a create that is not refused (still waiting, or gone)', async () => {
    const store = memoryOutboxStore();
    await store.put(item({ key: 'c' }));
    expect(await resendRefusedCreate(store, 'pending:c', { properties: { name: 'x' } })).toBe(false);
    expect(await resendRefusedCreate(store, 'pending:zz', { properties: { name: 'x' } })).toBe(false);
    expect((await store.list())[0]!.body).toEqual(BODY);
  });
});

describe('deleting a new station', () => {
  it('never tried: out of the queue with its edits', async () => {
    const store = memoryOutboxStore();
    await store.put(item({ key: 'c' }));
    await store.put(edit('e1', { properties: { phone: '010-1' } }, '2026-11-29T10:01:00.000Z'));
    await store.put(item({ key: 'other', stationId: pendingStationId('other') }));
    expect(await dropPendingStation(store, 'pending:c', 'sj-editor')).toBe('dropped');
    expect((await store.list()).map((i) => i.key)).toEqual(['other']);
  });

  it('refused: out of the queue too (nothing exists on the server)', async () => {
    const store = memoryOutboxStore();
    await store.put(refusedCreate());
    expect(await dropPendingStation(store, 'pending:c', 'sj-editor')).toBe('dropped');
    expect(await store.list()).toEqual([]);
  });

  it('tried and unanswered: it may exist, so a delete waits behind the create', async () => {
    const store = memoryOutboxStore();
    await store.put(item({ key: 'c', attempts: 1 }));
    expect(await dropPendingStation(store, 'pending:c', 'sj-editor')).toBe('queued');
    const [create, del] = await store.list();
    expect(create!.key).toBe('c');
    expect(del).toMatchObject({ method: 'DELETE', stationId: 'pending:c', ifMatch: null, username: 'sj-editor', state: 'waiting', attempts: 0 });
  });

  it('already sent: says so', async () => {
    expect(await dropPendingStation(memoryOutboxStore(), 'pending:c', 'sj-editor')).toBe('gone');
  });

  it('discarding a create from the queue discards the edits behind it, and only those', async () => {
    const store = memoryOutboxStore();
    await store.put(item({ key: 'c' }));
    await store.put(edit('e1', { properties: { phone: '010-1' } }, '2026-11-29T10:01:00.000Z'));
    await store.put(item({ key: 'p', method: 'PATCH', stationId: 'cy-0001', path: '/api/stations/cy-0001', ifMatch: 3, createdAt: '2026-11-29T10:02:00.000Z' }));
    await discardItem(store, 'c');
    expect((await store.list()).map((i) => i.key)).toEqual(['p']);
    await discardItem(store, 'p');
    expect(await store.list()).toEqual([]);
  });
});
