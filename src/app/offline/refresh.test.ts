import { describe, expect, test } from 'vitest';
import { encodeStationColumns } from '../../core/stationColumns.ts';
import type { Station } from '../../core/station.ts';
import { FROM_CACHE_HEADER } from '../../sw/protocol.ts';
import { refreshData } from './refresh.ts';
import type { Endpoints, LocalState } from './refresh.ts';

const AT = new Date('2026-11-04T14:30:00+08:00');
const LATER = new Date('2026-11-04T14:35:00+08:00');

function station(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [116.4626, 39.893] },
    properties: {
      name,
      kind: 'rest_station',
      amenities: ['drinking_water'],
      opening_hours: '24/7',
      status: 'operational',
      address: '北京市朝阳区双井',
      office_code: '110105016',
      host_type: 'community_building',
      updated_at: '2026-11-01T08:00:00+08:00',
      verified_at: null,
      ...extra,
    },
  };
}
const fc = (features: unknown[]) => ({ type: 'FeatureCollection', features });
/** The stations file as the app downloads it: columns (the encoder does not judge; the validator does). */
const columns = (features: unknown[]) => encodeStationColumns(features as Station[]);
const STATIONS = '/data/stations.columns.json';
const HUBS = fc([]);
const OFFICES = fc([{ type: 'Feature', properties: { code: '110105016', name: '双井街道' }, geometry: null }]);

type Answer = { status: number; body?: unknown; headers?: Record<string, string> } | 'network-error';

/** A fake network: answers by path (and `?since=`), and records what was asked. */
function fakeNetwork(answers: Record<string, Answer>) {
  const asked: { path: string; ifNoneMatch: string | null }[] = [];
  const endpoints: Endpoints = {
    dataUrl: new URL('http://test/data/'),
    apiUrl: new URL('http://test/api/stations'),
    async fetch(url, init) {
      const key = url.pathname + url.search;
      const headers = new Headers(init?.headers);
      asked.push({ path: key, ifNoneMatch: headers.get('If-None-Match') });
      const answer = answers[key];
      if (!answer || answer === 'network-error') throw new TypeError('Failed to fetch');
      const body = answer.body === undefined ? null : JSON.stringify(answer.body);
      return new Response(answer.status === 304 ? null : body, { status: answer.status, headers: answer.headers });
    },
  };
  return { endpoints, asked };
}

const staticFiles = (stations: unknown[]): Record<string, Answer> => ({
  [STATIONS]: { status: 200, body: columns(stations), headers: { ETag: '"s1"' } },
  '/data/hubs.geojson': { status: 200, body: HUBS, headers: { ETag: '"h1"' } },
  '/data/offices.geojson': { status: 200, body: OFFICES, headers: { ETag: '"o1"' } },
});

async function firstVisit(answers: Record<string, Answer>): Promise<LocalState> {
  const result = await refreshData(fakeNetwork(answers).endpoints, null, AT);
  if (result.kind !== 'full') throw new Error(`expected full, got ${result.kind}`);
  return result.state;
}

