/**
 * Edits made without a connection (issue 4): queued in IndexedDB with an Idempotency-Key, shown
 * as "N changes waiting", sent when the connection returns, applied exactly once, and a
 * conflict found on the way is shown rather than overwritten.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Station } from '../../src/core/station.ts';
import { apiSession, loginToConsole, publishedStations, SHUANGJING_OFFICE, useConsoleSuite } from './serverHarness.ts';

const suite = useConsoleSuite();

interface History {
  versions: { version: number; by: string; action: string; changes: string[] }[];
}

async function someStation(index: number): Promise<Station> {
  return (await publishedStations(suite.server)).filter((s) => s.properties.office_code === SHUANGJING_OFFICE)[index]!;
}

async function history(id: string): Promise<History['versions']> {
  const api = await apiSession(suite.server, 'district-admin');
  return (await api.get<History>(`/api/stations/${id}/history`)).body.versions;
}

async function openStation(page: Page, id: string): Promise<void> {
  await page.getByTestId('table-search').fill(id);
  await page.locator(`[data-testid="console-station-row"][data-station-id="${id}"]`).click();
  await page.waitForSelector(`[data-testid="station-editor"][data-station-id="${id}"]`);
}

const waiting = (page: Page) => page.getByTestId('outbox-status').getAttribute('data-waiting', { timeout: 2000 }).catch(() => null);

describe('console: offline edits', () => {
  test('an edit saved while the server is down waits, then is delivered exactly once after it restarts', async () => {
    const { page } = await suite.launch();
    const station = await someStation(10);
    const before = await history(station.id);
    await loginToConsole(page, suite.server, 'sj-editor');
    await openStation(page, station.id);

    await suite.server.stop();
    await page.getByTestId('field-name').fill('离线时改的名字');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('网络不可用：更改已保存在本机，连接恢复后自动发送。');
    await expect.poll(() => waiting(page), { timeout: 15_000 }).toBe('1');
    await expect.poll(() => page.getByTestId('outbox-status').textContent(), { timeout: 10_000 }).toContain('1 项更改待发送');
    // A couple of automatic retries fail while the server is away; the change keeps waiting.
    await page.waitForTimeout(9000);
    expect(await waiting(page)).toBe('1');

    await suite.server.start();
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('workspace-notice').textContent(), { timeout: 10_000 }).toBe('已发送 1 项离线更改。');
    // QA: the editor kept saying "kept on this device" after it was sent.
    await expect.poll(() => page.getByTestId('editor-message').textContent(), { timeout: 10_000 }).toBe('保存在本机的更改已发送到服务器。');

    const after = await history(station.id);
    expect(after.length - before.length, 'exactly one new version').toBe(1);
    expect(after[0]).toMatchObject({ by: 'sj-editor', action: 'update', changes: ['name'] });
    expect((await publishedStations(suite.server)).find((s) => s.id === station.id)!.properties.name).toBe('离线时改的名字');
    // Nothing more is sent later.
    await page.waitForTimeout(9000);
    expect((await history(station.id)).length).toBe(after.length);
  });

  test("a save whose answer is lost is retried with the same key and answered from the server's record, not applied twice", async () => {
    const { page } = await suite.launch();
    const station = await someStation(11);
    const before = await history(station.id);
    await loginToConsole(page, suite.server, 'sj-editor');
    await openStation(page, station.id);

    // The first PATCH reaches the server, but its answer never reaches the page.
    const keys: string[] = [];
    await page.route(`**/api/stations/${station.id}`, async (route) => {
      if (route.request().method() !== 'PATCH') return route.continue();
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    const replay = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.status() === 200);
    await page.getByTestId('field-phone').fill('010-88880002');
    await page.getByTestId('editor-save').click();

    const replayed = await replay;
    expect(replayed.headers()['idempotent-replayed']).toBe('true');
    expect(keys).toHaveLength(2);
    expect(keys[1], 'the retry carries the same Idempotency-Key').toBe(keys[0]);
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 30_000 }).toBe(0);

    const after = await history(station.id);
    expect(after.length - before.length, 'exactly one new version').toBe(1);
    expect(after[0]).toMatchObject({ by: 'sj-editor', changes: ['phone'] });
  });

  test('offline in the browser: queued without trying, sent on `online`; a conflict on the way shows theirs and mine', async () => {
    const { page, context } = await suite.launch();
    const station = await someStation(12);
    await loginToConsole(page, suite.server, 'sj-editor');
    await openStation(page, station.id);

    await context.setOffline(true);
    await page.getByTestId('field-name').fill('离线·我的名字');
    await page.getByTestId('editor-save').click();
    await expect.poll(() => waiting(page), { timeout: 15_000 }).toBe('1');

    // Meanwhile a colleague renames the station.
    const colleague = await apiSession(suite.server, 'sj-colleague');
    await colleague.send('PATCH', `/api/stations/${station.id}`, { properties: { name: '同事改的名字' } }, { 'if-match': `"${station.properties.version}"` });

    await context.setOffline(false);
    await page.getByTestId('outbox-conflicts').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('outbox-conflicts').textContent()).toBe('1 项更改与他人的修改冲突，需要你处理');
    await page.getByTestId('outbox-resolve').click();
    const name = page.getByTestId('conflict-view').locator('tr[data-field="name"]');
    expect(await name.getByTestId('conflict-theirs').textContent()).toContain('同事改的名字');
    expect(await name.getByTestId('conflict-mine').textContent()).toContain('离线·我的名字');
    expect((await publishedStations(suite.server)).find((s) => s.id === station.id)!.properties.name).toBe('同事改的名字');

    await page.getByTestId('conflict-save').click();
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 15_000 }).toBe(0);
    expect((await publishedStations(suite.server)).find((s) => s.id === station.id)!.properties.name).toBe('离线·我的名字');
    expect((await history(station.id)).slice(0, 2).map((v) => v.by)).toEqual(['sj-editor', 'sj-colleague']);
  });
  test('a delete queued offline that meets a colleague\'s edit asks first; "delete anyway" deletes the version that is there now', async () => {
    const { page, context } = await suite.launch();
    const station = await someStation(14);
    await loginToConsole(page, suite.server, 'sj-editor');
    await openStation(page, station.id);

    await context.setOffline(true);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByTestId('delete-station').click();
    await expect.poll(() => waiting(page), { timeout: 15_000 }).toBe('1');
    // Back to the list, which says where the delete is (it used to show "not found").
    await expect.poll(() => page.getByTestId('list-notice').textContent(), { timeout: 10_000 }).toBe('删除已保存在本机，连接恢复后自动发送。');

    // Meanwhile a colleague corrects the station's phone number.
    const colleague = await apiSession(suite.server, 'sj-colleague');
    const edited = await colleague.send('PATCH', `/api/stations/${station.id}`, { properties: { phone: '010-65550000' } }, { 'if-match': `"${station.properties.version}"` });
    expect(edited.status).toBe(200);

    await context.setOffline(false);
    await page.getByTestId('outbox-delete-conflict').waitFor({ timeout: 30_000 });
    const version = (station.properties.version ?? 1) + 1;
    expect(await page.getByTestId('outbox-delete-conflict').textContent()).toContain(`现在是第 ${version} 版`);
    // Nothing was deleted behind the colleague's back.
    expect((await publishedStations(suite.server)).some((s) => s.id === station.id)).toBe(true);

    await page.getByTestId('outbox-delete-anyway').click();
    await expect.poll(() => page.getByTestId('outbox').count(), { timeout: 15_000 }).toBe(0);
    // Nothing waits any more, so "kept on this device" is gone from the list.
    await expect.poll(() => page.getByTestId('list-notice').count(), { timeout: 10_000 }).toBe(0);
    expect((await publishedStations(suite.server)).some((s) => s.id === station.id)).toBe(false);
    const versions = await history(station.id);
    expect(versions[0]).toMatchObject({ by: 'sj-editor', version: version + 1 });
    expect(versions[1]).toMatchObject({ by: 'sj-colleague', version });
  });
});
