/**
 * Rider reports (随手报), in real Chromium against the REAL API server (a temporary SQLite file):
 * a report sent online reaches the office; one made while the server is unreachable waits on the
 * device, survives a reload and is stored exactly once when the server is back, even though the
 * sender ran more than once; the office's answer and reply show in "My reports"; a refused
 * report says why and can be deleted; "other" without a note says what is missing and sends nothing.
 *
 * "Server unreachable" is the real thing: the server is stopped (PITFALLS.md), and the app is
 * loaded under its service worker first so that a reload still works.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { ReportStatusView } from '../../src/core/report.ts';
import type { Station } from '../../src/core/station.ts';
import { DB_NAME } from '../../src/app/offline/db.ts';
import { PHONE_VIEWPORT, resultRows, SHUANGJING, stationDetail, waitForReady } from './harness.ts';
import { storedStationCount, waitForServiceWorkerControl } from './offline-helpers.ts';
import { apiSession, useConsoleSuite } from './serverHarness.ts';

const PAGE = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;
const suite = useConsoleSuite();
const launchPhone = () => suite.launch({ viewport: PHONE_VIEWPORT });

/** Loads the rider screen at 双井 and opens the detail of the n-th nearest station. */
async function openStation(page: Page, index: number, load = true): Promise<string> {
  if (load) {
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
  }
  const id = (await resultRows(page).nth(index).getAttribute('data-station-id')) as string;
  // Clicked by its id: a list that re-renders in the meantime (a background refresh, the minute's
  // tick) must not open a different station.
  await page.locator(`[data-testid="station-result"][data-station-id="${id}"]`).click();
  await expect.poll(() => stationDetail(page).getAttribute('data-station-id'), { timeout: 10_000 }).toBe(id);
  return id;
}

/** Fills in and sends the report sheet from the open detail. */
async function report(page: Page, kind: string, note: string, options: { usePosition?: boolean } = {}): Promise<void> {
  await page.getByTestId('report-button').click();
  await page.getByTestId('report-sheet').waitFor();
  await page.getByTestId(`report-kind-${kind}`).check();
  if (options.usePosition) await page.getByTestId('report-use-position').check();
  await page.getByTestId('report-note').fill(note);
  await page.getByTestId('report-send').click();
}

const confirmation = (page: Page) => page.getByTestId('report-confirmation');

/** The rider's reports as "My reports" lists them: id, state, text. */
async function myReports(page: Page): Promise<{ id: string; state: string; station: string; text: string }[]> {
  return page.getByTestId('my-report').evaluateAll((rows) =>
    rows.map((r) => ({
      id: r.getAttribute('data-report-id') ?? '',
      state: r.getAttribute('data-report-state') ?? '',
      station: r.getAttribute('data-station-id') ?? '',
      text: r.textContent ?? '',
    })),
  );
}

async function statusFromServer(id: string): Promise<ReportStatusView | undefined> {
  const res = await fetch(suite.server.url(`/api/reports/status?ids=${id}`));
  expect(res.status).toBe(200);
  return ((await res.json()) as { reports: ReportStatusView[] }).reports[0];
}

/** Every report the server holds, of any status. */
function serverReports() {
  const store = suite.server.store;
  if (!store) throw new Error('the server is stopped');
  return store.reports.list({ statuses: ['open', 'acknowledged', 'resolved', 'dismissed'] });
}