describe('refreshData, static files', () => {
  test('a first visit downloads and validates everything and keeps the ETags', async () => {
    const state = await firstVisit(staticFiles([station('cy-0001', '甲'), station('cy-bad', '坏', { kind: 'teahouse' })]));
    expect(state.data.stations.map((s) => s.id)).toEqual(['cy-0001']);
    expect(state.data.problems.map((p) => `${p.file} ${p.id ?? p.index}`)).toEqual(['stations cy-bad']);
    expect(state.data.offices).toEqual([{ code: '110105016', name: '双井街道' }]);
    expect(state.meta).toMatchObject({ origin: 'static', dataVersion: null, etags: { stations: '"s1"', hubs: '"h1"', offices: '"o1"' } });
  });

  test('the stations come as columns; a bad cell is the same precise problem as in GeoJSON', async () => {
    const { endpoints, asked } = fakeNetwork(
      staticFiles([station('cy-0001', '甲'), { ...station('cy-0002', '乙'), geometry: { type: 'Point', coordinates: [39.893, 116.4626] } }]),
    );
    const result = await refreshData(endpoints, null, AT);
    expect(asked.map((a) => a.path)).toEqual([STATIONS, '/data/hubs.geojson', '/data/offices.geojson']);
    if (result.kind !== 'full') throw new Error(result.kind);
    expect(result.state.data.stations.map((s) => s.id)).toEqual(['cy-0001']);
    expect(result.state.data.problems).toEqual([
      {
        file: 'stations',
        index: 1,
        id: 'cy-0002',
        field: 'geometry.coordinates',
        expected: '[lng, lat]',
        received: '[39.893, 116.4626]',
        message: '[39.893, 116.4626] look like [lat, lng]; expected [lng, lat]',
      },
    ]);
  });

  test('a stations file that is not columns is one problem with the file; hubs and offices still load', async () => {
    const answers = staticFiles([]);
    answers[STATIONS] = { status: 200, body: fc([station('cy-0001', '甲')]), headers: { ETag: '"g1"' } };
    const result = await refreshData(fakeNetwork(answers).endpoints, null, AT);
    if (result.kind !== 'full') throw new Error(result.kind);
    expect(result.state.data.stations).toEqual([]);
    expect(result.state.data.offices).toEqual([{ code: '110105016', name: '双井街道' }]);
    expect(result.state.data.problems).toEqual([
      {
        file: 'stations',
        index: -1,
        field: '',
        expected: 'stations.columns.json',
        received: 'expected type "StationColumns", received "FeatureCollection"',
        message: 'expected stations.columns.json; received expected type "StationColumns", received "FeatureCollection"',
      },
    ]);

    const unequal = { ...columns([station('cy-0001', '甲'), station('cy-0002', '乙')]), id: ['cy-0001'] };
    answers[STATIONS] = { status: 200, body: unequal, headers: { ETag: '"s9"' } };
    const again = await refreshData(fakeNetwork(answers).endpoints, null, AT);
    expect(again.kind === 'full' && again.state.data.problems.map((p) => `${p.file} ${p.index} ${p.received}`)).toEqual([
      'stations -1 columns of unequal length: id has 1 cells, count is 2',
    ]);
  });

  test('stationsOnly: a first visit asks for the stations alone; the next refresh brings hubs and offices', async () => {
    const { endpoints, asked } = fakeNetwork(staticFiles([station('cy-0001', '甲')]));
    const first = await refreshData(endpoints, null, AT, { stationsOnly: true });
    expect(asked.map((a) => a.path)).toEqual([STATIONS]);
    if (first.kind !== 'full') throw new Error(first.kind);
    expect(first.state.data.offices).toEqual([]);
    const next = await refreshData(
      fakeNetwork({ ...staticFiles([]), [STATIONS]: { status: 304 } }).endpoints,
      first.state,
      LATER,
    );
    if (next.kind !== 'full') throw new Error(next.kind);
    expect(next.state.data.stations.map((s) => s.id)).toEqual(['cy-0001']);
    expect(next.state.data.offices).toEqual([{ code: '110105016', name: '双井街道' }]);
    expect(next.parts.stations).toBeUndefined(); // unchanged: not rewritten in IndexedDB
    expect(next.state.meta.etags).toEqual({ stations: '"s1"', hubs: '"h1"', offices: '"o1"' });
  });

  test('an unchanged data set is asked with If-None-Match and costs 304s', async () => {
    const local = await firstVisit(staticFiles([station('cy-0001', '甲')]));
    const { endpoints, asked } = fakeNetwork({
      [STATIONS]: { status: 304 },
      '/data/hubs.geojson': { status: 304 },
      '/data/offices.geojson': { status: 304 },
    });
    const result = await refreshData(endpoints, local, LATER);
    expect(result).toEqual({ kind: 'unchanged', meta: { ...local.meta, checkedAt: LATER.toISOString() } });
    expect(asked.map((a) => `${a.path} ${a.ifNoneMatch}`)).toEqual([
      '/data/stations.columns.json "s1"',
      '/data/hubs.geojson "h1"',
      '/data/offices.geojson "o1"',
    ]);
  });

  test('a changed file replaces the stations; unchanged hubs and offices are kept', async () => {
    const local = await firstVisit(staticFiles([station('cy-0001', '甲'), station('cy-0002', '乙')]));
    const { endpoints } = fakeNetwork({
      [STATIONS]: { status: 200, body: columns([station('cy-0002', '乙'), station('cy-0003', '丙')]), headers: { ETag: '"s2"' } },
      '/data/hubs.geojson': { status: 304 },
      '/data/offices.geojson': { status: 304 },
    });
    const result = await refreshData(endpoints, local, LATER);
    expect(result.kind).toBe('full');
    if (result.kind !== 'full') return;
    expect(result.state.data.stations.map((s) => s.id)).toEqual(['cy-0002', 'cy-0003']);
    expect(result.state.data.offices).toEqual(local.data.offices);
    expect(result.parts.hubs).toBeUndefined(); // nothing to rewrite in IndexedDB
    expect(result.state.meta.etags).toEqual({ stations: '"s2"', hubs: '"h1"', offices: '"o1"' });
  });

  test('no network: offline, and the local copy stays', async () => {
    const local = await firstVisit(staticFiles([station('cy-0001', '甲')]));
    const result = await refreshData(fakeNetwork({}).endpoints, local, LATER);
    expect(result.kind).toBe('offline');
  });

  test("the service worker's cached file never replaces the local copy", async () => {
    const local = await firstVisit(staticFiles([station('cy-0001', '甲')]));
    const { endpoints } = fakeNetwork({
      [STATIONS]: { status: 200, body: columns([]), headers: { ETag: '"s0"', [FROM_CACHE_HEADER]: '1' } },
    });
    expect((await refreshData(endpoints, local, LATER)).kind).toBe('offline');
  });

  test('a first visit with no network fails; with only the service worker cache it uses that, unconfirmed', async () => {
    await expect(refreshData(fakeNetwork({}).endpoints, null, AT)).rejects.toThrow(/stations\.columns\.json/);
    const answers = staticFiles([station('cy-0001', '甲')]);
    answers[STATIONS] = { status: 200, body: columns([station('cy-0001', '甲')]), headers: { [FROM_CACHE_HEADER]: '1' } };
    const result = await refreshData(fakeNetwork(answers).endpoints, null, AT);
    expect(result.kind === 'full' && result.fromCache).toBe(true);
    expect(result.kind === 'full' && result.state.meta.checkedAt).toBe(new Date(0).toISOString());
  });
});

