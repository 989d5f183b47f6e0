/**
 * Helpers for the offline tests (issue 3): the service worker, the IndexedDB copy and the caches,
 * seen from the page. "Offline" is always the real thing: the test server is stopped (see
 * PITFALLS.md: `context.setOffline` does not cut a service worker's own fetches).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { TILE_CACHE } from '../../src/sw/cacheNames.ts';
import { DB_NAME } from '../../src/app/offline/db.ts';

/** Waits until a service worker controls the page (`ready` alone only means "activated"). */
export async function waitForServiceWorkerControl(page: Page, timeoutMs = 45_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: timeoutMs });
}

/** How many stations the IndexedDB copy holds (0 when there is no copy yet). */
export async function storedStationCount(page: Page): Promise<number> {
  return page.evaluate(async (name) => {
    // Opening a database that does not exist would create it empty: look first.
    const known = await indexedDB.databases();
    if (!known.some((d) => d.name === name)) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open(name);
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('stations')) {
          db.close();
          resolve(0);
          return;
        }
        const count = db.transaction('stations').objectStore('stations').count();
        count.onsuccess = () => {
          db.close();
          resolve(count.result);
        };
        count.onerror = () => {
          db.close();
          resolve(0);
        };
      };
    });
  }, DB_NAME);
}

/** Whether the IndexedDB copy holds a station with this id. */
export async function storedStationExists(page: Page, id: string): Promise<boolean> {
  return page.evaluate(
    async ([name, stationId]) => {
      const known = await indexedDB.databases();
      if (!known.some((d) => d.name === name)) return false;
      return new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(false);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('stations').objectStore('stations').getKey(stationId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result !== undefined);
          };
          get.onerror = () => {
            db.close();
            resolve(false);
          };
        };
      });
    },
    [DB_NAME, id] as const,
  );
}

/** The URLs in the service worker's tile cache. */
export async function cachedTileUrls(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const cache = await caches.open(name);
    return (await cache.keys()).map((r) => r.url);
  }, TILE_CACHE);
}

/** The rows' station ids, in order. */
export async function resultIds(page: Page): Promise<string[]> {
  return page.locator('[data-testid="station-result"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-station-id') ?? ''));
}

/** Puts a marker on `window` that only survives as long as the page is not reloaded. */
export async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __notReloaded?: boolean }).__notReloaded = true;
  });
}

export async function pageWasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __notReloaded?: boolean }).__notReloaded !== true);
}

/**
 * A copy of `distDir` as the next deployment would look: index.html carries a new build marker
 * and sw.js the new precache revision for it, which is exactly what differs between two builds
 * whose only change is the page. Returns the new directory.
 */
export function makeNextBuild(distDir: string, marker: string): string {
  const next = mkdtempSync(join(tmpdir(), 'rider-next-build-'));
  cpSync(distDir, next, { recursive: true, filter: (src) => !src.endsWith('.map') });
  const indexPath = join(next, 'index.html');
  const html = readFileSync(indexPath, 'utf8').replace('<head>', `<head>\n    <meta name="app-build" content="${marker}" />`);
  writeFileSync(indexPath, html);
  const revision = createHash('md5').update(html).digest('hex');
  const swPath = join(next, 'sw.js');
  const sw = readFileSync(swPath, 'utf8');
  const entry = /\{"revision":"[0-9a-f]+","url":"index\.html"\}/;
  if (!entry.test(sw)) throw new Error('sw.js: no precache entry for index.html found; did the build change format?');
  writeFileSync(swPath, sw.replace(entry, `{"revision":"${revision}","url":"index.html"}`));
  return next;
}

/**
 * For a test file that deploys "the next build": makes it once from `distDir()` (beforeAll) and
 * removes it afterwards. Read `.dir` inside tests.
 */
export function useNextBuild(distDir: () => string, marker: string): { readonly dir: string } {
  const state = { dir: '' };
  beforeAll(() => {
    state.dir = makeNextBuild(distDir(), marker);
  });
  afterAll(() => rmSync(state.dir, { recursive: true, force: true }));
  return state;
}

/** The build marker `makeNextBuild` put in the page; null on the original build. */
export const buildMarker = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector('meta[name="app-build"]')?.getAttribute('content') ?? null);

export const updatePrompt = (page: Page): Locator => page.locator('[data-testid="update-prompt"]');
