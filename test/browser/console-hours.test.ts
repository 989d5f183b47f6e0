/**
 * The hours editor with a public-holiday rule (QA: `Mo-Fr 08:30-17:30; PH off`, what offices'
 * sheets often become, used to send the editor back to plain text). The day rows now show the
 * week, keep the holiday rule while a day changes, drop it only when asked, and what is saved is
 * what the text field shows.
 */
import { describe, expect, test } from 'vitest';
import { loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();

describe('console: hours with a public-holiday rule', () => {
  test('day rows keep "PH off" while a day changes; it goes only when removed; the saved hours match the text', async () => {
    const { page } = await suite.launch();
    const station = (await publishedStations(suite.server)).find((s) => s.properties.office_code === SHUANGJING_OFFICE)!;
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('table-search').fill(station.properties.name);
    await page.locator('[data-testid="console-station-row"]', { hasText: station.properties.name }).first().click();
    await page.waitForSelector('[data-testid="station-editor"]');
    if (await page.getByTestId('hours-unknown').isChecked()) await page.getByTestId('hours-unknown').uncheck();

    const raw = page.getByTestId('hours-raw');
    await raw.fill('Mo-Fr 08:30-17:30; PH off');
    // The rows show the week, and the holiday rule is named in words.
    await expect.poll(() => page.getByTestId('day-rows').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('#day-kind-Mo').inputValue()).toBe('spans');
    expect(await page.locator('#day-kind-Sa').inputValue()).toBe('closed');
    expect(await page.getByTestId('hours-holiday-rule').textContent()).toContain('法定节假日：休息');

    // Saturday gets hours: the text keeps the holiday rule at the end.
    await page.locator('#day-kind-Sa').selectOption('spans');
    await expect.poll(() => raw.inputValue(), { timeout: 10_000 }).toBe('Mo-Fr 08:30-17:30; Sa 08:00-20:00; PH off');
    expect(await page.getByTestId('hours-check').textContent()).not.toMatch(/无法识别/);

    // Saved as shown.
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('已保存。');
    const saved = async () => (await publishedStations(suite.server)).find((s) => s.id === station.id)!.properties.opening_hours;
    expect(await saved()).toBe('Mo-Fr 08:30-17:30; Sa 08:00-20:00; PH off');

    // Removing the rule is a separate, explicit act.
    await page.getByTestId('hours-holiday-rule-drop').click();
    await expect.poll(() => raw.inputValue(), { timeout: 10_000 }).toBe('Mo-Fr 08:30-17:30; Sa 08:00-20:00');
    await expect.poll(() => page.getByTestId('hours-holiday-rule').count(), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => saved(), { timeout: 10_000 }).toBe('Mo-Fr 08:30-17:30; Sa 08:00-20:00');

    // QA: emptying a time wrote `Mo -20:00` and a generic "cannot be read"; now the day is named.
    await page.locator('#day-kind-Mo').selectOption('spans');
    await page.locator('[data-day="Mo"] input[type="time"]').first().fill('');
    await expect.poll(() => page.getByTestId('hours-check').textContent(), { timeout: 10_000 }).toBe('周一的时间没填完整或不成立（例如开始和结束相同）：请改正，或把这一天改成“休息”。');
    expect(await raw.getAttribute('aria-invalid')).toBe('true');

    // A holiday rule before a weekday rule is not something rows can show: the text field takes it.
    await raw.fill('PH off; Mo-Fr 08:30-17:30');
    await expect.poll(() => page.getByTestId('day-rows').count(), { timeout: 10_000 }).toBe(0);
    expect(await page.getByTestId('station-editor').textContent()).toContain('这个时间规则较复杂，请在文本框中编辑。');
  });
});
