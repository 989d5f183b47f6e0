/**
 * Offline and weak connections (issue 3): the app opens with the server stopped and answers from
 * what it has; when the server comes back with changed data, the list changes without a reload;
 * an unchanged data set costs a 304.
 *
 * "Offline" is the test server stopped, never `context.setOffline` (PITFALLS.md). The app is
 * loaded online, the test waits until the service worker controls the page and the IndexedDB
 * copy is written, then stops the server and reloads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeStationColumns } from '../../src/core/stationColumns.ts';
import type { Station } from '../../src/core/station.ts';
import { DATA_DIR, readNavLinks, SHUANGJING, stationDetail, useBrowserSuite, waitForReady } from './harness.ts';
import type { RiderBrowser } from './harness.ts';
import {
  cachedTileUrls,
  markPage,
  pageWasReloaded,
  resultIds,
  storedStationCount,
  storedStationExists,
  waitForServiceWorkerControl,
} from './offline-helpers.ts';

const AT = new Date('2026-11-04T14:30:00+08:00'); // a Wednesday afternoon, an ordinary working day
const PAGE = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;
const suite = useBrowserSuite();

/** What the app downloads for its stations (src/app/data/dataFiles.ts). */
const STATIONS_PATH = '/data/stations.columns.json';
const offlineBanner = (page: Page) => page.locator('[data-testid="offline-banner"]');

/** First visit online: the list, then the service worker in control and the copy in IndexedDB. */
async function firstVisit(page: Page): Promise<void> {
  await page.goto(suite.server.url(PAGE));
  await waitForReady(page);
  await waitForServiceWorkerControl(page);
  await expect.poll(() => storedStationCount(page), { timeout: 20_000, message: 'stations stored in IndexedDB' }).toBeGreaterThan(2000);
}

describe('offline', () => {
  test('with the server stopped: list, detail, navigation links, the map tiles seen before, and the offline banner', async () => {
    const { page } = await suite.launch({ fixedTime: AT });
    await firstVisit(page);
    // A visit under the service worker's control sees the map, so its tiles are cached.
    await page.reload();
    await waitForReady(page);
    await page.waitForSelector('[data-testid="map"][data-map-state="ready"]', { timeout: 45_000 });
    await expect.poll(async () => (await cachedTileUrls(page)).length, { timeout: 20_000, message: 'tiles in the tile cache' }).toBeGreaterThan(0);
    const onlineIds = await resultIds(page);
    expect(onlineIds.length).toBeGreaterThan(0);
    await expect.poll(() => offlineBanner(page).count(), { timeout: 10_000, message: 'no banner while online' }).toBe(0);

    await suite.server.stop();
    try {
      await page.reload();
      await waitForReady(page);
      await expect.poll(() => resultIds(page), { timeout: 10_000, message: 'the same ranked list, from the local copy' }).toEqual(onlineIds);
      await expect.poll(() => offlineBanner(page).getAttribute('data-reason'), { timeout: 15_000, message: 'offline banner' }).toBe('offline');

      await page.locator(`[data-testid="station-result"][data-station-id="${onlineIds[0]}"]`).click();
      await expect.poll(() => stationDetail(page).getAttribute('data-station-id'), { timeout: 10_000 }).toBe(onlineIds[0]);
      const links = await readNavLinks(page);
      expect(links.map((l) => l.provider).sort()).toEqual(['amap', 'apple', 'baidu', 'tencent']);
      for (const link of links) expect(link.href, `${link.provider} link`).toMatch(/^(https?|iosamap|androidamap|baidumap|qqmap|maps):/);
      await page.locator('[data-testid="detail-close"]').click();

      // The map: it renders, and every tile it asks for comes from the cache (a miss would make
      // the worker report it, and the banner would say the map has gaps).
      await page.waitForSelector('[data-testid="map"][data-map-state="ready"]', { timeout: 45_000 });
      await page.waitForTimeout(3000);
      await expect(page.locator('[data-testid="tiles-missing"]').count()).resolves.toBe(0);

      // Far away (the airport, 22 km), where no tile was ever seen: the banner says the map has gaps.
      await page.locator('button[data-testid="choose-place"]').click();
      await page.locator('[data-testid="hub-option"][data-hub-id="hub-043"]').click();
      await expect.poll(() => page.locator('[data-testid="tiles-missing"]').count(), { timeout: 20_000, message: 'gap reported' }).toBe(1);
    } finally {
      await suite.server.start();
    }
  });

  test('the server back with changes: closed, deleted and new stations show without a reload; unchanged data is a 304', async () => {
    const { page, context } = await suite.launch({ fixedTime: AT });
    const preloadWarnings: string[] = [];
    page.on('console', (message) => {
      if (/preload/i.test(message.text())) preloadWarnings.push(message.text());
    });
    suite.server.resetCounts();
    await firstVisit(page);
    // The stations came once, as columns, never as GeoJSON; and the app's request used index.html's
    // preload (a mismatch, e.g. of the credentials mode, makes Chromium warn and ask again).
    const firstDownloads = suite.server.requests.filter((r) => r.path.startsWith('/data/stations.'));
    expect(firstDownloads.filter((r) => r.status === 200).map((r) => r.path)).toEqual([STATIONS_PATH]);
    expect(preloadWarnings, 'the preload was used').toEqual([]);
    const before = await resultIds(page);
    const [closedId, deletedId] = before;
    expect(closedId && deletedId, 'at least two stations near 双井').toBeTruthy();

    // Unchanged: the refresh after coming back online is answered with 304s.
    suite.server.resetCounts();
    await context.setOffline(true);
    await expect.poll(() => offlineBanner(page).count(), { timeout: 10_000, message: 'banner on the offline event' }).toBe(1);
    await context.setOffline(false);
    await expect
      .poll(() => suite.server.requests.filter((r) => r.path === STATIONS_PATH).map((r) => r.status), {
        timeout: 15_000,
        message: 'stations.columns.json asked again on the online event',
      })
      .toEqual([304]);
    const asked = suite.server.requests.find((r) => r.path === STATIONS_PATH);
    expect(asked?.ifNoneMatch, 'the request carried If-None-Match').toBeTruthy();
    await expect.poll(() => offlineBanner(page).count(), { timeout: 10_000 }).toBe(0);

    // The server goes away, then comes back with one station closed, one deleted, one added.
    await suite.server.stop();
    const changedDir = writeChangedData(closedId as string, deletedId as string);
    try {
      await page.reload();
      await waitForReady(page);
      await expect.poll(() => offlineBanner(page).getAttribute('data-reason'), { timeout: 15_000 }).toBe('offline');
      await markPage(page);

      suite.server.setDataDir(changedDir);
      await suite.server.start();
      await context.setOffline(true);
      await context.setOffline(false);

      await expect.poll(() => resultIds(page).then((ids) => ids[0]), { timeout: 20_000, message: 'the new station first' }).toBe(NEW_ID);
      const after = await resultIds(page);
      expect(after, 'the closed station is no longer offered').not.toContain(closedId);
      expect(after, 'the deleted station is gone').not.toContain(deletedId);
      expect(await pageWasReloaded(page), 'no reload').toBe(false);
      await expect.poll(() => offlineBanner(page).count(), { timeout: 10_000, message: 'banner gone once online' }).toBe(0);

      // The closed station is still known: with "include closed" it shows as temporarily closed.
      await page.locator('button[data-testid="filter-chip"][data-filter="includeClosed"]').click();
      const closedRow = page.locator(`[data-testid="station-result"][data-station-id="${closedId}"]`);
      await expect.poll(() => closedRow.getAttribute('data-state'), { timeout: 10_000 }).toBe('temporarily_closed');
      await page.locator('button[data-testid="filter-chip"][data-filter="includeClosed"]').click();

      // And the change is in the local copy: offline again, the new list is what opens.
      await expect.poll(() => storedStationExists(page, NEW_ID), { timeout: 15_000, message: 'new station stored' }).toBe(true);
      await expect.poll(() => storedStationExists(page, deletedId as string), { timeout: 10_000, message: 'deleted station removed from the copy' }).toBe(false);
      await suite.server.stop();
      await page.reload();
      await waitForReady(page);
      await expect.poll(async () => (await resultIds(page))[0], { timeout: 10_000, message: 'the new station first, from the local copy' }).toBe(NEW_ID);
    } finally {
      suite.server.setDataDir(null);
      await suite.server.start();
      rmSync(changedDir, { recursive: true, force: true });
    }
  });
});

