/**
 * Editing stations in the console against the real server (issue 4): add one by placing a pin,
 * move it by dragging the pin (and be told when the server refuses a place outside the
 * jurisdiction), edit the hours and read what they mean, schedule a closure that ends by itself,
 * see the history and revert; and another office's editor can only look.
 */
import { distance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { stationStateAt } from '../../src/core/hours.ts';
import type { LngLat, Station } from '../../src/core/station.ts';
import {
  apiSession,
  JINSONG_OFFICE,
  loginToConsole,
  mapLngLat,
  mapPixel,
  pinPixel,
  publishedStations,
  SHUANGJING_OFFICE,
  useConsoleSuite,
  waitForConsoleMap,
} from './serverHarness.ts';

const suite = useConsoleSuite();
const metres = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });

/** A 双井 station well inside the jurisdiction: the one nearest the office's centre. */
async function centralStation(): Promise<Station> {
  const centre: LngLat = [116.463, 39.893];
  const mine = (await publishedStations(suite.server)).filter((s) => s.properties.office_code === SHUANGJING_OFFICE);
  return mine.sort((a, b) => metres(a.geometry.coordinates, centre) - metres(b.geometry.coordinates, centre))[0]!;
}

async function stationById(id: string): Promise<Station | undefined> {
  return (await publishedStations(suite.server)).find((s) => s.id === id);
}

async function openFromTable(page: Page, name: string): Promise<void> {
  await page.getByTestId('table-search').fill(name);
  await page.locator('[data-testid="console-station-row"]', { hasText: name }).first().click();
  await page.waitForSelector('[data-testid="station-editor"]');
}

/**
 * The pin tip's page pixel once the map has stopped moving: opening a station eases the camera to
 * it (300 ms, longer in wall time on a busy machine), so ask until two answers, two frames apart, agree.
 */
async function settledPinPixel(page: Page): Promise<{ x: number; y: number }> {
  let previous: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 60; attempt++) {
    const point = await pinPixel(page);
    if (point && previous && Math.hypot(point.x - previous.x, point.y - previous.y) < 0.5) return point;
    previous = point;
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.waitForTimeout(50);
  }
  throw new Error(previous ? 'the edit pin kept moving: the console map never settled' : 'no edit pin on the map');
}

async function dragPin(page: Page, to: { x: number; y: number }): Promise<void> {
  const tip = await settledPinPixel(page);
  // Grab the pin's head (the element sits above its tip), move in steps like a hand would.
  const grab = { x: tip.x, y: tip.y - 20 };
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 5, grab.y + 5, { steps: 3 });
  await page.mouse.move(to.x, to.y - 20, { steps: 12 });
  await page.mouse.up();
}

