/**
 * Rider reports in the console, against the real server: riders file reports through the public
 * API; the office sees only its own, counted per station in the table; answers them (the rider's
 * status read-back shows the answer); a stale answer shows the colleague's and saves on top of
 * it; a dismissal without a reason is refused before anything is sent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { OfficeReport, ReportStatusView, ReportSubmission } from '../../src/core/report.ts';
import type { LngLat, Station } from '../../src/core/station.ts';
import { apiSession, JINSONG_OFFICE, loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();

/** Files a report the way the rider app does (public, no session); returns its id. */
async function fileReport(station: Station, fields: Partial<ReportSubmission> = {}): Promise<string> {
  const submission: ReportSubmission = {
    id: randomUUID(),
    station_id: station.id,
    kind: 'charger_broken',
    note: '三个充电口都没电',
    created_at: new Date().toISOString(),
    ...fields,
  };
  const res = await fetch(suite.server.url('/api/reports'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(submission) });
  if (res.status !== 201) throw new Error(`filing a report: HTTP ${res.status} ${await res.text()}`);
  return submission.id;
}

/** What the rider's app reads back for a report. */
async function riderStatus(id: string): Promise<ReportStatusView | undefined> {
  const res = await fetch(suite.server.url(`/api/reports/status?ids=${id}`));
  return ((await res.json()) as { reports: ReportStatusView[] }).reports[0];
}

async function stationsOf(office: string): Promise<Station[]> {
  return (await publishedStations(suite.server)).filter((s) => s.properties.office_code === office);
}

const row = (page: Page, id: string) => page.locator(`[data-testid="report-row"][data-report-id="${id}"]`);
const countCell = (page: Page, stationId: string) => page.locator(`[data-testid="console-station-row"][data-station-id="${stationId}"] [data-testid="open-reports-count"]`);

async function openReports(page: Page): Promise<void> {
  await page.getByTestId('reports-tab').click();
  await page.waitForSelector('[data-testid="reports-view"] [data-testid="reports-count"]');
}

async function showInTable(page: Page, station: Station): Promise<void> {
  await page.getByTestId('tab-stations').click();
  await page.getByTestId('table-search').fill(station.properties.name);
  await countCell(page, station.id).waitFor();
}

