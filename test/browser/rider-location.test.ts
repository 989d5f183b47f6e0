/**
 * When the position is denied (issue 2 §4): the screen says so, and the rider chooses a place
 * instead; picking a hub gives the list relative to that hub.
 */
import { expect, test } from 'vitest';
import { firstResultId, locateMe, readResults, useBrowserSuite, waitForReady } from './harness.ts';
import { expectedRanking, expectRowsMatchRanking, hubById } from './expectations.ts';

const AT = new Date('2026-11-04T14:30:00+08:00');
const suite = useBrowserSuite();

test('(e) geolocation denied → location-status says so → choose a hub → the list is relative to the hub', async () => {
  const { page } = await suite.launch({ geolocation: 'denied', fixedTime: AT });
  await page.goto(suite.server.url('/'));
  await waitForReady(page);
  expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('denied');

  await locateMe(page);
  const status = page.locator('[data-testid="location-status"]');
  await expect
    .poll(async () => ((await status.count()) > 0 ? (await status.innerText()).trim() : ''), {
      timeout: 10_000,
      message: 'location-status says the position was denied',
    })
    .toMatch(/拒绝|未授权|未允许|权限|denied|not allowed|blocked|permission/i);

  await page.locator('button[data-testid="choose-place"]').click();
  const options = page.locator('[data-testid="hub-option"]');
  // On a first visit the hubs come with the refresh that follows the stations.
  await expect.poll(() => options.count(), { timeout: 15_000, message: 'hub options in the picker' }).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="pick-on-map"]').count(), 'a "tap the map" option in the picker').toBeGreaterThan(0);

  const option = options.first();
  const hubId = await option.getAttribute('data-hub-id');
  expect(hubId, 'hub-option data-hub-id').toBeTruthy();
  const hub = hubById(hubId as string);
  await page.locator(`[data-testid="hub-option"][data-hub-id="${hubId}"]`).click();

  const expected = expectedRanking(hub.geometry.coordinates, AT);
  await expect.poll(() => firstResultId(page), { timeout: 10_000, message: `first row relative to hub ${hubId}` }).toBe(
    expected[0]?.station.id,
  );
  expectRowsMatchRanking(await readResults(page), expected);
});
