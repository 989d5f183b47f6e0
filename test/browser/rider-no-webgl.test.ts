/**
 * Without WebGL (old phones, blocked GPUs) the map cannot draw, but the rider's job must still work
 * (issue 2 §4–5): the map says it is unavailable; list, detail and navigation links work.
 */
import { expect, test } from 'vitest';
import {
  firstResultId,
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

test('(f) WebGL disabled: the map says unavailable; list, detail and links still work', async () => {
  const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT, webgl: false });
  await page.goto(suite.server.url('/'));
  expect(
    await page.evaluate(() => !!document.createElement('canvas').getContext('webgl2') || !!document.createElement('canvas').getContext('webgl')),
    'premise: this Chromium has no WebGL',
  ).toBe(false);
  await waitForReady(page);

  const map = page.locator('[data-testid="map"]');
  await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 30_000, message: 'map data-map-state' }).toBe('unavailable');
  expect(await map.isVisible(), 'the map area (with its message) is visible').toBe(true);
  expect((await map.innerText()).trim(), 'the map area shows a message').not.toBe('');

  await locateMe(page);
  const expected = expectedRanking(SHUANGJING, AT);
  await expect.poll(() => firstResultId(page), { timeout: 15_000, message: 'first row relative to 双井' }).toBe(expected[0]?.station.id);
  expectRowsMatchRanking(await readResults(page), expected);

  const id = (await resultRows(page).first().getAttribute('data-station-id')) as string;
  await page.locator(`[data-testid="station-result"][data-station-id="${id}"]`).click();
  const detail = stationDetail(page);
  await expect.poll(() => detail.isVisible(), { timeout: 10_000, message: 'station-detail visible' }).toBe(true);
  await expect.poll(() => detail.getAttribute('data-station-id'), { timeout: 10_000 }).toBe(id);
  expect((await detail.locator('[data-testid="detail-hours"]').innerText()).trim(), 'detail-hours text').not.toBe('');
  expectNavLinksMatch(await readNavLinks(page), stationById(id), SHUANGJING);
});