describe('console: rider reports', () => {
  test('lists only its office’s reports, counts them per station, answers one; the rider sees the answer', async () => {
    const [charger, moved] = await stationsOf(SHUANGJING_OFFICE);
    const [elsewhere] = await stationsOf(JINSONG_OFFICE);
    const suggestion: LngLat = [moved!.geometry.coordinates[0] + 0.0005, moved!.geometry.coordinates[1] + 0.0003];
    const chargerReport = await fileReport(charger!);
    const movedReport = await fileReport(moved!, { kind: 'wrong_location', note: '入口在小区北门，不在路边', suggested_position: suggestion });
    const foreignReport = await fileReport(elsewhere!, { kind: 'gone', note: '' });

    const { page } = await suite.launch();
    await loginToConsole(page, suite.server, 'sj-editor');
    // The unanswered reports are fetched after the stations (console-ready): poll.
    await expect.poll(() => page.getByTestId('reports-badge').getAttribute('data-count'), { timeout: 10_000 }).toBe('2');

    // The table counts the station's unanswered report; the count leads to it.
    await showInTable(page, charger!);
    await expect.poll(() => countCell(page, charger!.id).getAttribute('data-count'), { timeout: 10_000 }).toBe('1');
    await countCell(page, charger!.id).getByRole('button').click();
    await page.waitForSelector(`[data-testid="reports-view"][data-station-filter="${charger!.id}"]`);
    expect(await page.getByTestId('report-station-filter').textContent()).toContain(`只看：${charger!.properties.name}`);
    // The view's list is fetched after it opens.
    await expect
      .poll(() => page.getByTestId('report-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id'))), { timeout: 10_000 })
      .toEqual([chargerReport]);

    // All of the office's stations: its two reports, newest first, never the other office's.
    await page.getByTestId('report-station-filter-clear').click();
    await expect.poll(() => page.getByTestId('report-row').count(), { timeout: 10_000 }).toBe(2);
    expect(await page.getByTestId('report-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id')))).toEqual([movedReport, chargerReport]);
    expect(await row(page, foreignReport).count()).toBe(0);
    const first = row(page, chargerReport);
    expect(await first.getByTestId('report-station').textContent()).toBe(charger!.properties.name);
    expect(await first.getByTestId('report-kind').textContent()).toBe('充电设施坏了');
    expect(await first.getByTestId('report-note').textContent()).toBe('三个充电口都没电');
    expect(await first.getByTestId('report-received').textContent()).toMatch(/^刚刚 · \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    expect(await first.getByTestId('report-status').textContent()).toBe('未答复');
    expect(await row(page, movedReport).getByTestId('report-suggested').textContent()).toMatch(
      new RegExp(`^${suggestion[0].toFixed(6)}, ${suggestion[1].toFixed(6)}（距现在的位置约 \\d+ 米）`),
    );

    // Answer: resolved, with a reply; the counter counts.
    await first.getByTestId('report-answer').click();
    await first.locator('[data-testid="report-answer-status"] input[value="resolved"]').check();
    await first.getByTestId('report-reply').fill('充电桩已经修好了，谢谢提醒！');
    expect(await first.getByTestId('report-reply-count').textContent()).toBe('14 / 500 字');
    await first.getByTestId('report-save').click();
    await expect.poll(() => first.getAttribute('data-report-status'), { timeout: 10_000 }).toBe('resolved');
    await expect.poll(() => first.getByTestId('report-notice').textContent(), { timeout: 10_000 }).toBe('已保存：已处理。骑手下次打开 App 时会看到。');
    await expect.poll(() => first.getByTestId('report-current-reply').textContent(), { timeout: 10_000 }).toMatch(/^充电桩已经修好了，谢谢提醒！sj-editor 于 .+ 答复$/);
    expect(await riderStatus(chargerReport)).toMatchObject({ status: 'resolved', reply: '充电桩已经修好了，谢谢提醒！' });
    await expect.poll(() => page.getByTestId('reports-badge').getAttribute('data-count'), { timeout: 10_000 }).toBe('1');

    // The resolved filter has it; the count in the table is back to 0 (the unanswered list is fetched again after the save).
    await page.locator('[data-testid="report-filter"] [data-filter="resolved"]').click();
    await expect
      .poll(() => page.getByTestId('report-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-report-id'))), { timeout: 10_000 })
      .toEqual([chargerReport]);
    await showInTable(page, charger!);
    await expect.poll(() => countCell(page, charger!.id).getAttribute('data-count'), { timeout: 10_000 }).toBe('0');
    await expect.poll(() => countCell(page, charger!.id).getByRole('button').count(), { timeout: 10_000 }).toBe(0);

    // The suggested place opens the editor with the pin there, unsaved.
    await openReports(page);
    await row(page, movedReport).getByTestId('report-move-pin').click();
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${moved!.id}"]`);
    await page.waitForSelector('[data-testid="moved-notice"]');
    expect(Number(await page.getByTestId('field-lng').inputValue())).toBeCloseTo(suggestion[0], 6);
    expect(Number(await page.getByTestId('field-lat').inputValue())).toBeCloseTo(suggestion[1], 6);
    expect(await page.getByTestId('editor-message').textContent()).toMatch(/^图钉已放在骑手建议的位置/);
    expect((await publishedStations(suite.server)).find((s) => s.id === moved!.id)!.geometry.coordinates).toEqual(moved!.geometry.coordinates);

    // The station's name in a report opens it in the editor too. Leaving the editor with the
    // rider's place unsaved asks first (a moved pin is an unsaved edit); the office discards it.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await openReports(page);
    expect(asked).toEqual(['有尚未保存的修改。确定放弃这些修改吗？']);
    await row(page, movedReport).getByTestId('report-station').click();
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${moved!.id}"]`);
    expect(await page.getByTestId('moved-notice').count()).toBe(0);
  });

  test('a stale answer shows the colleague’s answer, and saving on top of it works', async () => {
    const station = (await stationsOf(SHUANGJING_OFFICE))[4]!;
    const id = await fileReport(station, { kind: 'wrong_hours', note: '晚上九点就关门了' });
    const { page } = await suite.launch();
    await loginToConsole(page, suite.server, 'sj-editor');
    await openReports(page);
    const card = row(page, id);
    await card.getByTestId('report-answer').click();
    await card.locator('[data-testid="report-answer-status"] input[value="acknowledged"]').check();
    await card.getByTestId('report-reply').fill('收到，我们明天去核实开放时间。');

    // Meanwhile a colleague answers it.
    const colleague = await apiSession(suite.server, 'sj-colleague');
    const theirs = await colleague.send<{ report: OfficeReport }>('PATCH', `/api/reports/${id}`, { status: 'resolved', reply: '已把开放时间改为 08:00–21:00。' }, { 'if-match': '"1"' });
    expect(theirs.status).toBe(200);

    await card.getByTestId('report-save').click();
    const conflict = card.getByTestId('report-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('sj-colleague 在');
    expect(await conflict.getByTestId('report-conflict-status').textContent()).toBe('已处理');
    expect(await conflict.getByTestId('report-conflict-reply').textContent()).toBe('已把开放时间改为 08:00–21:00。');
    expect(await riderStatus(id)).toMatchObject({ status: 'resolved', reply: '已把开放时间改为 08:00–21:00。' });
    // The form still holds this editor's answer.
    expect(await card.getByTestId('report-reply').inputValue()).toBe('收到，我们明天去核实开放时间。');

    await conflict.getByTestId('report-conflict-save').click();
    await expect.poll(() => card.getAttribute('data-report-status'), { timeout: 10_000 }).toBe('acknowledged');
    await expect.poll(() => card.getByTestId('report-conflict').count(), { timeout: 10_000 }).toBe(0);
    const list = await colleague.get<{ reports: OfficeReport[] }>('/api/reports?status=all');
    expect(list.body.reports.find((r) => r.id === id)).toMatchObject({ status: 'acknowledged', reply: '收到，我们明天去核实开放时间。', answered_by: 'sj-editor', revision: 3 });
  });

  test('dismissing without a reply is refused and sends nothing; with a reason it is saved; English too', async () => {
    const station = (await stationsOf(SHUANGJING_OFFICE))[6]!;
    const id = await fileReport(station, { kind: 'dirty_or_unsafe', note: '门口堆满了杂物' });
    const { page } = await suite.launch();
    const patches: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'PATCH' && r.url().includes('/api/reports/')) patches.push(r.url());
    });
    await loginToConsole(page, suite.server, 'sj-editor');
    await openReports(page);
    const card = row(page, id);
    await card.getByTestId('report-answer').click();
    await card.locator('[data-testid="report-answer-status"] input[value="dismissed"]').check();
    await card.getByTestId('report-save').click();
    expect(await card.getByTestId('report-answer-error').textContent()).toBe('选“未采纳”时，请在回复里告诉骑手原因。');
    await expect.poll(() => card.getByTestId('report-reply').evaluate((el) => el === document.activeElement), { timeout: 10_000, message: 'focus on the reply' }).toBe(true);
    expect(patches).toEqual([]);
    expect(await riderStatus(id)).toMatchObject({ status: 'open', reply: null });

    await card.getByTestId('report-reply').fill('现场查看过，杂物是临时卸货，已经清走。');
    await card.getByTestId('report-save').click();
    await expect.poll(() => card.getAttribute('data-report-status'), { timeout: 10_000 }).toBe('dismissed');
    expect(patches).toHaveLength(1);
    expect(await riderStatus(id)).toMatchObject({ status: 'dismissed', reply: '现场查看过，杂物是临时卸货，已经清走。' });

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('reports-tab').textContent(), { timeout: 10_000 }).toMatch(/^Rider reports/);
    expect(await card.getByTestId('report-kind').textContent()).toBe('Dirty or unsafe');
    expect(await card.getByTestId('report-status').textContent()).toBe('Dismissed');
  });
});
