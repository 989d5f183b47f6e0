/**
 * The rider app against the real API server (issue 3 §3, issue 4 "What riders see"): once the
 * server has announced itself (X-Data-Version), the app asks for `?since=<version>` and applies
 * the changed stations and the tombstones without a reload. Edits are made through the API as a
 * street-office console would.
 */
import { describe, expect, test } from 'vitest';
import { PHONE_VIEWPORT, SHUANGJING, waitForReady } from './harness.ts';
import { markPage, pageWasReloaded, resultIds, storedStationCount, waitForServiceWorkerControl } from './offline-helpers.ts';
import { apiSession, useConsoleSuite } from './serverHarness.ts';
import { DB_NAME } from '../../src/app/offline/db.ts';

const PAGE = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;
const suite = useConsoleSuite();

describe('sync with the API server', () => {
  test('a closure, a deletion and a new station reach an open app through ?since=, without a reload', async () => {
    const { page, context } = await suite.launch({ viewport: PHONE_VIEWPORT });
    const asked: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      // Either whole-collection file (the columns the app downloads, or the GeoJSON) would be a full download.
      const whole = ['/api/stations', '/data/stations.columns.json', '/data/stations.geojson'];
      if (whole.includes(url.pathname)) asked.push(url.pathname + url.search);
    });
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => storedStationCount(page), { timeout: 20_000 }).toBeGreaterThan(2000);
    const meta = await page.evaluate(
      (name) =>
        new Promise<{ origin: string; dataVersion: number | null }>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('data');
            get.onsuccess = () => resolve(get.result as { origin: string; dataVersion: number | null });
          };
        }),
      DB_NAME,
    );
    expect(meta.origin, 'the server announced itself with X-Data-Version').toBe('server');
    expect(meta.dataVersion).toBeGreaterThan(0);

    const [closedId, deletedId] = await resultIds(page);
    const api = await apiSession(suite.server, 'district-admin');
    const closedVersion = (await api.get(`/api/stations/${closedId}`)).etag as string;
    const deletedVersion = (await api.get(`/api/stations/${deletedId}`)).etag as string;
    const closed = await api.send(
      'PATCH',
      `/api/stations/${closedId}`,
      { properties: { status: 'temporarily_closed', closure: { reason: '内部装修', until: new Date(Date.now() + 90 * 24 * 60 * 60_000).toISOString() } } },
      { 'if-match': closedVersion },
    );
    expect(closed.status).toBe(200);
    expect((await api.send('DELETE', `/api/stations/${deletedId}`, undefined, { 'if-match': deletedVersion })).status).toBe(200);
    const created = await api.send<{ id: string }>('POST', '/api/stations', {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [SHUANGJING[0] + 0.0003, SHUANGJING[1]] },
      properties: {
        name: '双井同步测试驿站',
        kind: 'rest_station',
        amenities: ['drinking_water', 'phone_charging'],
        opening_hours: '24/7',
        status: 'operational',
        address: '北京市朝阳区双井测试路1号',
        host_type: 'community_building',
        verified_at: null,
      },
    });
    expect(created.status).toBe(201);
    const newId = created.body.id;

    await markPage(page);
    asked.length = 0;
    // The app refreshes every 5 minutes and whenever the connection comes back: use the latter.
    await context.setOffline(true);
    await context.setOffline(false);

    await expect.poll(() => resultIds(page).then((ids) => ids[0]), { timeout: 20_000, message: 'the new station first' }).toBe(newId);
    const after = await resultIds(page);
    expect(after).not.toContain(closedId);
    expect(after).not.toContain(deletedId);
    expect(await pageWasReloaded(page)).toBe(false);
    expect(asked, 'a delta, not the whole collection').toEqual([`/api/stations?since=${meta.dataVersion}`]);
  });
  test('the server comes back while the phone stays online: the app retries by itself and catches up (no `online` event)', async () => {
    const { page } = await suite.launch({ viewport: PHONE_VIEWPORT });
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => storedStationCount(page), { timeout: 20_000 }).toBeGreaterThan(2000);

    // The server goes away; the app is opened again (shell from the service worker, list from
    // IndexedDB) and its refresh fails while the browser still says it is online.
    await suite.server.stop();
    await page.reload();
    await waitForReady(page);
    await expect
      .poll(() => page.getByTestId('offline-banner').getAttribute('data-reason'), { timeout: 20_000, message: 'the failed refresh is told' })
      .toBe('offline');
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);

    // The server returns with a new station next to the rider. Nothing tells the page.
    await suite.server.start();
    const api = await apiSession(suite.server, 'district-admin');
    const created = await api.send<{ id: string }>('POST', '/api/stations', {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [SHUANGJING[0] - 0.0002, SHUANGJING[1]] },
      properties: {
        name: '双井重试测试驿站',
        kind: 'rest_station',
        amenities: ['drinking_water'],
        opening_hours: '24/7',
        status: 'operational',
        address: '北京市朝阳区双井测试路2号',
        host_type: 'community_building',
        verified_at: null,
      },
    });
    expect(created.status).toBe(201);
    await markPage(page);

    // The retry schedule (5 s, 10 s, 20 s …) finds the server again.
    await expect
      .poll(() => resultIds(page).then((ids) => ids.includes(created.body.id)), { timeout: 60_000, message: 'the new station, fetched by a retry' })
      .toBe(true);
    await expect.poll(() => page.getByTestId('offline-banner').count(), { timeout: 10_000 }).toBe(0);
    expect(await pageWasReloaded(page)).toBe(false);
  });
  test('hubs and street offices arrive after a first visit served by the API server, on screen and in IndexedDB', async () => {
    const { page } = await suite.launch({ viewport: PHONE_VIEWPORT });
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    const stored = (store: 'hubs' | 'offices') =>
      page.evaluate(
        ([name, storeName]) =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open(name);
            open.onerror = () => resolve(0);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains(storeName)) return resolve(0);
              const count = db.transaction(storeName).objectStore(storeName).count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
        [DB_NAME, store] as const,
      );
    // The first visit loads the stations alone; the refresh right after brings the rest.
    await expect.poll(() => stored('hubs'), { timeout: 20_000, message: 'hubs stored' }).toBeGreaterThan(50);
    await expect.poll(() => stored('offices'), { timeout: 20_000, message: 'offices stored' }).toBe(43);
    await page.getByTestId('choose-place').click();
    await expect.poll(() => page.locator('[data-testid="hub-option"]').count(), { timeout: 10_000, message: 'hubs in the place picker' }).toBeGreaterThan(50);
  });
});