describe('old data', () => {
  test('offline for longer than staleDataDays (30): the banner also says how long the copy went unchecked', async () => {
    const first = await suite.launch({ fixedTime: AT, keepUserDataDir: true });
    await firstVisit(first.page);
    await first.close();
    await suite.server.stop();
    let second: RiderBrowser | null = null;
    try {
      const fortyDaysLater = new Date(AT.getTime() + 40 * 24 * 60 * 60 * 1000);
      second = await suite.launch({ fixedTime: fortyDaysLater, userDataDir: first.userDataDir });
      const { page } = second;
      await page.goto(suite.server.url(PAGE));
      await waitForReady(page);
      await expect.poll(async () => (await resultIds(page)).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => offlineBanner(page).getAttribute('data-stale'), { timeout: 15_000 }).toBe('true');
      await expect.poll(() => offlineBanner(page).textContent(), { timeout: 10_000 }).toContain('本机数据已 40 天没有和服务器核对');
    } finally {
      await second?.close(); // before its profile goes
      await suite.server.start();
      rmSync(first.userDataDir, { recursive: true, force: true });
    }
  });
});

const NEW_ID = 'cy-9001';

/**
 * data/ with `closedId` temporarily closed, `deletedId` removed and a new 24/7 station at 双井:
 * the GeoJSON, and the columns the app downloads, made from it by the core's encoder as the build does.
 */
function writeChangedData(closedId: string, deletedId: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'rider-data-v2-'));
  cpSync(DATA_DIR, dir, { recursive: true, filter: (src) => src === DATA_DIR || src.endsWith('.geojson') });
  const file = join(dir, 'stations.geojson');
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features: { id: string; properties: Record<string, unknown> }[] };
  const template = collection.features[0];
  if (!template) throw new Error('data/stations.geojson is empty');
  collection.features = collection.features
    .filter((f) => f.id !== deletedId)
    .map((f) =>
      f.id === closedId
        ? {
            ...f,
            properties: {
              ...f.properties,
              status: 'temporarily_closed',
              closure: { reason: '装修', from: '2026-11-01T00:00:00+08:00', until: '2026-12-31T00:00:00+08:00' },
              updated_at: '2026-11-04T10:00:00+08:00',
            },
          }
        : f,
    );
  collection.features.push({
    ...template,
    id: NEW_ID,
    geometry: { type: 'Point', coordinates: [SHUANGJING[0] + 0.0003, SHUANGJING[1]] },
    properties: {
      ...template.properties,
      name: '双井测试新驿站',
      opening_hours: '24/7',
      status: 'operational',
      updated_at: '2026-11-04T10:00:00+08:00',
    },
  } as (typeof collection.features)[number]);
  writeFileSync(file, JSON.stringify(collection));
  writeFileSync(join(dir, 'stations.columns.json'), JSON.stringify(encodeStationColumns(collection.features as unknown as Station[])));
  return dir;
}
