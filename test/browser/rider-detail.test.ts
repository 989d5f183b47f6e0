/**
 * Station detail (issue 2 §4–5): opened from a list row (click or Enter) and from the station's
 * marker on the map, with hours, last-verified date and navigation links that carry the right
 * coordinates; and the acceptance check: the nearest open e-bike charging station in two taps.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  filterChip,
  firstResultId,
  mapDrawingAt,
  projectStationStable,
  locateMe,
  readNavLinks,
  readResults,
  resultRows,
  SHUANGJING,
  stationDetail,
  useBrowserSuite,
  waitForReady,
} from './harness.ts';
import { expectedRanking, expectNavLinksMatch, expectRowsMatchRanking, stationById } from './expectations.ts';

const AT = new Date('2026-11-04T14:30:00+08:00');
const suite = useBrowserSuite();

/** Opens the app at 双井 and waits until the list is relative to that position. */
async function openAtShuangjing(page: Page, press: 'locate-me' | 'nothing' = 'locate-me'): Promise<string> {
  await page.goto(suite.server.url('/'));
  await waitForReady(page);
  if (press === 'locate-me') await locateMe(page);
  const nearest = expectedRanking(SHUANGJING, AT)[0]?.station.id;
  await expect.poll(() => firstResultId(page), { timeout: 15_000, message: 'first row, relative to 双井' }).toBe(nearest);
  return nearest as string;
}

/** The Beijing calendar date of an ISO instant, as [year, month, day] numbers. */
function beijingDate(iso: string): number[] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(new Date(iso))
    .filter((p) => p.type !== 'literal')
    .map((p) => Number(p.value));
  return parts;
}

async function expectDetailOf(page: Page, stationId: string): Promise<void> {
  const detail = stationDetail(page);
  await expect.poll(() => detail.isVisible(), { timeout: 10_000, message: 'station-detail visible' }).toBe(true);
  await expect.poll(() => detail.getAttribute('data-station-id'), { timeout: 10_000, message: 'detail data-station-id' }).toBe(stationId);
}

