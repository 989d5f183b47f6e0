import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LngLat } from '../../src/core/station.ts';
import { login, OFFICE_A, startTestServer } from './helpers.ts';
import type { Session, TestServer } from './helpers.ts';

const SAMPLE = readFileSync(new URL('../fixtures/sample-office-sheet-gbk.csv', import.meta.url));
/** WGS-84 truth of the sample's rows (../shared/data/README.md). */
const TRUTH: Record<number, LngLat> = {
  1: [116.4626, 39.893], 2: [116.4669, 39.8945], 3: [116.4581, 39.8897], 4: [116.4702, 39.8981],
  5: [116.4558, 39.8863], 6: [116.4611, 39.9012], 7: [116.4709, 39.887], 8: [116.455, 39.892], 12: [116.464, 39.896],
};
const metres = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });

let t: TestServer;
let alice: Session;
beforeEach(async () => {
  t = await startTestServer();
  alice = await login(t.app, 'alice');
});
afterEach(async () => t.close());

const preview = (s: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/imports', headers: s.headers, payload });
const commit = (s: Session, id: string, payload: Record<string, unknown> = {}) =>
  t.app.inject({ method: 'POST', url: `/api/imports/${id}/commit`, headers: s.headers, payload });
const sampleBody = { format: 'csv', crs: 'gcj02', contentEncoding: 'base64', content: SAMPLE.toString('base64'), defaults: { host_type: 'street_facility' } };

describe('importing the office sheet (GBK, GCJ-02)', () => {
  it('previews adds, rejected rows with reasons, and a held duplicate; commits them all at once', async () => {
    const res = await preview(alice, sampleBody);
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.encoding).toBe('gb18030');
    expect(p.summary).toEqual({ add: 9, update: 0, unchanged: 0, rejected: 2, duplicates: 1 });
    for (const row of p.add) expect(metres(row.station.geometry.coordinates, TRUTH[row.row]!)).toBeLessThan(1);
    const byRow = Object.fromEntries(p.add.map((r: { row: number }) => [r.row, r]));
    expect(byRow[2].station.properties.opening_hours).toBe('Mo-Su 07:00-22:00');
    expect(byRow[8].station.properties.opening_hours).toBeNull();
    expect(byRow[8].warnings.map((w: { code: string }) => w.code)).toEqual(['hours_unreadable']);
    expect(byRow[12].station.properties.name).toBe('=HYPERLINK("http://example.invalid","点我")');
    expect(p.rejected.map((r: { row: number; reasons: { code: string }[] }) => [r.row, r.reasons.map((x) => x.code)])).toEqual([
      [9, ['missing_coordinates']],
      [10, ['coordinates_swapped']],
    ]);
    expect(metres(p.rejected[1].suggestedLngLat, [116.4605, 39.8842])).toBeLessThan(1);
    expect(p.duplicates).toMatchObject([{ row: 11, duplicateOf: { kind: 'row', rowNumber: 1 } }]);
    expect(p.held.map((r: { row: number }) => r.row)).toEqual([11]);
    expect(t.store.stations.count()).toBe(2); // a preview writes no station

    const done = await commit(alice, p.id);
    expect(done.statusCode).toBe(200);
    expect(done.json().added).toHaveLength(9);
    expect(t.store.stations.count()).toBe(11);
    const history = (await t.app.inject({ method: 'GET', url: `/api/stations/${byRow[1].id}/history`, headers: alice.headers })).json();
    expect(history.versions[0]).toMatchObject({ action: 'import', by: 'alice', note: `import ${p.id} row 1` });
    expect((await commit(alice, p.id)).json().error.code).toBe('already_committed');

    const csv = (await t.app.inject({ method: 'GET', url: '/api/export.csv' })).body;
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""点我"")"`);
  });

  it('adds a held duplicate only when the office includes it', async () => {
    const p = (await preview(alice, sampleBody)).json();
    const done = (await commit(alice, p.id, { includeDuplicates: [11] })).json();
    expect(done.added).toHaveLength(10);
  });

  it('requires the coordinate system, and refuses a header that names another one', async () => {
    const { crs: _crs, ...noCrs } = sampleBody;
    const missing = await preview(alice, noCrs);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details).toEqual([expect.objectContaining({ field: 'crs' })]);
    const sheet = '站点名称,详细地址,经度(百度),纬度(百度),开放时间,服务设施\r\n驿站,某路,116.47,39.89,24小时,饮水\r\n';
    const conflict = await preview(alice, { format: 'csv', crs: 'gcj02', content: sheet });
    expect(conflict.statusCode).toBe(422);
    expect(conflict.json().error.details.message.code).toBe('crs_conflict');
  });

  it('rejects rows outside the importing editor\'s jurisdiction', async () => {
    const bob = await login(t.app, 'bob');
    const p = (await preview(bob, sampleBody)).json();
    expect(p.summary.add).toBe(0);
    expect(p.rejected.filter((r: { reasons: { code: string }[] }) => r.reasons[0]?.code === 'outside_jurisdiction')).toHaveLength(10);
  });
});

