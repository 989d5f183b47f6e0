/**
 * Offline areas, the download itself (issue 3 §4): the connection drops in the middle (the test
 * server stops), the download retries, then pauses saying how far it got; after a reload and the
 * server's return, "resume" fetches only the tiles that are not stored yet.
 */
import { describe, expect, test } from 'vitest';
import { SHUANGJING, useBrowserSuite, waitForReady } from './harness.ts';
import { areaRows, cachedUrls, circle, expectedTileUrls, openAreasPanel, pathOf, readyEstimate, storedAreas } from './area-helpers.ts';

const suite = useBrowserSuite();
const AT = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;
const isTile = (path: string): boolean => path.startsWith('/tiles/default/') && path.endsWith('.pbf');

describe('offline area: interrupted download', () => {
  test('stopping the server pauses it with “N of M saved”; after a reload and restart, resume refetches no stored tile', async () => {
    const { page } = await suite.launch({ webgl: false });
    const server = suite.server;
    const panel = await openAreasPanel(page, server.url(AT));
    await panel.locator('[data-testid="area-radius"][data-km="10"]').click();
    const all = expectedTileUrls(server.origin, circle(SHUANGJING, 10));
    await readyEstimate(page, all.length);

    // A slow tile server, so the download is still running when the connection goes.
    server.setInterceptor(async (_req, _res, path) => {
      if (isTile(path)) await new Promise((r) => setTimeout(r, 250));
      return false;
    });
    server.resetCounts();
    await panel.locator('[data-testid="area-download"]').click();
    const row = areaRows(page).first();
    await expect.poll(async () => Number(await row.getAttribute('data-done')), { timeout: 20_000 }).toBeGreaterThanOrEqual(12);
    expect(await row.getAttribute('data-status')).toBe('downloading');
    const requestedWhileUp = server.requests.filter((r) => isTile(r.path)).length;
    expect(requestedWhileUp, 'at most 4 tiles in flight beyond those done').toBeLessThan(all.length);
    await server.stop();

    // Retries with back-off (1 + 2 + 4 s), then a pause that says what was saved.
    await expect.poll(() => row.getAttribute('data-pause-reason'), { timeout: 30_000 }).toBe('offline');
    expect(await row.getAttribute('data-status')).toBe('paused');
    const done = Number(await row.getAttribute('data-done'));
    expect(done).toBeGreaterThanOrEqual(12);
    expect(done).toBeLessThan(all.length);
    expect(await row.locator('[data-testid="area-status"]').textContent()).toBe(`网络中断：已保存 ${done} / ${all.length} 个瓦片，联网后点“继续”。`);
    const storedBefore = (await cachedUrls(page)).filter((u) => all.includes(u));
    expect(storedBefore).toHaveLength(done);
    // The row says "paused" before the record is written (downloader.ts: #set, then #save).
    await expect.poll(() => storedAreas(page), { timeout: 10_000 }).toMatchObject([{ status: 'paused', doneCount: done }]);

    // The server comes back; the rider reloads the app and resumes.
    server.setInterceptor(null);
    await server.start();
    server.resetCounts();
    await page.reload();
    await waitForReady(page);
    await page.locator('[data-testid="open-about"]').click();
    await page.locator('[data-testid="open-offline-areas"]').click();
    const again = areaRows(page).first();
    await expect.poll(() => again.getAttribute('data-status'), { timeout: 10_000 }).toBe('paused');
    expect(Number(await again.getAttribute('data-done'))).toBe(done);
    await again.locator('[data-testid="area-resume"]').click();
    await expect.poll(() => again.getAttribute('data-status'), { timeout: 30_000 }).toBe('complete');

    const refetched = storedBefore.filter((u) => server.requestCount(pathOf(u)) > 0);
    expect(refetched, 'stored tiles fetched again after resume').toEqual([]);
    const tileRequests = server.requests.filter((r) => isTile(r.path) && r.method === 'GET');
    expect(tileRequests).toHaveLength(all.length - done);
    expect((await cachedUrls(page)).filter((u) => all.includes(u))).toHaveLength(all.length);
    expect(await again.locator('[data-testid="area-status"]').textContent()).toMatch(/下载 · /);
  });
});
