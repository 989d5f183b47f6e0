import { describe, expect, it } from 'vitest';
import type { Office } from '../../core/offices.ts';
import type { Station } from '../../core/station.ts';
import type { ApiClient, WriteMethod, WriteOptions } from '../api/client.ts';
import type { ApiResult } from '../api/result.ts';
import type { StationCreateBody } from '../api/types.ts';
import { flushOutbox } from './flush.ts';
import type { OutboxItem } from './outboxItem.ts';
import { outboxItem } from './outboxItem.fixture.ts';
import { memoryOutboxStore } from './outboxStore.ts';
import { applyPatch, createItemOf, dependentsOf, foldIntoCreate, isPendingId, pendingStationId, pendingStations } from './pendingStations.ts';

const CREATE_BODY: StationCreateBody = {
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [116.463, 39.893] },
  properties: { name: '新驿站', kind: 'rest_station', host_type: 'other', address: '双井桥南', amenities: ['drinking_water'], opening_hours: '24/7', phone: '010-1' },
};

const office = (code: string, ring: [number, number][]): Office =>
  ({
    type: 'Feature',
    properties: { code, name: code, name_en: code, centre: ring[0]! },
    geometry: { type: 'Polygon', coordinates: [ring] },
  }) as unknown as Office;
const SQUARE = office('110105016', [
  [116.45, 39.88],
  [116.48, 39.88],
  [116.48, 39.9],
  [116.45, 39.9],
  [116.45, 39.88],
]);

let clock = 0;
function item(overrides: Partial<OutboxItem>): OutboxItem {
  clock += 1;
  return outboxItem({ key: `k${clock}`, path: '/api/stations/x', ifMatch: null, stationId: null, label: '新驿站', createdAt: `2026-11-29T10:00:${String(clock).padStart(2, '0')}.000Z`, ...overrides });
}

const create = (key: string, overrides: Partial<OutboxItem> = {}) =>
  item({ key, method: 'POST', path: '/api/stations', body: CREATE_BODY, stationId: pendingStationId(key), ...overrides });
const patch = (stationId: string, body: unknown) => item({ method: 'PATCH', path: `/api/stations/${encodeURIComponent(stationId)}`, body, stationId });

describe('provisional stations', () => {
  it('have ids that say so', () => {
    expect(pendingStationId('abc')).toBe('pending:abc');
    expect(isPendingId('pending:abc')).toBe(true);
    expect(isPendingId('cy-0001')).toBe(false);
    expect(isPendingId(null)).toBe(false);
  });

  it('show a queued create with the edits queued behind it, in the office where the point lies', () => {
    const c = create('c1');
    const items = [c, patch(c.stationId!, { properties: { name: '改过的名字', phone: null } }), patch(c.stationId!, { geometry: { type: 'Point', coordinates: [116.47, 39.895] } })];
    const [station, ...rest] = pendingStations(items, [SQUARE], null); // an admin: where the point lies
    expect(rest).toEqual([]);
    expect(station).toMatchObject({ id: 'pending:c1', geometry: { coordinates: [116.47, 39.895] } });
    expect(station!.properties).toMatchObject({ name: '改过的名字', office_code: '110105016', status: 'operational', amenities: ['drinking_water'], verified_at: null });
    expect(station!.properties).not.toHaveProperty('phone');
    expect(station!.properties.updated_at, 'when its latest edit was made').toBe(items[2]!.createdAt);
    expect(createItemOf(items, 'pending:c1')).toBe(c);
    expect(dependentsOf(items, 'pending:c1')).toHaveLength(2);
  });

  it("leave out one with a delete queued behind it, a create of an older shape, and other items; an editor's are in its own office", () => {
    const gone = create('c2');
    const old = create('c3', { stationId: null });
    const kept = create('c4', { state: 'failed', error: { status: 422, code: 'outside_jurisdiction', message: 'outside' } });
    const items = [gone, item({ method: 'DELETE', stationId: gone.stationId }), old, kept, patch('cy-0001', { properties: { name: 'x' } })];
    // Refused for lying outside the editor's office, yet listed in it: that is where it gets fixed.
    expect(pendingStations(items, [SQUARE], '110105017').map((s) => [s.id, s.properties.office_code])).toEqual([['pending:c4', '110105017']]);
  });

  it('fold edits into a create to resend (later values win, null removes)', () => {
    const folded = foldIntoCreate(CREATE_BODY, [{ properties: { name: 'A', phone: null } }, { properties: { name: 'B' }, geometry: { type: 'Point', coordinates: [116.46, 39.89] } }]);
    expect(folded.properties).toMatchObject({ name: 'B', address: '双井桥南' });
    expect(folded.properties).not.toHaveProperty('phone');
    expect(folded.geometry.coordinates).toEqual([116.46, 39.89]);
    expect(CREATE_BODY.properties.name, 'the original body is untouched').toBe('新驿站');
  });

  it('apply a PATCH like the server: opening_hours null stays as a value', () => {
    const base = pendingStations([create('c5')], [SQUARE], null)[0]!;
    expect(applyPatch(base, { properties: { opening_hours: null } }).properties.opening_hours).toBeNull();
  });
});