describe('console: stations', () => {
  test('adds a station by placing a pin (warned of a same-name station nearby), moves it by dragging, refuses a place outside', async () => {
    const { page } = await suite.launch();
    const near = await centralStation();
    await loginToConsole(page, suite.server, 'sj-editor');
    await waitForConsoleMap(page);

    await page.getByTestId('add-station').click();
    const target: LngLat = [near.geometry.coordinates[0] + 0.0002, near.geometry.coordinates[1]]; // about 17 m east
    const click = await mapPixel(page, target, 17);
    await page.mouse.click(click.x, click.y);
    await page.waitForSelector('[data-testid="station-editor"][data-station-id=""]');
    const placed = await mapLngLat(page, click);

    await page.getByTestId('field-name').fill(near.properties.name);
    await expect.poll(() => page.getByTestId('duplicate-warning').textContent(), { timeout: 10_000 }).toMatch(new RegExp(`米内已有同名站点“${near.properties.name}”`));
    // QA: the warning did not stop the save. Now it asks; "cancel" saves nothing.
    await page.getByTestId('field-address').fill('朝阳区百子湾路16号');
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByTestId('editor-save').click();
    await expect.poll(() => asked, { timeout: 10_000 }).toHaveLength(1);
    expect(asked[0]).toMatch(new RegExp(`米内已有同名站点“${near.properties.name}”，这可能是同一个站点。仍然保存吗？`));
    expect(await page.locator('[data-testid="station-editor"][data-station-id=""]').count()).toBe(1);
    expect((await publishedStations(suite.server)).filter((s) => s.properties.name === near.properties.name)).toHaveLength(1);
    await page.getByTestId('field-name').fill('测试·百子湾新驿站');
    await expect.poll(() => page.getByTestId('duplicate-warning').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('nearby-note').textContent(), { timeout: 10_000 }).toMatch(/^50 米内已有 \d+ 个站点（.+），请确认不是同一个。$/);
    expect(await page.getByTestId('nearby-note').textContent(), 'the station 17 m away is named').toContain(near.properties.name);
    await page.getByLabel('电动车充电', { exact: true }).check();
    await page.getByLabel('饮水', { exact: true }).check();
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('站点已创建。');

    const created = (await publishedStations(suite.server)).find((s) => s.properties.name === '测试·百子湾新驿站');
    expect(created, 'the new station is published').toBeDefined();
    expect(created!.properties).toMatchObject({ office_code: SHUANGJING_OFFICE, amenities: ['ebike_charging', 'drinking_water'], address: '朝阳区百子湾路16号' });
    expect(metres(created!.geometry.coordinates, placed)).toBeLessThan(3);
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${created!.id}"]`);

    // Drag the pin about 60 m south-east, and save.
    const tip = await settledPinPixel(page);
    const dropAt = { x: tip.x + 60, y: tip.y + 40 };
    await dragPin(page, dropAt);
    await page.waitForSelector('[data-testid="moved-notice"]');
    const dropped = await mapLngLat(page, dropAt);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('已保存。');
    const moved = await stationById(created!.id);
    expect(metres(moved!.geometry.coordinates, dropped)).toBeLessThan(3);
    expect(metres(moved!.geometry.coordinates, created!.geometry.coordinates)).toBeGreaterThan(20);

    // Drag it into 劲松街道: the console warns, the server refuses, and says why.
    const jinsong: LngLat = [116.4558, 39.8863];
    await mapPixel(page, [(jinsong[0] + moved!.geometry.coordinates[0]) / 2, (jinsong[1] + moved!.geometry.coordinates[1]) / 2], 14);
    await dragPin(page, await mapPixel(page, jinsong));
    await page.waitForSelector('[data-testid="outside-warning"]');
    await page.getByTestId('editor-save').click();
    await expect
      .poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 })
      .toBe('这个位置属于劲松街道，不在你的街道辖区内。请把站点放在辖区内。');
    expect((await stationById(created!.id))!.geometry.coordinates).toEqual(moved!.geometry.coordinates);

    // Delete it (with a confirmation); riders no longer get it.
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('delete-station').click();
    await expect.poll(() => page.getByTestId('list-notice').textContent(), { timeout: 10_000 }).toBe('站点已删除。');
    expect(await stationById(created!.id)).toBeUndefined();
  });

  test('edits the hours with presets and text, shows what they mean, refuses unreadable hours; history and revert', async () => {
    const { page } = await suite.launch();
    const station = (await publishedStations(suite.server)).find((s) => s.properties.office_code === SHUANGJING_OFFICE && s.properties.opening_hours !== 'Mo-Su 07:30-21:00')!;
    const before = station.properties.opening_hours;
    await loginToConsole(page, suite.server, 'sj-editor');
    await openFromTable(page, station.properties.name);

    // The chosen station has hours, so "hours not known" is off; make sure before using a preset.
    expect(await page.getByTestId('hours-unknown').isChecked()).toBe(before === null);
    if (before === null) await page.getByTestId('hours-unknown').uncheck();
    await page.locator('[data-preset="everyDay"]').click();
    expect(await page.getByTestId('hours-raw').inputValue()).toBe('Mo-Su 08:00-20:00');
    expect(await page.getByTestId('hours-meaning').textContent()).toMatch(/^今天 08:00–20:00，/);

    // A day row writes the text too: Sunday closed.
    await page.getByLabel('周日', { exact: true }).selectOption('closed');
    expect(await page.getByTestId('hours-raw').inputValue()).toBe('Mo-Sa 08:00-20:00');

    await page.getByTestId('hours-raw').fill('Mo-Fr 08:00-20:00; Sa sometimes');
    await expect.poll(() => page.getByTestId('hours-check').textContent(), { timeout: 10_000 }).toBe('无法识别，请检查语法，例如 Mo-Fr 08:00-18:00');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('请先修正标出的问题。');
    // QA: focus stayed on Save; it goes to the first field to fix.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 10_000 }).toBe('hours-raw');

    await page.getByTestId('hours-raw').fill('Mo-Su 07:30-21:00');
    await expect.poll(() => page.getByTestId('hours-meaning').textContent(), { timeout: 10_000 }).toMatch(/^今天 07:30–21:00，/);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('已保存。');
    expect((await stationById(station.id))!.properties.opening_hours).toBe('Mo-Su 07:30-21:00');

    // History: who, when, what; revert writes the old hours back as a new version.
    await page.getByTestId('show-history').click();
    const newest = page.getByTestId('history-version').first();
    await expect.poll(() => newest.getAttribute('data-action'), { timeout: 10_000 }).toBe('update');
    expect(await newest.textContent()).toContain('sj-editor');
    expect(await newest.getByTestId('history-changes').textContent()).toBe('开放时间');
    page.once('dialog', (d) => void d.accept());
    await page.getByTestId('history-version').nth(1).getByTestId('revert').click();
    await expect.poll(() => page.getByTestId('history-version').first().getAttribute('data-action'), { timeout: 10_000 }).toBe('revert');
    expect((await stationById(station.id))!.properties.opening_hours).toBe(before);
    // QA: the server's English note showed as is; the console says it in its own words.
    await expect.poll(() => page.getByTestId('history-version').first().getByTestId('history-note').textContent(), { timeout: 10_000 }).toMatch(/^恢复到第 \d+ 版$/);
  });

  // QA: ← 返回列表, another tab or another station threw unsaved edits away without asking,
  // and closing the editor cleared the table's search box.
  test('asks before discarding unsaved edits (cancel keeps them), and the table keeps its search', async () => {
    const { page } = await suite.launch();
    const station = await centralStation();
    await loginToConsole(page, suite.server, 'sj-editor');
    await openFromTable(page, station.properties.name);
    const asked: string[] = [];
    const answer = (accept: boolean) =>
      page.once('dialog', (d) => {
        asked.push(d.message());
        void (accept ? d.accept() : d.dismiss());
      });

    // Nothing changed: closing does not ask.
    await page.getByTestId('editor-close').click();
    await page.waitForSelector('[data-testid="station-table"]');
    expect(asked).toEqual([]);
    expect(await page.getByTestId('table-search').inputValue()).toBe(station.properties.name);

    await page.locator('[data-testid="console-station-row"]', { hasText: station.properties.name }).first().click();
    await page.getByTestId('field-name').fill(`${station.properties.name}（改）`);

    answer(false);
    await page.getByTestId('editor-close').click();
    await expect.poll(() => asked, { timeout: 10_000 }).toEqual(['有尚未保存的修改。确定放弃这些修改吗？']);
    expect(await page.getByTestId('field-name').inputValue()).toBe(`${station.properties.name}（改）`);

    answer(false);
    await page.getByTestId('reports-tab').click();
    await expect.poll(() => asked, { timeout: 10_000 }).toHaveLength(2);
    expect(await page.getByTestId('reports-tab').getAttribute('aria-selected')).toBe('false');
    expect(await page.getByTestId('field-name').inputValue()).toBe(`${station.properties.name}（改）`);

    answer(true);
    await page.getByTestId('editor-close').click();
    await page.waitForSelector('[data-testid="station-table"]');
    expect(asked).toHaveLength(3);
    expect(await page.getByTestId('table-search').inputValue()).toBe(station.properties.name);
    expect((await stationById(station.id))!.properties.name).toBe(station.properties.name);

    // Discarded means gone: reopening shows the saved name, and a tab switch asks no more.
    await page.locator('[data-testid="console-station-row"]', { hasText: station.properties.name }).first().click();
    expect(await page.getByTestId('field-name').inputValue()).toBe(station.properties.name);
    await page.getByTestId('reports-tab').click();
    await expect.poll(() => page.getByTestId('reports-tab').getAttribute('aria-selected'), { timeout: 10_000 }).toBe('true');
    expect(asked).toHaveLength(3);
  });

  // QA: name_en was ignored in English; a long unbreakable name squeezed the table.
  test('English shows name_en and searches it; long names wrap', async () => {
    const { page } = await suite.launch({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
    const withEn = (await publishedStations(suite.server)).find((s) => s.properties.office_code === SHUANGJING_OFFICE && s.properties.name_en)!;
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('table-search').fill(withEn.properties.name_en!.toLowerCase());
    const row = page.locator('[data-testid="console-station-row"]', { hasText: withEn.properties.name_en! }).first();
    expect(await row.locator('th').textContent()).toBe(withEn.properties.name_en);
    await row.click();
    await page.waitForSelector('[data-testid="station-editor"]');
    expect(await page.locator('#editor-title').textContent()).toBe(`Edit: ${withEn.properties.name_en}`);
    const wrap = await page.locator('#editor-title').evaluate((el) => getComputedStyle(el).overflowWrap);
    expect(wrap).toBe('anywhere');
    await page.getByTestId('editor-close').click();
    expect(await page.locator('[data-testid="console-station-row"] th').first().evaluate((el) => getComputedStyle(el).overflowWrap)).toBe('anywhere');
  });

  test('schedules a temporary closure that ends by itself, and marks the station verified (device in New York)', async () => {
    // Closure times are Beijing wall-clock whatever the device's zone.
    const { page } = await suite.launch({ timezoneId: 'America/New_York' });
    const station = (await publishedStations(suite.server)).filter((s) => s.properties.office_code === SHUANGJING_OFFICE && s.properties.status === 'operational')[5]!;
    await loginToConsole(page, suite.server, 'sj-editor');
    await openFromTable(page, station.properties.name);

    // Until tomorrow 18:00, Beijing time.
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('临时暂停（到时自动恢复）').check();
    await page.getByTestId('closure-reason').fill('供暖管道检修');
    await page.getByTestId('closure-until').fill(`${tomorrow}T18:00`);
    await expect.poll(() => page.getByTestId('closure-summary').textContent(), { timeout: 10_000 }).toMatch(/^现在起暂停开放，.*18:00 自动恢复。原因：供暖管道检修$/);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('已保存。');

    const closed = (await stationById(station.id))!;
    expect(closed.properties.status).toBe('temporarily_closed');
    expect(closed.properties.closure).toEqual({ reason: '供暖管道检修', until: `${tomorrow}T18:00:00+08:00` });
    const until = new Date(`${tomorrow}T18:00:00+08:00`);
    expect(stationStateAt(closed.properties, new Date()).kind).toBe('temporarily_closed');
    expect(stationStateAt(closed.properties, new Date(until.getTime() + 60_000)).kind).not.toBe('temporarily_closed');

    await page.getByTestId('mark-verified').click();
    await expect.poll(async () => (await stationById(station.id))!.properties.verified_at, { timeout: 10_000 }).not.toBeNull();
    await page.getByTestId('editor-close').click();
    await page.getByTestId('table-search').fill(station.properties.name);
    const row = page.locator(`[data-testid="console-station-row"][data-station-id="${station.id}"]`);
    // The table's list is fetched again after the save and the verification: poll.
    await expect.poll(() => row.locator('td[data-status]').textContent(), { timeout: 10_000 }).toBe('暂停开放');
    await expect.poll(() => row.locator('td[data-state]').getAttribute('data-state'), { timeout: 10_000 }).toBe('temporarily_closed');
    await expect.poll(() => row.locator('td[data-stale-days]').textContent(), { timeout: 10_000 }).toBe('今天');
  });

  test("another office's editor sees no edit controls, and a forced PATCH gets 404", async () => {
    const { page } = await suite.launch();
    const station = await centralStation();
    await loginToConsole(page, suite.server, 'js-editor', `/console?station=${station.id}`);
    expect(await page.getByTestId('office-name').textContent()).toBe('劲松街道');
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${station.id}"][data-editable="false"]`);
    expect(await page.getByTestId('read-only').textContent()).toBe('这个站点不属于你的街道，只能查看。');
    for (const control of ['editor-save', 'delete-station', 'mark-verified', 'show-history']) expect(await page.getByTestId(control).count(), control).toBe(0);
    expect(await page.getByTestId('field-name').isDisabled()).toBe(true);
    await waitForConsoleMap(page);
    expect(await page.getByTestId('edit-pin').getAttribute('class')).not.toContain('console-pin--draggable');

    const forced = await page.evaluate(async (id) => {
      const session = await (await fetch('/api/session')).json();
      const res = await fetch(`/api/stations/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken, 'if-match': '"1"' },
        body: JSON.stringify({ properties: { name: 'taken over' } }),
      });
      const history = await fetch(`/api/stations/${id}/history`);
      return { patch: res.status, code: (await res.json()).error.code, history: history.status };
    }, station.id);
    expect(forced).toEqual({ patch: 404, code: 'not_found', history: 404 });
    expect((await stationById(station.id))!.properties.name).toBe(station.properties.name);

    // Their own table does not list it; the same id is editable for its own office.
    await page.getByTestId('editor-close').click();
    expect(await page.locator(`[data-testid="console-station-row"][data-station-id="${station.id}"]`).count()).toBe(0);
    const own = await apiSession(suite.server, 'js-editor');
    expect((await own.get('/api/session')).body).toMatchObject({ user: { officeCode: JINSONG_OFFICE } });
  });
});
