/**
 * The browser-test harness: the built app served by a static test server, one fresh Chromium per
 * test, and helpers that speak the rider screen's DOM contract (.tmp/CONTRACT.md → issue 2 §4):
 * tests wait for `[data-testid="rider-app"][data-ready="true"]`, never for the map.
 */
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { launchRider, riderOf, type LaunchOptions, type RiderBrowser } from './launch.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

export { launchRider, SHUANGJING, PHONE_VIEWPORT, type LaunchOptions, type RiderBrowser } from './launch.ts';
export { StaticServer, startStaticServer, MIME_TYPES, type RequestRecord } from './static-server.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const DATA_DIR = resolve(REPO_ROOT, 'data');

/** The build the tests serve: global-setup's snapshot of dist/ (immune to concurrent rebuilds). */
export function distDir(): string {
  return inject('distDir');
}

export const READY_SELECTOR = '[data-testid="rider-app"][data-ready="true"]';

/** Waits until station data is loaded and the list (or an error/empty message) is rendered. */
export async function waitForReady(page: Page, timeoutMs = 30_000): Promise<void> {
  try {
    await page.waitForSelector(READY_SELECTOR, { timeout: timeoutMs });
  } catch (error) {
    // Say why: what the root looks like and what the page complained about.
    const root = await page
      .evaluate(() => {
        const el = document.querySelector('[data-testid="rider-app"]');
        return el ? `data-ready=${JSON.stringify(el.getAttribute('data-ready'))}, text: ${(el.textContent ?? '').slice(0, 300)}` : 'no [data-testid="rider-app"] element';
      })
      .catch((e: unknown) => `page not readable: ${String(e)}`);
    const rider = riderOf(page);
    const complaints = [...(rider?.pageErrors.map((e) => `page error: ${e.message}`) ?? []), ...(rider?.consoleErrors ?? [])];
    throw new Error(
      `the rider screen did not become ready within ${timeoutMs} ms (${READY_SELECTOR}).\n` +
        `  root: ${root}\n` +
        `  console/page errors:${complaints.length ? `\n    ${complaints.join('\n    ')}` : ' none'}`,
      { cause: error },
    );
  }
}

export interface ResultRow {
  id: string;
  distanceMeters: number;
  state: string;
}

export function resultRows(page: Page): Locator {
  return page.locator('[data-testid="station-result"]');
}

/** The result rows as the DOM contract exposes them, in document order. */
export async function readResults(page: Page): Promise<ResultRow[]> {
  return resultRows(page).evaluateAll((rows) =>
    rows.map((row) => ({
      id: row.getAttribute('data-station-id') ?? '',
      distanceMeters: Number(row.getAttribute('data-distance-m')),
      state: row.getAttribute('data-state') ?? '',
    })),
  );
}

export function filterChip(page: Page, filter: string): Locator {
  return page.locator(`button[data-testid="filter-chip"][data-filter="${filter}"]`);
}

export function stationDetail(page: Page): Locator {
  return page.locator('[data-testid="station-detail"]');
}

export interface BrowserSuite {
  readonly server: StaticServer;
  /** Launches Chromium for this test; closed (and checked for page errors) after the test. */
  launch(options?: LaunchOptions): Promise<RiderBrowser>;
}

/**
 * Call once at the top of a test file: one static server over the build for the file, one browser per
 * test, closed after it. A test fails if its page threw anything uncaught.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: StaticServer | null = null;
  const open: RiderBrowser[] = [];
  beforeAll(async () => {
    server = await startStaticServer({ root: distDir() });
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    const browsers = open.splice(0);
    const errors = browsers.flatMap((b) => b.pageErrors);
    await Promise.all(browsers.map((b) => b.close()));
    if (errors.length > 0) {
      throw new Error(`uncaught error(s) in the page:\n${errors.map((e) => `  - ${e.stack ?? e.message}`).join('\n')}`);
    }
  });
  return {
    get server(): StaticServer {
      if (!server) throw new Error('the static server starts in beforeAll; use it inside a test');
      return server;
    },
    async launch(options?: LaunchOptions): Promise<RiderBrowser> {
      const rider = await launchRider(options);
      open.push(rider);
      return rider;
    },
  };
}

/**
 * The first result row's station id, or null while the list is empty. One read in the page, so a
 * list that re-renders (or empties) between "is there a row?" and "which one?" cannot stall it.
 */
export async function firstResultId(page: Page): Promise<string | null> {
  return resultRows(page).evaluateAll((rows) => rows[0]?.getAttribute('data-station-id') ?? null);
}

/** Presses "locate me" (the position comes from the browser context's geolocation). */
export async function locateMe(page: Page): Promise<void> {
  await page.locator('button[data-testid="locate-me"]').click();
}

/** The navigation links of the open detail, as rendered. */
export async function readNavLinks(page: Page): Promise<{ provider: string; href: string }[]> {
  return stationDetail(page)
    .locator('a[data-testid="nav-link"]')
    .evaluateAll((links) =>
      links.map((a) => ({ provider: a.getAttribute('data-provider') ?? '', href: a.getAttribute('href') ?? '' })),
    );
}

/**
 * Where a station's marker is on the page, asked of the map bridge until two answers agree (the
 * bridge may fly there first; a software-rendered camera flight on a busy machine takes seconds).
 */
export async function projectStationStable(page: Page, id: string): Promise<{ x: number; y: number }> {
  let previous: { x: number; y: number } | null = null;
  for (let attempt = 0; attempt < 60; attempt++) {
    const point = await page.evaluate(async (stationId) => {
      const root = document.querySelector('[data-testid="map"]');
      const holders = root ? [root, ...root.querySelectorAll('*')] : [];
      const holder = holders.find((el) => '__mapView' in el) as
        | (Element & { __mapView: { projectStation(id: string): { x: number; y: number } | null | Promise<{ x: number; y: number } | null> } })
        | undefined;
      if (!holder) throw new Error('no element under [data-testid="map"] carries __mapView');
      return await holder.__mapView.projectStation(stationId);
    }, id);
    expect(point, `__mapView.projectStation(${JSON.stringify(id)})`).not.toBeNull();
    if (previous && point && Math.hypot(point.x - previous.x, point.y - previous.y) < 0.5) return point;
    previous = point;
    // Two animation frames and a little more between asks: a smooth scroll or a camera step shows.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    await page.waitForTimeout(150);
  }
  throw new Error(`projectStation(${id}) kept moving: the camera or the page never settled`);
}

/** What is drawn at a page point: strictly inside the map (not its own background), and what it is. */
export function mapDrawingAt(page: Page, point: { x: number; y: number }): Promise<{ insideMap: boolean; what: string }> {
  return page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y);
    const mapEl = document.querySelector('[data-testid="map"]');
    return { insideMap: !!(el && mapEl && el !== mapEl && mapEl.contains(el)), what: el ? `${el.tagName.toLowerCase()}.${String(el.className)}` : 'nothing' };
  }, point);
}