/** A server that creates stations (id cy-new-N, version 1) and applies PATCH/DELETE on the current version. */
function creatingServer(options: { refuseCreate?: boolean } = {}) {
  const stations = new Map<string, Station>();
  const calls: { method: WriteMethod; path: string; ifMatch: number | null | undefined }[] = [];
  let next = 0;
  const client = {
    csrfToken: 'token',
    async write(method: WriteMethod, path: string, body: unknown, o: WriteOptions): Promise<ApiResult<unknown>> {
      calls.push({ method, path, ifMatch: o.ifMatch });
      if (method === 'POST') {
        if (options.refuseCreate) {
          return { ok: false, failure: { kind: 'http', status: 422, code: 'outside_jurisdiction', message: 'outside', details: null, retryAfterSeconds: null } };
        }
        next += 1;
        const b = body as StationCreateBody;
        const station = { type: 'Feature', id: `cy-new-${next}`, geometry: b.geometry, properties: { ...b.properties, version: 1 } } as unknown as Station;
        stations.set(station.id, station);
        return { ok: true, value: station, status: 201, etag: '"1"', headers: new Headers() };
      }
      const id = decodeURIComponent(path.split('/').pop()!);
      const current = stations.get(id);
      if (!current) return { ok: false, failure: { kind: 'http', status: 404, code: 'not_found', message: 'no such station', details: null, retryAfterSeconds: null } };
      if (o.ifMatch !== current.properties.version) {
        return { ok: false, failure: { kind: 'http', status: 409, code: 'version_conflict', message: 'stale', details: { current }, retryAfterSeconds: null } };
      }
      if (method === 'DELETE') {
        stations.delete(id);
        return { ok: true, value: { id, version: current.properties.version! + 1, deleted: true }, status: 200, etag: null, headers: new Headers() };
      }
      const updated = applyPatch(current, body as object);
      updated.properties.version = current.properties.version! + 1;
      stations.set(id, updated);
      return { ok: true, value: updated, status: 200, etag: `"${updated.properties.version}"`, headers: new Headers() };
    },
    getSession: async () => ({ ok: false, failure: { kind: 'network', message: '' } }),
  } as unknown as ApiClient;
  return { client, calls, stations };
}

describe('sending a provisional station and the edits behind it', () => {
  it('creates it, then sends the edits to the id the server gave it, each on the version before', async () => {
    const store = memoryOutboxStore();
    const c = create('c6');
    await store.put(c);
    await store.put(patch(c.stationId!, { properties: { name: '第一次改' } }));
    await store.put(patch(c.stationId!, { properties: { phone: '010-2' } }));
    const server = creatingServer();

    const report = await flushOutbox({ store, client: server.client, username: 'sj-editor' });
    expect(report.stop).toBe('done');
    expect(server.calls).toEqual([
      { method: 'POST', path: '/api/stations', ifMatch: null },
      { method: 'PATCH', path: '/api/stations/cy-new-1', ifMatch: 1 },
      { method: 'PATCH', path: '/api/stations/cy-new-1', ifMatch: 2 },
    ]);
    expect(report.applied.map((a) => [a.item.stationId, a.version])).toEqual([
      ['pending:c6', 1],
      ['cy-new-1', 2],
      ['cy-new-1', 3],
    ]);
    expect(server.stations.get('cy-new-1')!.properties).toMatchObject({ name: '第一次改', phone: '010-2', version: 3 });
    expect(await store.list()).toEqual([]);
  });

  it('a delete queued behind the create deletes what was created', async () => {
    const store = memoryOutboxStore();
    const c = create('c7');
    await store.put(c);
    await store.put(item({ method: 'DELETE', path: `/api/stations/${encodeURIComponent(c.stationId!)}`, stationId: c.stationId }));
    const server = creatingServer();
    expect((await flushOutbox({ store, client: server.client, username: 'sj-editor' })).stop).toBe('done');
    expect(server.calls.map((x) => [x.method, x.path, x.ifMatch])).toEqual([
      ['POST', '/api/stations', null],
      ['DELETE', '/api/stations/cy-new-1', 1],
    ]);
    expect(server.stations.size).toBe(0);
  });

  it('a refused create keeps its edits waiting, unsent, and never sends a provisional id', async () => {
    const store = memoryOutboxStore();
    const c = create('c8');
    await store.put(c);
    await store.put(patch(c.stationId!, { properties: { name: '改' } }));
    const server = creatingServer({ refuseCreate: true });
    const report = await flushOutbox({ store, client: server.client, username: 'sj-editor' });
    expect(report.failed.map((f) => f.key)).toEqual(['c8']);
    expect(server.calls.map((x) => x.method)).toEqual(['POST']);
    const left = await store.list();
    expect(left.map((i) => [i.key, i.state, i.stationId])).toEqual([
      ['c8', 'failed', 'pending:c8'],
      [left[1]!.key, 'waiting', 'pending:c8'],
    ]);
    // A later round does not send the orphaned edit either.
    await flushOutbox({ store, client: server.client, username: 'sj-editor' });
    expect(server.calls.map((x) => x.method)).toEqual(['POST']);
  });
});
