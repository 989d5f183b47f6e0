/**
 * New stations the server does not have yet (QA: a station created offline vanished until it was
 * sent, and could not be corrected meanwhile). Against the real server: a station created while
 * offline is listed as waiting, opens in the editor, takes further edits, and reaches the server
 * once with those edits after it (create + update, nothing twice); one deleted before it was ever
 * sent never reaches the server; one the server refuses (outside the jurisdiction) says why, is
 * corrected from the queue and sent again.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Station } from '../../src/core/station.ts';
import { apiSession, loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();
/** A point in 劲松街道, next door to 双井 (sj-editor's office). */
const JINSONG_POINT = [116.4558, 39.8863] as const;

const waiting = (page: Page) => page.getByTestId('outbox-status').getAttribute('data-waiting', { timeout: 2000 }).catch(() => null);
const named = async (name: string): Promise<Station[]> => (await publishedStations(suite.server)).filter((s) => s.properties.name === name);

async function history(id: string): Promise<{ version: number; by: string; action: string; changes: string[] }[]> {
  const api = await apiSession(suite.server, 'district-admin');
  return (await api.get<{ versions: { version: number; by: string; action: string; changes: string[] }[] }>(`/api/stations/${id}/history`)).body.versions;
}

/** Starts a new station at the office centre and fills in what a station needs. */
async function newStationForm(page: Page, name: string): Promise<void> {
  await page.getByTestId('add-station').click();
  await page.getByTestId('place-at-centre').click();
  await page.waitForSelector('[data-testid="station-editor"][data-station-id=""]');
  await page.getByTestId('field-name').fill(name);
  await page.getByTestId('field-address').fill('朝阳区双井桥东南角');
}

async function setPlace(page: Page, lngLat: readonly [number, number]): Promise<void> {
  await page.getByTestId('field-lng').fill(lngLat[0].toFixed(6));
  await page.getByTestId('field-lat').fill(lngLat[1].toFixed(6));
}

/** The table row of a station by name, once it is there. */
const row = (page: Page, name: string) => page.locator('[data-testid="console-station-row"]', { hasText: name });

