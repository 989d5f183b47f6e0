/**
 * Offline areas, the list (issue 3 §4): finished areas are listed with size and date, and
 * deleting one removes its tiles from the tile cache — except those another area still needs.
 */
import { describe, expect, test } from 'vitest';
import { SHUANGJING, useBrowserSuite } from './harness.ts';
import { areaRows, cachedUrls, circle, expectedTileUrls, openAreasPanel, readyEstimate, storedAreas } from './area-helpers.ts';

const suite = useBrowserSuite();
const AT = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;

describe('offline area: delete', () => {
  test('deleting the small area keeps the tiles the big one needs; deleting the big one removes them all', async () => {
    const { page } = await suite.launch({ webgl: false });
    const panel = await openAreasPanel(page, suite.server.url(AT));
    const big = expectedTileUrls(suite.server.origin, circle(SHUANGJING, 3));
    const small = expectedTileUrls(suite.server.origin, circle(SHUANGJING, 1));
    expect(small.every((u) => big.includes(u)), 'premise: the 1 km cover is inside the 3 km cover').toBe(true);

    await readyEstimate(page, big.length);
    await panel.locator('[data-testid="area-download"]').click();
    // Started: said so, and the button is off, so a second tap cannot download the same area twice.
    await panel.locator('[data-testid="area-started"]').waitFor();
    expect(await panel.locator('[data-testid="area-download"]').isDisabled()).toBe(true);
    await expect.poll(() => areaRows(page).first().getAttribute('data-status'), { timeout: 20_000 }).toBe('complete');
    expect(await areaRows(page).count(), 'one area, not two').toBe(1);

    await panel.locator('[data-testid="area-radius"][data-km="1"]').click();
    const estimate = await readyEstimate(page, small.length);
    expect(estimate['stored-count'], 'the small area’s tiles are already stored').toBe(String(small.length));
    await panel.locator('[data-testid="area-download"]').click();
    await expect.poll(() => areaRows(page).count(), { timeout: 10_000 }).toBe(2);
    await expect.poll(() => areaRows(page).evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status'))), { timeout: 20_000 }).toEqual([
      'complete',
      'complete',
    ]);
    expect((await cachedUrls(page)).filter((u) => big.includes(u))).toHaveLength(big.length);

    // The list: newest first, with date and size.
    const [smallRow, bigRow] = [areaRows(page).nth(0), areaRows(page).nth(1)];
    expect(await smallRow.locator('.areas__name').textContent()).toBe('我的位置周围 1 公里');
    expect(await bigRow.locator('.areas__name').textContent()).toBe('我的位置周围 3 公里');
    expect(await bigRow.locator('[data-testid="area-status"]').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 下载 · \d+(\.\d)? (B|KB)$/);

    await smallRow.locator('[data-testid="area-delete"]').click();
    await expect.poll(() => areaRows(page).count(), { timeout: 10_000 }).toBe(1);
    expect((await cachedUrls(page)).filter((u) => big.includes(u)), 'tiles the 3 km area needs stay').toHaveLength(big.length);

    await areaRows(page).first().locator('[data-testid="area-delete"]').click();
    await expect.poll(() => areaRows(page).count(), { timeout: 10_000 }).toBe(0);
    expect((await cachedUrls(page)).filter((u) => big.includes(u)), 'no tile of the deleted areas is left').toEqual([]);
    expect(await storedAreas(page)).toEqual([]);
  });
});
