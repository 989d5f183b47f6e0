/**
 * The ranked list on the rider screen (issue 2 §4–5): with a position at 双井 it shows the nearest
 * stations open at arrival, in the core's order; a filter chip changes it and is remembered; the
 * device's time zone does not change it.
 */
import { describe, expect, test } from 'vitest';
import {
  filterChip,
  firstResultId,
  locateMe,
  readResults,
  SHUANGJING,
  useBrowserSuite,
  waitForReady,
} from './harness.ts';
import { expectedRanking, expectRowsMatchRanking, stationById } from './expectations.ts';

/** A Wednesday afternoon in Beijing, an ordinary working day. */
const AT = new Date('2026-11-04T14:30:00+08:00');
/** 22:10 in Beijing is 09:10 in New York: day-only stations are closed here, open there. */
const LATE_EVENING = new Date('2026-11-04T22:10:00+08:00');
const OPEN_OR_UNKNOWN = ['open', 'closing_soon', 'unknown'];

const suite = useBrowserSuite();

describe('rider list at 双井', () => {
  test('(a) shows the nearest stations open at arrival, nearest first, as nearestStations ranks them', async () => {
    const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT });
    await page.goto(suite.server.url('/'));
    await waitForReady(page);
    await locateMe(page);

    const expected = expectedRanking(SHUANGJING, AT);
    expect(expected.length, 'premise: the sample data has open stations near 双井').toBeGreaterThan(0);
    await expect.poll(() => firstResultId(page), { timeout: 15_000 }).toBe(expected[0]?.station.id);

    const rows = await readResults(page);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.distanceMeters, `row ${i} is not nearer than row ${i - 1}`).toBeGreaterThanOrEqual(rows[i - 1]!.distanceMeters);
    }
    for (const row of rows) expect(OPEN_OR_UNKNOWN, `data-state of ${row.id}`).toContain(row.state);
    expectRowsMatchRanking(rows, expected);
  });

  test('(b) the e-bike charging chip narrows the list, and is remembered after a reload', async () => {
    const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT });
    const unfiltered = expectedRanking(SHUANGJING, AT);
    const charging = expectedRanking(SHUANGJING, AT, { needs: ['ebike_charging'] });
    expect(
      charging.slice(0, 5).map((r) => r.station.id),
      'premise: near 双井 the filter changes the first rows',
    ).not.toEqual(unfiltered.slice(0, 5).map((r) => r.station.id));

    await page.goto(suite.server.url('/'));
    await waitForReady(page);
    await locateMe(page);
    await expect.poll(() => firstResultId(page), { timeout: 15_000 }).toBe(unfiltered[0]?.station.id);
    const before = (await readResults(page)).map((r) => r.id);

    const chip = filterChip(page, 'ebike_charging');
    expect(await chip.getAttribute('aria-pressed'), 'chip on a fresh profile').toBe('false');
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => firstResultId(page), { timeout: 10_000 }).toBe(charging[0]?.station.id);

    const after = await readResults(page);
    expect(after.map((r) => r.id), 'the list changed').not.toEqual(before);
    for (const row of after) {
      expect(stationById(row.id).properties.amenities, `amenities of ${row.id}`).toContain('ebike_charging');
    }
    expectRowsMatchRanking(after, charging);

    await page.reload();
    await waitForReady(page);
    await expect.poll(() => filterChip(page, 'ebike_charging').getAttribute('aria-pressed'), { timeout: 10_000, message: 'chip after reload' }).toBe('true');
    await expect.poll(async () => (await readResults(page)).length, { timeout: 10_000, message: 'rows after reload' }).toBeGreaterThan(0);
    const reloaded = await readResults(page);
    for (const row of reloaded) {
      expect(stationById(row.id).properties.amenities, `amenities of ${row.id} after reload`).toContain('ebike_charging');
    }
  });
});

describe('rider list and the device time zone', () => {
  test("(g) the same instant gives the same list in 'America/New_York' and 'Asia/Shanghai'", async () => {
    const expected = expectedRanking(SHUANGJING, LATE_EVENING);
    const shiftedByZone = expectedRanking(SHUANGJING, new Date(LATE_EVENING.getTime() - 13 * 3_600_000));
    expect(
      shiftedByZone.slice(0, 20).map((r) => `${r.station.id}:${r.stateAtArrival.kind}`),
      'premise: reading the hours in New York time would give a different list',
    ).not.toEqual(expected.slice(0, 20).map((r) => `${r.station.id}:${r.stateAtArrival.kind}`));

    const lists: Record<string, Awaited<ReturnType<typeof readResults>>> = {};
    for (const timezoneId of ['America/New_York', 'Asia/Shanghai']) {
      const rider = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: LATE_EVENING, timezoneId });
      const { page } = rider;
      await page.goto(suite.server.url('/'));
      await waitForReady(page);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
      await locateMe(page);
      await expect.poll(() => firstResultId(page), { timeout: 15_000, message: `first row under ${timezoneId}` }).toBe(
        expected[0]?.station.id,
      );
      lists[timezoneId] = await readResults(page);
      await rider.close();
    }
    expect(lists['America/New_York'], 'New York list vs Shanghai list').toEqual(lists['Asia/Shanghai']);
    expectRowsMatchRanking(lists['Asia/Shanghai']!, expected);
  });
});