describe('coordinate systems', () => {
  const truths: LngLat[] = [[116.4626, 39.893], [116.4702, 39.8981]];
  const to = (crs: 'GCJ02' | 'BD09', p: LngLat) => gcoord.transform([p[0], p[1]], gcoord.WGS84, gcoord[crs]) as LngLat;

  it('BD-09 sheet coordinates land within 1 m of the WGS-84 truth', async () => {
    const rows = truths.map((p, i) => `百度驿站${i},某路${i}号,${to('BD09', p)[0].toFixed(7)},${to('BD09', p)[1].toFixed(7)},24小时,饮水`);
    const sheet = `站点名称,详细地址,经度,纬度,开放时间,服务设施\n${rows.join('\n')}\n`;
    const p = (await preview(alice, { format: 'csv', crs: 'bd09', content: sheet, defaults: { host_type: 'company_space' } })).json();
    expect(p.add.map((r: { station: { geometry: { coordinates: LngLat } } }, i: number) => metres(r.station.geometry.coordinates, truths[i]!) < 1)).toEqual([true, true]);
  });

  it('GCJ-02 GeoJSON coordinates land within 1 m of the WGS-84 truth', async () => {
    const features = truths.map((p, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: to('GCJ02', p) },
      properties: { name: `高德驿站${i}`, kind: 'rest_station', amenities: [], opening_hours: '24/7', status: 'operational', address: '某路', host_type: 'street_facility', verified_at: null },
    }));
    const p = (await preview(alice, { format: 'geojson', crs: 'gcj02', content: JSON.stringify({ type: 'FeatureCollection', features }) })).json();
    expect(p.summary.add).toBe(2);
    p.add.forEach((r: { station: { geometry: { coordinates: LngLat } } }, i: number) => expect(metres(r.station.geometry.coordinates, truths[i]!)).toBeLessThan(1));
  });
});

describe('commit is all or nothing', () => {
  it('a conflict on the last row leaves nothing of the earlier rows behind', async () => {
    const sheet = [
      '编号,站点名称,详细地址,经度,纬度,开放时间,服务设施,承办方式',
      ',新驿站一,某路1号,116.451,39.881,24小时,饮水,街面设施',
      ',新驿站二,某路2号,116.452,39.882,24小时,饮水,街面设施',
      'a1,双井·二十二院街小哥加油站,朝阳区百子湾路22号院,116.46,39.89,每天6:00-23:00,电动车充电、饮水,街面设施',
    ].join('\r\n');
    const p = (await preview(alice, { format: 'csv', crs: 'wgs84', content: sheet })).json();
    expect(p.summary).toMatchObject({ add: 2, update: 1 });
    expect(p.update[0]).toMatchObject({ id: 'a1', baseVersion: 1, changes: ['opening_hours'] });

    // Someone edits a1 between preview and commit.
    await t.app.inject({ method: 'PATCH', url: '/api/stations/a1', headers: { ...alice.headers, 'if-match': '1' }, payload: { properties: { phone: '010-12345678' } } });
    const versionBefore = t.store.stations.dataVersion();
    const res = await commit(alice, p.id);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'import_conflict', details: { row: 3, id: 'a1', currentVersion: 2 } });
    expect(t.store.stations.count()).toBe(2);
    expect(t.store.stations.dataVersion()).toBe(versionBefore);
    expect(t.store.imports.get(p.id)?.status).toBe('preview');
  });

  it('another user\'s preview is answered like a missing one', async () => {
    const p = (await preview(alice, sampleBody)).json();
    const bob = await login(t.app, 'bob');
    expect((await commit(bob, p.id)).statusCode).toBe(404);
  });
});

describe('export → re-import', () => {
  async function enrich() {
    const root = await login(t.app, 'root');
    const enriched = await t.app.inject({
      method: 'PATCH', url: '/api/stations/a1', headers: { ...root.headers, 'if-match': '1' },
      payload: { properties: { name_en: 'Erershi Yuan Jie Station', phone: '010-87771234', holiday_hours: 'off', verified_at: '2026-02-01T08:00:00+08:00', status: 'temporarily_closed', closure: { reason: '装修, "内部"', until: '2026-04-01T00:00:00+08:00' } } },
    });
    // The re-import tests below are only worth something if a1 really carries these fields.
    expect(enriched.statusCode).toBe(200);
    return root;
  }

  it('a CSV export re-imports as "unchanged", and into an empty database as the same stations', async () => {
    const root = await enrich();
    const before = (await t.app.inject({ method: 'GET', url: '/api/stations' })).json().features;
    const csv = (await t.app.inject({ method: 'GET', url: '/api/export.csv' })).body;
    const again = (await preview(root, { format: 'csv', crs: 'wgs84', content: csv })).json();
    expect(again.summary).toEqual({ add: 0, update: 0, unchanged: 2, rejected: 0, duplicates: 0 });

    const fresh = await startTestServer({ withStations: false });
    try {
      const admin = await login(fresh.app, 'root');
      const p = (await fresh.app.inject({ method: 'POST', url: '/api/imports', headers: admin.headers, payload: { format: 'csv', crs: 'wgs84', content: csv } })).json();
      expect(p.summary.add).toBe(2);
      await fresh.app.inject({ method: 'POST', url: `/api/imports/${p.id}/commit`, headers: admin.headers, payload: {} });
      const after = (await fresh.app.inject({ method: 'GET', url: '/api/stations' })).json().features;
      const comparable = (fs: { properties: Record<string, unknown> }[]) => fs.map((f) => ({ ...f, properties: { ...f.properties, updated_at: 0, version: 0 } }));
      expect(comparable(after)).toEqual(comparable(before));
    } finally {
      await fresh.close();
    }
  });

  it('a GeoJSON export re-imports as "unchanged"', async () => {
    const root = await enrich();
    const geojson = (await t.app.inject({ method: 'GET', url: '/api/export.geojson' })).body;
    const again = (await preview(root, { format: 'geojson', crs: 'wgs84', content: geojson })).json();
    expect(again.summary).toEqual({ add: 0, update: 0, unchanged: 2, rejected: 0, duplicates: 0 });
  });

  it('exports one office with ?office=', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/export.geojson?office=${OFFICE_A}` });
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="stations-110105016-\d{8}\.geojson"$/);
    expect(res.json().features.map((f: { id: string }) => f.id)).toEqual(['a1']);
  });
});
