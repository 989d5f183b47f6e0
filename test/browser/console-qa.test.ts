/**
 * Console fixes from a QA pass, against the real server:
 * - holiday hours chosen twice (`; PH off` in the hours and "24 hours" in the holiday field) are
 *   refused with a reason, and the holiday choice names the rule the hours carry;
 * - the English address is editable (it stayed as it was when the Chinese one changed);
 * - a new station starts with hours unknown (it used to start as 24/7, telling riders it never
 *   closes when the office skipped the hours), and says what riders then see;
 * - History's back button says where it goes (the station, not the list);
 * - the English table keeps a readable name column at 1366 px.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();

async function openFromTable(page: Page, id: string): Promise<void> {
  await page.getByTestId('table-search').fill(id);
  await page.locator(`[data-testid="console-station-row"][data-station-id="${id}"]`).click();
  await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${id}"]`);
}

const published = async (id: string) => (await publishedStations(suite.server)).find((s) => s.id === id)!;

describe('console QA fixes', () => {
  test('holiday hours chosen twice are refused; the English address is edited; History goes back to the station', async () => {
    const { page } = await suite.launch();
    const station = (await publishedStations(suite.server)).find((s) => s.properties.office_code === SHUANGJING_OFFICE && !s.properties.holiday_hours)!;
    await loginToConsole(page, suite.server, 'sj-editor');
    await openFromTable(page, station.id);
    if (await page.getByTestId('hours-unknown').isChecked()) await page.getByTestId('hours-unknown').uncheck();

    await page.getByTestId('hours-raw').fill('Mo-Fr 08:30-17:30; PH off');
    const same = page.locator('[data-holiday-choice="same"]');
    await expect.poll(() => same.locator('xpath=..').innerText()).toBe('按营业时间里的规则（PH off）');
    expect(await same.isChecked()).toBe(true);

    await page.locator('[data-holiday-choice="allDay"]').check();
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('holiday-problem').textContent()).toMatch(/^营业时间里已经写了节假日规则，这里又另选了一种：请只保留一处/);
    expect(await page.getByTestId('editor-message').textContent()).toBe('请先修正标出的问题。');
    expect((await published(station.id)).properties.opening_hours, 'nothing saved').toBe(station.properties.opening_hours);

    // One answer for holidays: the rule in the hours. Plus a new English address with the Chinese one.
    await same.check();
    await page.getByTestId('field-address').fill('朝阳区广渠路999号');
    await page.getByTestId('field-address_en').fill('No. 999 Guangqu Road, Chaoyang');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent()).toBe('已保存。');
    expect(await page.getByTestId('holiday-problem').count()).toBe(0);
    const saved = (await published(station.id)).properties;
    expect(saved).toMatchObject({ opening_hours: 'Mo-Fr 08:30-17:30; PH off', address: '朝阳区广渠路999号', address_en: 'No. 999 Guangqu Road, Chaoyang' });
    expect(saved.holiday_hours).toBeUndefined();

    // Emptying the English address removes it.
    await page.getByTestId('field-address_en').fill('');
    await page.getByTestId('editor-save').click();
    await expect.poll(async () => (await published(station.id)).properties.address_en ?? null).toBeNull();

    await page.getByTestId('show-history').click();
    const back = page.getByTestId('history-close');
    expect((await back.innerText()).trim()).toBe('← 返回编辑');
    await back.click();
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${station.id}"]`);
  });

  test('a new station starts with hours unknown, says what riders see, and is saved so', async () => {
    const { page } = await suite.launch();
    page.on('dialog', (d) => void d.accept());
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('add-station').click();
    expect((await page.getByTestId('place-at-centre').innerText()).trim()).toBe('先放在辖区中心');
    await page.getByTestId('place-at-centre').click();
    await page.waitForSelector('[data-testid="station-editor"][data-station-id=""]');
    expect(await page.getByTestId('hours-unknown').isChecked()).toBe(true);
    expect(await page.getByTestId('hours-unknown-note').textContent()).toContain('骑手看到的是“开放时间未知”，不会算作开放');
    await page.getByTestId('field-name').fill('测试·时间未知的新驿站');
    await page.getByTestId('field-address').fill('朝阳区双井');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent()).toBe('站点已创建。');
    const created = (await publishedStations(suite.server)).find((s) => s.properties.name === '测试·时间未知的新驿站')!;
    expect(created.properties.opening_hours).toBeNull();
  });

  test('English table at 1366 px: the name column stays readable', async () => {
    const { page } = await suite.launch({ locale: 'en-US' });
    await loginToConsole(page, suite.server, 'sj-editor');
    const narrowest = () =>
      page.locator('[data-testid="console-station-row"] th.console-name').evaluateAll((cells) => (cells.length ? Math.min(...cells.slice(0, 10).map((c) => c.getBoundingClientRect().width)) : null));
    // 11em of the table's font (≈167 px); it was about 70 px, a syllable a line.
    await expect.poll(narrowest, { timeout: 10_000 }).toBeGreaterThanOrEqual(150);
  });
});
