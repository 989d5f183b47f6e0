/**
 * Two editors, one station (issue 4): the second save does not overwrite the first. The console
 * shows theirs and mine side by side and saves what the editor chooses, field by field.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { apiSession, loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();

async function openStation(page: Page, id: string): Promise<void> {
  await page.goto(suite.server.url(`/console?station=${id}`));
  await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${id}"][data-editable="true"]`);
}

describe('console: conflicting edits', () => {
  test('a stale save shows theirs and mine; the editor keeps their name and its own phone', async () => {
    const station = (await publishedStations(suite.server)).filter((s) => s.properties.office_code === SHUANGJING_OFFICE)[3]!;
    const first = (await suite.launch()).page;
    const second = (await suite.launch()).page;
    await loginToConsole(first, suite.server, 'sj-editor');
    await loginToConsole(second, suite.server, 'sj-colleague');
    await openStation(first, station.id);
    await openStation(second, station.id);

    // The first editor starts typing…
    await first.getByTestId('field-name').fill('双井·甲的名字');
    await first.getByTestId('field-phone').fill('010-66660001');
    // …while the second saves first.
    await second.getByTestId('field-name').fill('双井·乙的名字');
    await second.getByTestId('field-address').fill('朝阳区乙改的地址9号');
    await second.getByTestId('editor-save').click();
    await expect.poll(() => second.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('已保存。');

    await first.getByTestId('editor-save').click();
    const conflict = first.getByTestId('conflict-view');
    await conflict.waitFor();
    expect(await conflict.locator('p').first().textContent()).toContain(`你是在第 ${station.properties.version} 版上修改的，服务器上现在是第 ${station.properties.version! + 1} 版`);
    const name = conflict.locator('tr[data-field="name"]');
    expect(await name.getByTestId('conflict-theirs').textContent()).toContain('双井·乙的名字');
    expect(await name.getByTestId('conflict-mine').textContent()).toContain('双井·甲的名字');
    expect(await conflict.locator('tr[data-field="phone"]').getByTestId('conflict-mine').textContent()).toContain('010-66660001');
    // Nothing was written by the stale save.
    expect((await publishedStations(suite.server)).find((s) => s.id === station.id)!.properties.name).toBe('双井·乙的名字');

    await name.getByTestId('conflict-theirs').locator('input').check();
    await first.getByTestId('conflict-save').click();
    await expect.poll(() => first.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('冲突已处理。');
    await expect.poll(() => first.getByTestId('conflict-view').count(), { timeout: 10_000 }).toBe(0);

    const saved = (await publishedStations(suite.server)).find((s) => s.id === station.id)!;
    expect(saved.properties).toMatchObject({ name: '双井·乙的名字', address: '朝阳区乙改的地址9号', phone: '010-66660001' });
    const history = await (await apiSession(suite.server, 'sj-editor')).get<{ versions: { by: string; changes: string[] }[] }>(`/api/stations/${station.id}/history`);
    expect(history.body.versions.slice(0, 2).map((v) => [v.by, v.changes])).toEqual([
      ['sj-editor', ['phone']],
      ['sj-colleague', ['address', 'name']],
    ]);
  });
});
