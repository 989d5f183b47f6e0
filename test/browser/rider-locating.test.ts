/**
 * While a fix is on its way (a slow GPS at start-up), the list's place says so and still offers
 * "choose a place", instead of asking "where are you?" with a "locate me" that is already
 * running. The device's position is held back in the page until the test lets it through.
 */
import { describe, expect, test } from 'vitest';
import { zhCN } from '../../src/i18n/zhCN.ts';
import { resultRows, SHUANGJING, useBrowserSuite } from './harness.ts';

const suite = useBrowserSuite();

describe('a slow fix at start-up', () => {
  test('the prompt says it is locating (button busy), then the list replaces it', async () => {
    const { page } = await suite.launch({ geolocation: { granted: SHUANGJING } });
    // A GPS that takes its time: answers arrive only once the test releases them.
    await page.addInitScript(() => {
      const geo = navigator.geolocation;
      const real = geo.getCurrentPosition.bind(geo);
      const held: (() => void)[] = [];
      (window as unknown as { __releaseFix: () => void }).__releaseFix = () => held.splice(0).forEach((go) => go());
      geo.getCurrentPosition = (ok, fail, options) => void held.push(() => real(ok, fail, options));
    });
    await page.goto(suite.server.url('/'));

    const prompt = page.getByTestId('origin-prompt');
    await expect.poll(() => prompt.getAttribute('data-locating'), { timeout: 15_000 }).toBe('true');
    expect(await prompt.locator('p').first().innerText()).toBe(zhCN.locatingPrompt);
    const locateButton = prompt.locator('button').first();
    expect(await locateButton.getAttribute('aria-busy')).toBe('true');
    expect((await locateButton.innerText()).trim()).toBe(zhCN.locating);
    expect((await prompt.locator('button').nth(1).innerText()).trim(), 'choosing a place is still offered').toBe(zhCN.choosePlace);

    await page.evaluate(() => (window as unknown as { __releaseFix: () => void }).__releaseFix());
    await expect.poll(() => resultRows(page).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await prompt.count()).toBe(0);
  });
});