describe('refreshData, API server', () => {
  const serverFiles = (stations: unknown[], version: number): Record<string, Answer> => ({
    ...staticFiles(stations),
    [STATIONS]: { status: 200, body: columns(stations), headers: { ETag: '"s1"', 'X-Data-Version': String(version) } },
  });

  test("X-Data-Version marks the copy as the server's; the next refresh asks for a delta with tombstones", async () => {
    const local = await firstVisit(serverFiles([station('cy-0001', '甲'), station('cy-0002', '乙')], 7));
    expect(local.meta).toMatchObject({ origin: 'server', dataVersion: 7 });
    const closed = station('cy-0001', '甲', {
      status: 'temporarily_closed',
      closure: { reason: '装修' },
      updated_at: '2026-11-04T10:00:00+08:00',
    });
    const { endpoints, asked } = fakeNetwork({
      '/api/stations?since=7': {
        status: 200,
        body: { version: 9, changed: [closed, station('cy-0003', '丙')], deleted: [{ id: 'cy-0002', version: 8 }] },
      },
      '/data/hubs.geojson': { status: 304 },
      '/data/offices.geojson': { status: 304 },
    });
    const result = await refreshData(endpoints, local, LATER);
    // The stations as a delta; hubs and offices as files with their ETags (304 here).
    expect(asked.map((a) => `${a.path} ${a.ifNoneMatch}`)).toEqual(['/api/stations?since=7 null', '/data/hubs.geojson "h1"', '/data/offices.geojson "o1"']);
    expect(result.kind).toBe('delta');
    if (result.kind !== 'delta') return;
    expect(result.state.data.stations.map((s) => `${s.id} ${s.properties.status}`)).toEqual([
      'cy-0001 temporarily_closed',
      'cy-0003 operational',
    ]);
    expect(result.deletedIds).toEqual(['cy-0002']);
    expect(result.state.meta).toMatchObject({ dataVersion: 9, etags: { stations: null } });
    expect(result.state.data.dataAsOf?.toISOString()).toBe('2026-11-04T02:00:00.000Z');
  });

  test('after a first visit that loaded the stations alone, the next refresh brings hubs and offices (then 304s)', async () => {
    const first = await refreshData(fakeNetwork(serverFiles([station('cy-0001', '甲')], 7)).endpoints, null, AT, { stationsOnly: true });
    if (first.kind !== 'full') throw new Error(`expected full, got ${first.kind}`);
    const local = first.state;
    expect(local.data.offices).toEqual([]);
    expect(local.meta.etags).toMatchObject({ hubs: null, offices: null });

    const { endpoints, asked } = fakeNetwork({
      '/api/stations?since=7': { status: 200, body: { version: 7, changed: [], deleted: [] } },
      '/data/hubs.geojson': { status: 200, body: HUBS, headers: { ETag: '"h1"' } },
      '/data/offices.geojson': { status: 200, body: OFFICES, headers: { ETag: '"o1"' } },
    });
    const result = await refreshData(endpoints, local, LATER);
    expect(asked.map((a) => `${a.path} ${a.ifNoneMatch}`)).toEqual(['/api/stations?since=7 null', '/data/hubs.geojson null', '/data/offices.geojson null']);
    expect(result.kind).toBe('full');
    if (result.kind !== 'full') return;
    expect(result.state.data.offices.map((o) => o.code)).toEqual(['110105016']);
    expect(result.state.data.stations.map((s) => s.id)).toEqual(['cy-0001']);
    // Only what changed is rewritten in IndexedDB; the version and the station copy stay.
    expect(Object.keys(result.parts).sort()).toEqual(['hubs', 'offices']);
    expect(result.state.meta).toMatchObject({ origin: 'server', dataVersion: 7, etags: { stations: '"s1"', hubs: '"h1"', offices: '"o1"' } });

    const again = fakeNetwork({
      '/api/stations?since=7': { status: 200, body: { version: 7, changed: [], deleted: [] } },
      '/data/hubs.geojson': { status: 304 },
      '/data/offices.geojson': { status: 304 },
    });
    expect((await refreshData(again.endpoints, result.state, LATER)).kind).toBe('unchanged');
    expect(again.asked.map((a) => a.ifNoneMatch)).toEqual([null, '"h1"', '"o1"']);
  });

  test('an empty delta only moves the version and the check time', async () => {
    const local = await firstVisit(serverFiles([station('cy-0001', '甲')], 7));
    const { endpoints } = fakeNetwork({ '/api/stations?since=7': { status: 200, body: { version: 7, changed: [], deleted: [] } } });
    expect(await refreshData(endpoints, local, LATER)).toEqual({ kind: 'unchanged', meta: { ...local.meta, checkedAt: LATER.toISOString() } });
  });

  test('410 (the server cannot go back that far) downloads everything again', async () => {
    const local = await firstVisit(serverFiles([station('cy-0001', '甲')], 7));
    const { endpoints, asked } = fakeNetwork({
      '/api/stations?since=7': { status: 410, body: { error: { code: 'resync' } } },
      ...serverFiles([station('cy-0005', '戊')], 3),
    });
    const result = await refreshData(endpoints, local, LATER);
    expect(asked[0]?.path).toBe('/api/stations?since=7');
    expect(result.kind === 'full' && result.state.data.stations.map((s) => s.id)).toEqual(['cy-0005']);
    expect(result.kind === 'full' && result.state.meta.dataVersion).toBe(3);
  });

  test('a bad record in a delta is reported and the rest applies', async () => {
    const local = await firstVisit(serverFiles([station('cy-0001', '甲')], 7));
    const { endpoints } = fakeNetwork({
      '/api/stations?since=7': { status: 200, body: { version: 8, changed: [station('cy-0002', '乙', { kind: 'teahouse' })], deleted: [] } },
    });
    const result = await refreshData(endpoints, local, LATER);
    expect(result.kind === 'delta' && result.state.data.stations.map((s) => s.id)).toEqual(['cy-0001']);
    expect(result.kind === 'delta' && result.state.data.problems.map((p) => `${p.id} ${p.field}`)).toEqual(['cy-0002 properties.kind']);
  });
});
