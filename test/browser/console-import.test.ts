/**
 * Importing an office's sheet in the console against the real server (issue 4): the GBK sheet
 * from Chinese Excel with Amap (GCJ-02) coordinates, previewed with its conversions, rejected
 * rows and duplicates, then committed; and a commit that fails writes nothing at all.
 */
import { resolve } from 'node:path';
import { distance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { LngLat } from '../../src/core/station.ts';
import { apiSession, loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();
const SAMPLE = resolve(import.meta.dirname, '../fixtures/sample-office-sheet-gbk.csv');

describe('console: import', () => {
  test('the GBK sheet with GCJ-02 coordinates: preview with conversions and rejected rows, then commit', async () => {
    const { page } = await suite.launch();
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-file').setInputFiles(SAMPLE);

    // The encoding is detected and the first lines read as Chinese (the file is read asynchronously).
    await expect.poll(() => page.getByTestId('import-encoding').locator('option[value="auto"]').textContent(), { timeout: 10_000 }).toBe('自动（检测为 GB18030）');
    await expect.poll(() => page.getByTestId('import-sample').textContent(), { timeout: 10_000 }).toContain('二十二院街小哥加油站');

    // The coordinate system must be chosen; nothing is guessed.
    await page.getByTestId('import-upload').click();
    expect(await page.locator('#crs-help').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('import-preview').count()).toBe(0);

    await page.getByLabel('GCJ-02：高德地图、腾讯地图').check();
    await page.getByTestId('import-host-type').selectOption('street_facility');
    await page.getByTestId('import-upload').click();
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.getByTestId('import-summary').textContent()).toBe('将新增 7 个，更新 0 个，0 个无变化，拒绝 3 行，疑似重复 3 行。');

    // Conversions as the office wrote them → OpenStreetMap syntax.
    const row2 = page.locator('[data-testid="import-add"] tr[data-row="2"]');
    expect(await row2.textContent()).toContain('开放时间“每天7:00—22:00”→ Mo-Su 07:00-22:00');
    expect(await page.locator('[data-testid="import-add"] tr[data-row="8"]').textContent()).toContain('开放时间“面议”无法识别');

    // Rejected rows, each with its number and reason.
    const rejected = await page.locator('[data-testid="import-rejected"] tbody tr').evaluateAll((rows) =>
      rows.map((r) => [Number(r.getAttribute('data-row')), r.querySelector('li')?.getAttribute('data-code')]),
    );
    expect(rejected).toEqual([
      [5, 'outside_jurisdiction'],
      [9, 'missing_coordinates'],
      [10, 'coordinates_swapped'],
    ]);
    expect(await page.locator('[data-testid="import-rejected"] tr[data-row="5"]').textContent()).toContain('位于劲松街道，不在本街道辖区内');
    expect(await page.locator('[data-testid="import-duplicates"] tr[data-row="11"]').first().textContent()).toContain('与第 1 行同名');
    // QA: a row resembling two things was listed twice, with two checkboxes for one choice.
    expect(await page.locator('[data-testid="import-duplicates"] tr[data-row="11"]').count()).toBe(1);
    // QA: 0 m from the seeded "双井·二十二院街小哥加油站" under a shorter name was not flagged.
    const row1 = page.locator('[data-testid="import-duplicates"] tr[data-row="1"]');
    expect(await row1.textContent()).toContain('与已有站点“双井·二十二院街小哥加油站”');
    expect(await row1.textContent()).toContain('名称相近');
    // The office knows better here (a second station of the chain): include it anyway.
    await row1.getByRole('checkbox').check();
    expect(await (await publishedStations(suite.server)).filter((s) => s.properties.name === '光华里夜间驿站').length).toBe(0);

    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: 10_000 }).toBe('导入完成：新增 8 个，更新 0 个。');
    const stations = await publishedStations(suite.server);
    const night = stations.find((s) => s.properties.name === '光华里夜间驿站');
    expect(night?.properties).toMatchObject({ opening_hours: '22:00-06:00', office_code: SHUANGJING_OFFICE, host_type: 'street_facility' });
    // Amap's GCJ-02 point became the WGS-84 truth (../shared/data/README.md, row 6).
    expect(distance(night!.geometry.coordinates, [116.4611, 39.9012] as LngLat, { units: 'meters' })).toBeLessThan(1);
    expect(stations.filter((s) => s.properties.name === '二十二院街小哥加油站')).toHaveLength(1); // row 11 held back

    // Export for Excel: the office's stations, UTF-8 with a BOM, formula-like names neutralised.
    const href = await page.getByTestId('export-csv').getAttribute('href');
    expect(href).toBe(`/api/export.csv?office=${SHUANGJING_OFFICE}`);
    const bytes = new Uint8Array(await (await fetch(suite.server.url(href!))).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain('光华里夜间驿站');
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""点我"")"`);
    expect(await page.getByTestId('export-geojson').getAttribute('href')).toBe(`/api/export.geojson?office=${SHUANGJING_OFFICE}`);
  });

  // QA: with no 承办方式 column and no default chosen, every row was rejected with developer text,
  // and the preview pointed to a control it did not have.
  test('a sheet without a host type column: the preview says to choose a default host type, and where', async () => {
    const { page } = await suite.launch();
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-file').setInputFiles(SAMPLE);
    await page.getByLabel('GCJ-02：高德地图、腾讯地图').check();
    await page.getByTestId('import-upload').click();
    await page.waitForSelector('[data-testid="import-preview"]');

    const hint = page.getByTestId('import-host-type-hint');
    expect(await hint.getAttribute('role')).toBe('alert');
    expect(await hint.textContent()).toMatch(/有 \d+ 行只因没有承办方式而未能导入：表格里没有“承办方式”列/);
    const reasons = await page.getByTestId('import-rejected').textContent();
    expect(reasons).toContain('没有填写承办方式');
    expect(reasons).toContain('请在上方导入设置中选择默认承办方式，然后重新预览');
    expect(reasons).toContain('（根据名称或地址可能是“物业门岗”）'); // 富力城物业岗亭驿站, in the form's words
    expect(reasons).not.toContain('properties.host_type');
    expect(reasons).not.toContain('物业岗亭”');

    await page.getByTestId('import-choose-host-type').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 10_000 }).toBe('import-host-type');
    await page.getByTestId('import-host-type').selectOption('community_building');
    await page.getByTestId('import-upload').click();
    await expect.poll(() => page.getByTestId('import-host-type-hint').count(), { timeout: 10_000 }).toBe(0);
  });

  test('English: the reason names the host type in words, not as a code', async () => {
    const { page } = await suite.launch({ locale: 'en-GB' });
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-file').setInputFiles(SAMPLE);
    await page.locator('input[name="import-crs"][value="gcj02"]').check();
    await page.getByTestId('import-upload').click();
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.getByTestId('import-host-type-hint').textContent()).toContain('the sheet has no 承办方式 (host type) column');
    const reasons = await page.getByTestId('import-rejected').textContent();
    expect(reasons).toContain('(the name or address suggests "property guard booth")');
    expect(reasons).not.toMatch(/community_building|property_guard_booth|properties\.host_type/);
  });

  // QA: at 360 px the import page was 379 px wide because of the file input.
  test('the import page fits a 360 px screen', async () => {
    const { page } = await suite.launch({ viewport: { width: 360, height: 740 } });
    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('tab-import').click();
    await page.waitForSelector('[data-testid="import-panel"]');
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, panel: document.querySelector('[data-testid="import-panel"]')!.scrollWidth }));
    expect(widths.page).toBeLessThanOrEqual(360);
    expect(widths.panel).toBeLessThanOrEqual(360);
  });

  test('a commit that fails (a station changed since the preview) writes nothing', async () => {
    const { page } = await suite.launch();
    const target = (await publishedStations(suite.server)).find((s) => s.properties.office_code === SHUANGJING_OFFICE && s.properties.opening_hours !== '24/7')!;
    const [lng, lat] = target.geometry.coordinates;
    const sheet = [
      '编号,站点名称,详细地址,经度,纬度,开放时间,服务设施,承办方式',
      `${target.id},${target.properties.name},${target.properties.address},${lng},${lat},24小时,饮水,社区用房`,
      `,失败测试驿站,朝阳区测试路1号,${(lng + 0.002).toFixed(6)},${lat.toFixed(6)},每天7:00-22:00,饮水,社区用房`,
      '',
    ].join('\r\n');

    await loginToConsole(page, suite.server, 'sj-editor');
    await page.getByTestId('tab-import').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'update.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet, 'utf8') });
    await page.getByLabel('WGS-84：GPS、天地图、OpenStreetMap').check();
    await page.getByTestId('import-upload').click();
    await page.waitForSelector('[data-testid="import-preview"]');
    expect(await page.getByTestId('import-summary').textContent()).toMatch(/^将新增 1 个，更新 1 个/);

    // A colleague changes the station between preview and commit.
    const colleague = await apiSession(suite.server, 'sj-colleague');
    const changed = await colleague.send('PATCH', `/api/stations/${target.id}`, { properties: { opening_hours: 'Mo-Fr 06:00-23:00' } }, { 'if-match': `"${target.properties.version}"` });
    expect(changed.status).toBe(200);

    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-error').textContent(), { timeout: 10_000 }).toMatch(/^导入失败，没有写入任何数据。/);
    const after = await publishedStations(suite.server);
    expect(after.some((s) => s.properties.name === '失败测试驿站'), 'the added row was not written').toBe(false);
    expect(after.find((s) => s.id === target.id)!.properties.opening_hours, "the colleague's hours stand").toBe('Mo-Fr 06:00-23:00');
  });
});