describe('station detail', () => {
  test('(c) a list row opens the detail: hours, verified date, phone, navigation links for that station', async () => {
    const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT });
    await openAtShuangjing(page);

    const id = (await resultRows(page).first().getAttribute('data-station-id')) as string;
    await page.locator(`[data-testid="station-result"][data-station-id="${id}"]`).click();
    await expectDetailOf(page, id);
    const station = stationById(id);
    const detail = stationDetail(page);

    const hours = detail.locator('[data-testid="detail-hours"]');
    expect(await hours.isVisible(), 'detail-hours visible').toBe(true);
    expect((await hours.innerText()).trim(), 'detail-hours text').not.toBe('');

    const verified = detail.locator('[data-testid="detail-verified"]');
    expect(await verified.isVisible(), 'detail-verified visible').toBe(true);
    const verifiedText = (await verified.innerText()).trim();
    expect(verifiedText, 'detail-verified text').not.toBe('');
    if (station.properties.verified_at) {
      const [, month, day] = beijingDate(station.properties.verified_at);
      const numbers = (verifiedText.match(/\d+/g) ?? []).map(Number);
      expect(numbers, `detail-verified "${verifiedText}" shows the date of ${station.properties.verified_at}`).toEqual(
        expect.arrayContaining([month, day]),
      );
    }

    if (station.properties.phone) {
      const tel = detail.locator('a[href^="tel:"]');
      expect(await tel.count(), 'tap-to-call link').toBeGreaterThan(0);
      const digits = (s: string): string => s.replace(/\D/g, '');
      expect(digits((await tel.first().getAttribute('href')) ?? '')).toBe(digits(station.properties.phone));
    }

    expectNavLinksMatch(await readNavLinks(page), station, SHUANGJING);

    // Close, then the keyboard path: focus the second row and press Enter.
    await detail.locator('[data-testid="detail-close"]').click();
    await expect.poll(() => stationDetail(page).isVisible(), { timeout: 10_000, message: 'detail closed' }).toBe(false);
    const secondId = (await resultRows(page).nth(1).getAttribute('data-station-id')) as string;
    await page.locator(`[data-testid="station-result"][data-station-id="${secondId}"]`).focus();
    await page.keyboard.press('Enter');
    await expectDetailOf(page, secondId);
    expectNavLinksMatch(await readNavLinks(page), stationById(secondId), SHUANGJING);
  });

  test("(d) the station's marker on the map opens the same detail as its row", async () => {
    const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT });
    await openAtShuangjing(page);
    // A station clear of the rider's own dot (the nearest one at 双井 sits under it).
    const rows = await readResults(page);
    const id = (rows.find((r) => r.distanceMeters >= 100) ?? rows[0])!.id;

    // The detail as opened from the list, for comparison.
    await page.locator(`[data-testid="station-result"][data-station-id="${id}"]`).click();
    await expectDetailOf(page, id);
    const fromList = {
      hours: await stationDetail(page).locator('[data-testid="detail-hours"]').innerText(),
      links: await readNavLinks(page),
    };
    await stationDetail(page).locator('[data-testid="detail-close"]').click();
    await expect.poll(() => stationDetail(page).isVisible(), { timeout: 10_000, message: 'detail closed' }).toBe(false);

    const map = page.locator('[data-testid="map"]');
    await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 45_000, message: 'map data-map-state' }).toBe('ready');

    const point = await projectStationStable(page, id);
    // Strictly inside: the map root's own background is not a marker (e.g. a zero-height canvas host).
    const hit = await mapDrawingAt(page, point);
    expect(hit.insideMap, `at the marker's point ${JSON.stringify(point)} the page has ${hit.what}, not the map's drawing`).toBe(true);

    await page.mouse.click(point.x, point.y);
    await expectDetailOf(page, id);
    expect(await stationDetail(page).locator('[data-testid="detail-hours"]').innerText(), 'hours as from the list').toBe(fromList.hours);
    expect(await readNavLinks(page), 'navigation links as from the list').toEqual(fromList.links);
  });
});


describe('acceptance', () => {
  test('(i) two taps from a fresh load at 双井: e-bike charging chip, first result → an open e-bike charging station with navigation', async () => {
    const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT, touch: true });
    const charging = expectedRanking(SHUANGJING, AT, { needs: ['ebike_charging'] });
    const nearestOpen = charging.find((r) => r.openAtArrival);
    expect(nearestOpen, 'premise: an e-bike charging station is open near 双井').toBeDefined();

    // A fresh load locates by itself (permission already granted): no tap yet.
    await openAtShuangjing(page, 'nothing');

    await filterChip(page, 'ebike_charging').tap(); // tap 1
    // The tap took effect: the chip is on and the whole list is the filtered ranking (the nearest
    // station overall also charges e-bikes, so the first row alone could not tell).
    await expect.poll(() => filterChip(page, 'ebike_charging').getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await expect.poll(() => firstResultId(page), { timeout: 10_000, message: 'first row after the chip' }).toBe(charging[0]?.station.id);
    const rows = await readResults(page);
    expectRowsMatchRanking(rows, charging);
    for (const row of rows) expect(stationById(row.id).properties.amenities, `${row.id} charges e-bikes`).toContain('ebike_charging');
    const id = charging[0]!.station.id;
    const first = page.locator(`[data-testid="station-result"][data-station-id="${id}"]`);
    expect(['open', 'closing_soon'], 'the first e-bike charging result is open at arrival').toContain(rows[0]!.state);
    expect(rows[0]!.id, 'the first row is the nearest e-bike charging station').toBe(id);

    await first.tap(); // tap 2
    await expectDetailOf(page, id);
    expect(id, 'the nearest open e-bike charging station').toBe(nearestOpen?.station.id);
    const station = stationById(id);
    expect(station.properties.amenities).toContain('ebike_charging');
    expectNavLinksMatch(await readNavLinks(page), station, SHUANGJING);
  });
});
