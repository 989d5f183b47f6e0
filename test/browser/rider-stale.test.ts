/**
 * How old is the data? (issue 3 §2) The sample data is as of 2026-11-20 (Beijing). A rider on
 * a day more than 30 days later (`staleDataDays`) is warned once, in the one banner; a rider
 * within the threshold sees no banner at all.
 */
import { describe, expect, test } from 'vitest';
import { SHUANGJING, useBrowserSuite, waitForReady } from './harness.ts';

const suite = useBrowserSuite();
const at = (lngLat: readonly number[]) => `/?at=${lngLat.join(',')}`;

describe('data age banner', () => {
  test('data older than the threshold: one banner saying how many days', async () => {
    // 2026-11-20 → 2027-01-15 is 56 days in Beijing.
    const { page } = await suite.launch({ fixedTime: new Date('2027-01-15T10:00:00+08:00') });
    await page.goto(suite.server.url(at(SHUANGJING)));
    await waitForReady(page);
    const banner = page.getByTestId('offline-banner');
    await expect.poll(() => banner.getAttribute('data-reason')).toBe('stale-data');
    expect(await page.getByTestId('offline-banner').count(), 'one banner, never two').toBe(1);
    expect(await page.getByTestId('stale-banner').textContent()).toBe('数据已 56 天未更新，开放情况可能有变。');
    // The list is still there to use: the warning is advice, not a blocker.
    expect(await page.locator('[data-testid="station-result"]').count()).toBeGreaterThan(0);
  });

  test('data within the threshold: no banner', async () => {
    const { page } = await suite.launch({ fixedTime: new Date('2026-12-01T10:00:00+08:00') });
    await page.goto(suite.server.url(at(SHUANGJING)));
    await waitForReady(page);
    await page.waitForSelector('[data-testid="station-result"]');
    // Give the refresh that follows the first answer time to finish, then look.
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
  });
});