describe('rider reports', () => {
  test('online: a wrong location with the rider’s position reaches the server and shows as delivered', async () => {
    const { page } = await launchPhone();
    const stationId = await openStation(page, 0);
    await report(page, 'wrong_location', '  实际在小区北门东侧  ', { usePosition: true });

    await expect.poll(() => confirmation(page).getAttribute('data-outcome'), { timeout: 15_000 }).toBe('sent');
    await expect.poll(() => confirmation(page).textContent(), { timeout: 10_000 }).toContain('已发送，街道办会看到');
    await expect.poll(() => page.getByTestId('report-sheet').count(), { timeout: 10_000, message: 'the sheet closed' }).toBe(0);

    // From the detail to this station's reports (a lazy chunk, then IndexedDB).
    await page.getByTestId('detail-my-reports').click();
    await expect.poll(async () => (await myReports(page)).length, { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await myReports(page))[0], { timeout: 10_000 }).toMatchObject({ state: 'open', station: stationId });
    await expect.poll(async () => (await myReports(page))[0]?.text, { timeout: 10_000 }).toContain('已送达');
    const [mine] = await myReports(page);
    expect(mine!.text).toContain('实际在小区北门东侧');

    const stored = suite.server.store!.reports.get(mine!.id)!.report;
    expect(stored).toMatchObject({
      station_id: stationId,
      kind: 'wrong_location',
      note: '实际在小区北门东侧',
      suggested_position: SHUANGJING,
      status: 'open',
    });
    expect((await statusFromServer(mine!.id))?.status).toBe('open');

    // Closing "My reports" opened from the detail goes back to the detail.
    await page.getByTestId('my-reports').getByRole('button', { name: '关闭' }).click();
    await expect.poll(() => stationDetail(page).getAttribute('data-station-id'), { timeout: 10_000 }).toBe(stationId);
  });

  test('"other" without a note: the sheet says a note is needed and nothing is sent or stored', async () => {
    const { page } = await launchPhone();
    const posted: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/reports') posted.push(r.url());
    });
    await openStation(page, 1);
    await page.getByTestId('report-button').click();
    await page.getByTestId('report-send').click();
    expect(await page.getByTestId('report-kind-error').textContent()).toBe('请先选择问题类型。');

    await page.getByTestId('report-kind-other').check();
    await page.getByTestId('report-note').fill(' ');
    await page.getByTestId('report-send').click();
    await expect.poll(() => page.getByTestId('report-note-error').textContent(), { timeout: 10_000 }).toBe('选了“其他问题”，请写几个字说明哪里不对（至少 2 个字）。');
    await expect.poll(() => page.getByTestId('report-note').getAttribute('aria-invalid'), { timeout: 10_000 }).toBe('true');
    // Focus moves in an effect after the render that shows the error.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 10_000, message: 'focus moved to the note' }).toBe('report-note');
    await expect.poll(() => page.getByTestId('report-sheet').isVisible(), { timeout: 10_000 }).toBe(true);
    await page.waitForTimeout(500);
    expect(posted).toEqual([]);

    // The header's "My reports" has nothing.
    await page.keyboard.press('Escape'); // the sheet
    await page.keyboard.press('Escape'); // the detail
    await page.getByTestId('open-my-reports').click();
    await expect.poll(() => page.getByTestId('my-reports-empty').textContent(), { timeout: 10_000 }).toContain('还没有报告');
  });

  test('server unreachable: kept on the device, survives a reload, stored exactly once when the server is back', async () => {
    const { page, context } = await launchPhone();
    // First visit online, so the service worker can bring the app back while the server is away.
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    await waitForServiceWorkerControl(page);
    await expect.poll(() => storedStationCount(page), { timeout: 20_000 }).toBeGreaterThan(2000);
    const before = serverReports().length;

    await suite.server.stop();
    let serverUp = false;
    try {
      const stationId = await openStation(page, 2, false);
      await report(page, 'closed_but_listed_open', '晚上九点到，门锁着，门口没有通知');
      await expect.poll(() => confirmation(page).getAttribute('data-outcome'), { timeout: 20_000 }).toBe('queued');
      await expect.poll(() => confirmation(page).textContent(), { timeout: 10_000 }).toContain('已保存，联网后自动发送');

      // A second one, withdrawn before it could be sent.
      await report(page, 'dirty_or_unsafe', '这条会撤回');
      await expect.poll(() => confirmation(page).getAttribute('data-outcome'), { timeout: 20_000 }).toBe('queued');

      // Reload with the server still away: both are still there, waiting.
      await page.reload();
      await waitForReady(page);
      await expect.poll(() => page.getByTestId('open-my-reports').getAttribute('data-waiting'), { timeout: 10_000 }).toBe('2');
      await page.getByTestId('open-my-reports').click();
      await expect.poll(async () => (await myReports(page)).map((r) => r.state), { timeout: 15_000 }).toEqual(['queued', 'queued']);
      const [withdrawn, kept] = await myReports(page);
      expect(kept!.text).toContain('待发送');
      expect(kept!.text).toContain('晚上九点到，门锁着，门口没有通知');
      // Opening "My reports" tries to send at once, so the hint may read "正在发送…" for a moment.
      await expect.poll(() => page.getByTestId('my-report').last().getByTestId('my-report-hint').textContent(), { timeout: 10_000 }).toMatch(/联网后自动/);
      const withdraw = page.locator(`[data-report-id="${withdrawn!.id}"]`).getByTestId('my-report-delete');
      await withdraw.click();
      expect(await withdraw.textContent(), 'the first tap asks').toBe('确定撤回？再点一次');
      await withdraw.click();
      await expect.poll(async () => (await myReports(page)).map((r) => r.id), { timeout: 10_000 }).toEqual([kept!.id]);

      // The server comes back. The first delivery reaches it, but its answer is lost on the way back.
      // (The intercept is in place before the server starts, so no retry can slip past it.)
      const posts: { status: number | null; replayed: string | null }[] = [];
      await page.route('**/api/reports', async (route) => {
        if (route.request().method() !== 'POST') return route.continue();
        if (posts.length === 0) {
          const response = await route.fetch();
          posts.push({ status: response.status(), replayed: response.headers()['idempotent-replayed'] ?? null });
          return route.abort('connectionreset');
        }
        const response = await route.fetch();
        posts.push({ status: response.status(), replayed: response.headers()['idempotent-replayed'] ?? null });
        return route.fulfill({ response });
      });
      await suite.server.start();
      serverUp = true;
      // The `online` event sends at once.
      await context.setOffline(true);
      await context.setOffline(false);
      await expect.poll(() => posts.length, { timeout: 20_000, message: 'the sender tried on `online`' }).toBeGreaterThanOrEqual(1);
      expect(posts[0]!.status).toBe(201);
      expect(serverReports().filter((r) => r.id === kept!.id)).toHaveLength(1);
      await expect.poll(async () => (await myReports(page))[0]?.state, { timeout: 10_000 }).toBe('queued');

      // The next start sends it again: the server answers from what it stored, and stores nothing new.
      await page.reload();
      await waitForReady(page);
      await expect.poll(() => posts.length, { timeout: 20_000, message: 'sent again at start' }).toBeGreaterThanOrEqual(2);
      expect(posts[1]).toEqual({ status: 200, replayed: 'true' });
      await page.getByTestId('open-my-reports').click();
      await expect.poll(async () => (await myReports(page)).map((r) => [r.id, r.state]), { timeout: 15_000 }).toEqual([[kept!.id, 'open']]);
      await expect.poll(() => page.getByTestId('open-my-reports').getAttribute('data-waiting'), { timeout: 10_000 }).toBe('0');

      const after = serverReports();
      expect(after.length - before, 'exactly one new report on the server').toBe(1);
      expect(after.filter((r) => r.id === kept!.id)).toHaveLength(1);
      expect(after.find((r) => r.id === kept!.id)).toMatchObject({ station_id: stationId, kind: 'closed_but_listed_open', status: 'open' });
      expect(after.some((r) => r.id === withdrawn!.id), 'the withdrawn report never left the device').toBe(false);
    } finally {
      if (!serverUp) await suite.server.start();
    }
  });

  test('the office answers: "已处理" and its reply show in My reports (English too)', async () => {
    const { page } = await launchPhone();
    const stationId = await openStation(page, 3);
    await report(page, 'charger_broken', '三号充电口没电');
    await expect.poll(() => confirmation(page).getAttribute('data-outcome'), { timeout: 15_000 }).toBe('sent');
    const id = serverReports().find((r) => r.station_id === stationId && r.kind === 'charger_broken')!.id;

    const office = await apiSession(suite.server, 'district-admin');
    const answered = await office.send('PATCH', `/api/reports/${id}`, { status: 'resolved', reply: '已联系物业，充电口已修好。' }, { 'if-match': '"1"' });
    expect(answered.status).toBe(200);

    // Opening "My reports" asks for fresh statuses.
    await page.keyboard.press('Escape');
    await page.getByTestId('open-my-reports').click();
    const row = page.locator(`[data-testid="my-report"][data-report-id="${id}"]`);
    await expect.poll(() => row.getAttribute('data-report-state'), { timeout: 15_000 }).toBe('resolved');
    await expect.poll(() => row.getByTestId('my-report-state').textContent(), { timeout: 10_000 }).toBe('已处理');
    await expect.poll(() => row.getByTestId('my-report-reply').textContent(), { timeout: 10_000 }).toContain('已联系物业，充电口已修好。');
    // The outbox re-reads the reports, then marks the check done: two updates, not one.
    await expect.poll(() => page.getByTestId('my-reports-check').getAttribute('data-state'), { timeout: 10_000 }).toBe('done');

    await page.keyboard.press('Escape');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 10_000 }).toBe('en');
    await page.getByTestId('open-my-reports').click();
    await expect.poll(() => row.getByTestId('my-report-state').textContent(), { timeout: 10_000 }).toBe('Resolved');
    await expect.poll(() => row.getByTestId('my-report-reply').textContent(), { timeout: 10_000 }).toContain('Reply from the street office');
  });

  test('a station removed meanwhile: the report is refused, says why, and can be deleted', async () => {
    const { page } = await launchPhone();
    const stationId = await openStation(page, 4);
    const office = await apiSession(suite.server, 'district-admin');
    const { etag } = await office.get(`/api/stations/${stationId}`);
    expect((await office.send('DELETE', `/api/stations/${stationId}`, undefined, { 'if-match': etag as string })).status).toBe(200);

    await report(page, 'gone', '');
    await expect.poll(() => confirmation(page).getAttribute('data-outcome'), { timeout: 15_000 }).toBe('failed');
    await expect.poll(() => confirmation(page).textContent(), { timeout: 10_000 }).toContain('这个驿站已从数据中删除');

    await page.getByTestId('detail-my-reports').click();
    await expect.poll(async () => (await myReports(page)).map((r) => [r.station, r.state]), { timeout: 10_000 }).toEqual([[stationId, 'failed']]);
    const [failed] = await myReports(page);
    await expect.poll(() => page.getByTestId('my-report-reason').textContent(), { timeout: 10_000 }).toBe('这个驿站已从数据中删除，报告无法送达');
    expect(serverReports().some((r) => r.id === failed!.id)).toBe(false);
    await page.getByTestId('my-report-delete').click();
    await page.getByTestId('my-report-delete').click();
    await expect.poll(() => page.getByTestId('my-report').count(), { timeout: 10_000 }).toBe(0);
    await page.reload();
    await waitForReady(page);
    await page.getByTestId('open-my-reports').click();
    await expect.poll(() => page.getByTestId('my-reports-empty').isVisible(), { timeout: 10_000 }).toBe(true);
  });

  test('the database upgrade to version 2 keeps the station copy a device already has', async () => {
    const { page } = await launchPhone();
    const res = await fetch(suite.server.url('/api/stations'));
    const version = Number(res.headers.get('x-data-version'));
    const stations = ((await res.json()) as { features: Station[] }).features;
    // The nearest station, renamed in the copy only: seeing this name proves the list came from it.
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    const nearest = (await resultRows(page).first().getAttribute('data-station-id')) as string;
    const copy = stations.map((s) => (s.id === nearest ? { ...s, properties: { ...s.properties, name: '升级前保存的驿站' } } : s));
    await page.close();
    const fresh = await launchPhone();

    // A device of the previous version: database version 1, its four stores and a copy.
    await fresh.page.goto(suite.server.url('/favicon.svg'));
    await fresh.page.evaluate(
      ([name, features, dataVersion]) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open(name, 1);
          open.onupgradeneeded = () => {
            const db = open.result;
            db.createObjectStore('meta');
            db.createObjectStore('stations', { keyPath: 'id' });
            db.createObjectStore('hubs', { keyPath: 'id' });
            db.createObjectStore('offices', { keyPath: 'code' });
          };
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(['meta', 'stations'], 'readwrite');
            const at = new Date().toISOString();
            tx.objectStore('meta').put(
              { origin: 'server', dataVersion, etags: { stations: null, hubs: null, offices: null }, fetchedAt: at, checkedAt: at, problems: [] },
              'data',
            );
            for (const f of features) tx.objectStore('stations').put(f);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      [DB_NAME, copy, version] as const,
    );

    await fresh.page.goto(suite.server.url(PAGE));
    await waitForReady(fresh.page);
    await expect
      .poll(() => resultRows(fresh.page).first().textContent(), { timeout: 10_000, message: 'the list drawn from the copy kept through the upgrade' })
      .toContain('升级前保存的驿站');
    const db = await fresh.page.evaluate(
      (name) =>
        new Promise<{ version: number; stores: string[]; stations: number }>((resolve, reject) => {
          const open = indexedDB.open(name);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const d = open.result;
            const count = d.transaction('stations').objectStore('stations').count();
            count.onsuccess = () => {
              resolve({ version: d.version, stores: [...d.objectStoreNames].sort(), stations: count.result });
              d.close();
            };
          };
        }),
      DB_NAME,
    );
    expect(db).toEqual({ version: 2, stores: ['hubs', 'meta', 'offices', 'reports', 'stations'], stations: stations.length });

    // And the new store works: a report made now is kept and listed.
    await fresh.page.locator(`[data-testid="station-result"][data-station-id="${nearest}"]`).click();
    await expect.poll(() => stationDetail(fresh.page).getAttribute('data-station-id'), { timeout: 10_000 }).toBe(nearest);
    await report(fresh.page, 'wrong_hours', '周日上午没开门');
    await expect.poll(() => confirmation(fresh.page).getAttribute('data-outcome'), { timeout: 15_000 }).toBe('sent');
  });
});
