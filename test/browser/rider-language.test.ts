/**
 * zh-CN first, English second (issue 2 §4): the screen follows the browser's language, and the
 * language switch changes <html lang> and the labels.
 */
import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { filterChip, SHUANGJING, useBrowserSuite, waitForReady } from './harness.ts';

const AT = new Date('2026-11-04T14:30:00+08:00');
const CJK = /[\u3400-\u9fff]/;
const suite = useBrowserSuite();

function htmlLang(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.lang);
}

/** Visible label of a control: its text, else its aria-label. */
async function label(page: Page, selector: string): Promise<string> {
  const el = page.locator(selector).first();
  const text = (await el.innerText()).trim();
  return text || ((await el.getAttribute('aria-label')) ?? '').trim();
}

test('(h) the language switch turns the screen to English: <html lang> and labels', async () => {
  const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT, locale: 'zh-CN' });
  await page.goto(suite.server.url('/'));
  await waitForReady(page);
  expect(await htmlLang(page), '<html lang> in a zh-CN browser').toMatch(/^zh/i);

  const chipSelector = 'button[data-testid="filter-chip"][data-filter="ebike_charging"]';
  const locateSelector = 'button[data-testid="locate-me"]';
  const zhChip = await label(page, chipSelector);
  const zhLocate = await label(page, locateSelector);
  expect(zhChip, 'e-bike charging chip label in Chinese').toMatch(CJK);

  const languageSwitch = page.locator('[data-testid="language-switch"]');
  const tag = await languageSwitch.evaluate((el) => el.tagName.toLowerCase());
  if (tag === 'select') {
    const values = await languageSwitch.locator('option').evaluateAll((opts) => opts.map((o) => (o as HTMLOptionElement).value));
    const english = values.find((v) => /^en/i.test(v)) ?? values.find((v) => /english/i.test(v));
    expect(english, `an English option among ${JSON.stringify(values)}`).toBeDefined();
    await languageSwitch.selectOption(english as string);
  } else {
    await languageSwitch.click();
  }

  await expect.poll(() => htmlLang(page), { timeout: 10_000, message: '<html lang> after the switch' }).toMatch(/^en/i);
  const enChip = await label(page, chipSelector);
  expect(enChip, 'e-bike charging chip label changed').not.toBe(zhChip);
  expect(enChip, 'e-bike charging chip label in English').not.toMatch(CJK);
  expect(enChip).toMatch(/[a-z]/i);
  const enLocate = await label(page, locateSelector);
  expect(enLocate, 'locate-me label changed').not.toBe(zhLocate);
  expect(enLocate, 'locate-me label in English').not.toMatch(CJK);
  expect(await filterChip(page, 'ebike_charging').count()).toBe(1);
});

test('(h) an English browser gets the English screen', async () => {
  const { page } = await suite.launch({ geolocation: { granted: SHUANGJING }, fixedTime: AT, locale: 'en-US' });
  await page.goto(suite.server.url('/'));
  await waitForReady(page);
  // <html lang> is set in an effect after the first render: poll it.
  await expect.poll(() => htmlLang(page), { timeout: 10_000, message: '<html lang> in an en-US browser' }).toMatch(/^en/i);
  await expect.poll(() => label(page, 'button[data-testid="filter-chip"][data-filter="ebike_charging"]'), { timeout: 10_000 }).not.toMatch(CJK);
});