describe('console: new stations not yet on the server', () => {
  test('created offline: listed as waiting, edited before it is sent, then delivered once with the edit after it', async () => {
    const { page, context } = await suite.launch();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.accept();
    });
    await loginToConsole(page, suite.server, 'sj-editor');

    await context.setOffline(true);
    // The console says it is offline before anything is queued.
    await expect.poll(() => page.getByTestId('console-offline').textContent(), { timeout: 10_000 }).toBe('没有网络：现在做的修改会保存在本机，联网后自动发送。');
    await newStationForm(page, '测试·离线新建驿站');
    await page.getByLabel('饮水', { exact: true }).check();
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('list-notice').textContent(), { timeout: 10_000 }).toContain('新站点已保存在本机，列在表格中（待发送）');
    await expect.poll(() => waiting(page), { timeout: 10_000 }).toBe('1');

    // Listed, marked as waiting, under a provisional id.
    await page.getByTestId('table-search').fill('离线新建');
    await expect.poll(() => row(page, '测试·离线新建驿站').count(), { timeout: 10_000 }).toBe(1);
    expect(await row(page, '测试·离线新建驿站').textContent()).toContain('待发送');
    const provisional = (await row(page, '测试·离线新建驿站').getAttribute('data-station-id'))!;
    expect(provisional).toMatch(/^pending:/);

    // Opened and edited before it was sent: the editor says where it stands; there is no history yet.
    await row(page, '测试·离线新建驿站').click();
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${provisional}"]`);
    expect(await page.getByTestId('pending-note').textContent()).toContain('这个新站点还没有送达服务器');
    expect(await page.getByTestId('show-history').count()).toBe(0);
    await page.getByTestId('field-phone').fill('010-65550123');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('已保存在本机：这个新站点送达服务器后，这些更改紧接着发送。');
    await expect.poll(() => waiting(page), { timeout: 10_000 }).toBe('2');
    expect(await named('测试·离线新建驿站'), 'nothing reached the server while offline').toEqual([]);

    // Back online: the create, then the edit on the id the server gave it. The open editor follows it.
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('console-offline').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('workspace-notice').textContent(), { timeout: 10_000 }).toBe('已发送 2 项离线更改。');
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('保存在本机的更改已发送到服务器。');
    const [created, ...others] = await named('测试·离线新建驿站');
    expect(others, 'created once').toEqual([]);
    expect(created!.properties).toMatchObject({ office_code: SHUANGJING_OFFICE, phone: '010-65550123', amenities: ['drinking_water'], address: '朝阳区双井桥东南角' });
    expect((await history(created!.id)).map((v) => [v.action, v.by])).toEqual([
      ['update', 'sj-editor'],
      ['create', 'sj-editor'],
    ]);
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${created!.id}"]`, { timeout: 10_000 });
    expect(await page.getByTestId('pending-note').count()).toBe(0);
    expect(await page.getByTestId('show-history').count()).toBe(1);
    expect(await page.getByTestId('field-phone').inputValue()).toBe('010-65550123');
    expect(dialogs.filter((d) => !d.includes('可能是同一个站点')), 'no other question was asked').toEqual([]);
  });

  test('deleted before it was ever sent: taken out of the queue, nothing reaches the server', async () => {
    const { page, context } = await suite.launch();
    page.on('dialog', (d) => void d.accept());
    await loginToConsole(page, suite.server, 'sj-editor');
    await context.setOffline(true);
    await newStationForm(page, '测试·不要了的驿站');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => waiting(page), { timeout: 10_000 }).toBe('1');

    await page.getByTestId('table-search').fill('不要了');
    await row(page, '测试·不要了的驿站').click();
    await page.getByTestId('delete-station').click();
    await expect.poll(() => page.getByTestId('list-notice').textContent(), { timeout: 10_000 }).toBe('站点已删除。');
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 10_000 }).toBe(0);
    expect(await row(page, '测试·不要了的驿站').count()).toBe(0);

    await context.setOffline(false);
    await page.waitForTimeout(1500);
    expect(await named('测试·不要了的驿站')).toEqual([]);
  });

  test('refused by the server (outside the jurisdiction): says why, is corrected from the queue and sent again', async () => {
    const { page, context } = await suite.launch();
    page.on('dialog', (d) => void d.accept());
    await loginToConsole(page, suite.server, 'sj-editor');
    await context.setOffline(true);
    await newStationForm(page, '测试·放错地方的驿站');
    const centre = [Number(await page.getByTestId('field-lng').inputValue()), Number(await page.getByTestId('field-lat').inputValue())] as const;
    await setPlace(page, JINSONG_POINT);
    await expect.poll(() => page.getByTestId('outside-warning').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('editor-save').click();
    await expect.poll(() => waiting(page), { timeout: 10_000 }).toBe('1');

    await context.setOffline(false);
    const refused = page.locator('[data-testid="outbox-item"][data-state="failed"]');
    await expect.poll(() => refused.count(), { timeout: 30_000 }).toBe(1);
    // The queue says what it is and why, in the console's words (the office by name).
    expect(await refused.textContent()).toContain('测试·放错地方的驿站 · 新站点');
    expect(await refused.getByTestId('outbox-error').textContent()).toContain('劲松街道');
    expect(await named('测试·放错地方的驿站')).toEqual([]);

    // From the queue to the editor, which says what the server said and what to do.
    await refused.getByTestId('outbox-fix').click();
    const note = page.getByTestId('pending-note');
    await expect.poll(() => note.getAttribute('data-refused'), { timeout: 10_000 }).toBe('true');
    expect(await note.textContent()).toMatch(/^服务器没有接受这个新站点：.*劲松街道.*改好后点保存，会重新发送。$/);

    await setPlace(page, [centre[0] + 0.0003, centre[1]]);
    await expect.poll(() => page.getByTestId('outside-warning').count(), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('editor-save').click();
    // "sent again", and soon "reached the server" (online, that can come before a look).
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toMatch(/^(已改好：这个新站点会重新发送。|保存在本机的更改已发送到服务器。)$/);
    await expect.poll(() => named('测试·放错地方的驿站').then((s) => s.length), { timeout: 30_000 }).toBe(1);
    const [created] = await named('测试·放错地方的驿站');
    expect(created!.properties.office_code).toBe(SHUANGJING_OFFICE);
    expect((await history(created!.id)).map((v) => v.action), 'one create, nothing else').toEqual(['create']);
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 15_000 }).toBe(0);
    await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${created!.id}"]`, { timeout: 10_000 });
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('保存在本机的更改已发送到服务器。');
  });
});
