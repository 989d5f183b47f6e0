/**
 * How far to trust what the screen says (issue 3 §2, issue 2 §3). The sample data is as of
 * 2026-11-20 (Beijing): a rider more than 30 days later (`staleDataDays`) is warned once, in the
 * one banner; within the threshold there is no banner. And hours that follow the official
 * calendar say so when the week shown reaches a year the bundled holiday calendar does not have.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { dependsOnOfficialCalendar } from '../../src/core/calendarDependence.ts';
import { HOLIDAY_CALENDAR_YEARS } from '../../src/core/holidays.ts';
import { stationById } from './expectations.ts';
import { readResults, SHUANGJING, useBrowserSuite, waitForReady } from './harness.ts';

const suite = useBrowserSuite();
const at = (lngLat: readonly number[]) => `/?at=${lngLat.join(',')}`;

/** Opens the nearest listed station whose hours follow the official calendar (weekday or holiday rules). */
async function openCalendarStation(page: Page): Promise<string> {
  const row = (await readResults(page)).find((r) => dependsOnOfficialCalendar(stationById(r.id).properties));
  if (!row) throw new Error('premise: a listed station near 双井 has weekday or holiday rules');
  await page.locator(`[data-testid="station-result"][data-station-id="${row.id}"]`).click();
  await page.waitForSelector(`[data-testid="station-detail"][data-station-id="${row.id}"]`);
  return row.id;
}

describe('data age banner', () => {
  test('data older than the threshold: one banner saying how many days', async () => {
    // 2026-11-20 → 2027-01-15 is 56 days in Beijing.
    const { page } = await suite.launch({ fixedTime: new Date('2027-01-15T10:00:00+08:00') });
    await page.goto(suite.server.url(at(SHUANGJING)));
    await waitForReady(page);
    const banner = page.getByTestId('offline-banner');
    await expect.poll(() => banner.getAttribute('data-reason'), { timeout: 10_000 }).toBe('stale-data');
    expect(await page.getByTestId('offline-banner').count(), 'one banner, never two').toBe(1);
    await expect.poll(() => page.getByTestId('stale-banner').textContent(), { timeout: 10_000 }).toBe('数据已 56 天未更新，开放情况可能有变。');
    // The list is still there to use: the warning is advice, not a blocker.
    await expect.poll(() => page.locator('[data-testid="station-result"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
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
  test('a week beyond the holiday calendar: the hours say which year is missing; the about view says which years are in', async () => {
    const nextYear = HOLIDAY_CALENDAR_YEARS.last + 1;
    // A Friday in January of the first year the bundled calendar does not have.
    const { page } = await suite.launch({ fixedTime: new Date(`${nextYear}-01-15T10:00:00+08:00`) });
    await page.goto(suite.server.url(at(SHUANGJING)));
    await waitForReady(page);
    await page.waitForSelector('[data-testid="station-result"]');
    await openCalendarStation(page);
    await expect.poll(() => page.getByTestId('holiday-calendar-note').textContent(), { timeout: 10_000 }).toContain(`${nextYear} 年的法定节假日和调休安排还没有收录`);
    await page.keyboard.press('Escape');
    await page.getByTestId('open-about').click();
    // "About" is a lazy chunk.
    await expect.poll(() => page.getByTestId('holiday-calendar').textContent(), { timeout: 10_000 }).toContain(`–${HOLIDAY_CALENDAR_YEARS.last} 年`);
  });

  test('a week inside the calendar: no such note', async () => {
    const { page } = await suite.launch({ fixedTime: new Date('2026-12-01T10:00:00+08:00') });
    await page.goto(suite.server.url(at(SHUANGJING)));
    await waitForReady(page);
    await page.waitForSelector('[data-testid="station-result"]');
    await openCalendarStation(page);
    await page.waitForSelector('[data-testid="station-detail"] table.hours');
    expect(await page.getByTestId('holiday-calendar-note').count()).toBe(0);
  });
});
