/**
 * Offline areas end to end (issue 3 §4): tiles downloaded for an area land in the service
 * worker's tile cache under the URLs the map asks for, so with the server stopped the map draws
 * the area from them, and the app does not report gaps there.
 */
import { describe, expect, test } from 'vitest';
import { SHUANGJING, useBrowserSuite, waitForReady } from './harness.ts';
import { areaRows, cachedUrls, circle, expectedTileUrls, openAreasPanel, readyEstimate, storedAreas } from './area-helpers.ts';
import { storedStationCount, waitForServiceWorkerControl } from './offline-helpers.ts';

const suite = useBrowserSuite();
const AT = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;

describe('offline area: the map uses it', () => {
  test('download without ever showing the map, stop the server, reload with the map: it draws from the downloaded tiles', async () => {
    const server = suite.server;
    // 1. No WebGL: the map never loads, so every tile in the cache comes from the download.
    const first = await suite.launch({ webgl: false, keepUserDataDir: true });
    const panel = await openAreasPanel(first.page, server.url(AT));
    await waitForServiceWorkerControl(first.page);
    await expect.poll(() => storedStationCount(first.page), { timeout: 20_000, message: 'station data kept for offline' }).toBeGreaterThan(2000);
    const area = expectedTileUrls(server.origin, circle(SHUANGJING, 3));
    await readyEstimate(first.page, area.length);
    await panel.locator('[data-testid="area-download"]').click();
    await expect.poll(() => areaRows(first.page).first().getAttribute('data-status'), { timeout: 20_000 }).toBe('complete');
    // (The tile set's metadata.json, read for the estimate, sits under tiles/ and is cached too.)
    const cachedTiles = (await cachedUrls(first.page)).filter((u) => u.endsWith('.pbf'));
    expect(cachedTiles, 'the tile cache holds exactly the area').toEqual([...area].sort());
    // The panel says "complete" before the record is written: wait for it before closing the browser.
    await expect
      .poll(async () => (await storedAreas(first.page)).map((a) => a.status), { timeout: 10_000, message: 'the finished area is stored' })
      .toEqual(['complete']);
    const profile = first.userDataDir;
    await first.close();

    // 2. Offline, with a map.
    await server.stop();
    try {
      const second = await suite.launch({ userDataDir: profile });
      const tileResponses: { url: string; status: number; fromServiceWorker: boolean }[] = [];
      second.page.on('response', (r) => {
        if (r.url().includes('/tiles/default/')) tileResponses.push({ url: r.url(), status: r.status(), fromServiceWorker: r.fromServiceWorker() });
      });
      await second.page.goto(server.url(AT));
      await waitForReady(second.page);
      await second.page.waitForSelector('[data-testid="map"][data-map-state="ready"]', { timeout: 45_000 });
      await second.page.waitForTimeout(3000);
      expect(await second.page.locator('[data-testid="tiles-missing"]').count(), 'the app reports no gap in the downloaded area').toBe(0);
      // The map worker's tile requests (Chromium reports them on the page): every one answered
      // by the service worker from the downloaded tiles.
      expect(tileResponses.length, 'the map asked for tiles').toBeGreaterThan(0);
      for (const r of tileResponses) {
        expect(r, r.url).toMatchObject({ status: 200, fromServiceWorker: true });
        expect(area, r.url).toContain(r.url);
      }
      await second.close();
    } finally {
      await server.start();
    }
  });
});
