/**
 * Helpers for the offline-area browser tests (area-*.test.ts): open the panel, read its
 * numbers, compute what they should be with the same core the app uses, and look into the
 * page's Cache Storage and IndexedDB.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { LngLat } from '../../src/core/station.ts';
import { coverTiles, estimateTileBytes, type CoverArea, type LngLatBounds } from '../../src/core/tileCover.ts';
import { TILE_CACHE } from '../../src/sw/cacheNames.ts';
import { distDir, waitForReady } from './harness.ts';

export { TILE_CACHE };

interface TileMetadata {
  minzoom: number;
  maxzoom: number;
  bounds: LngLatBounds;
  tileCount: number;
  bytes: number;
}

/** The embedded tile set's metadata.json, as built into dist/. */
export function tileMetadata(): TileMetadata {
  return JSON.parse(readFileSync(join(distDir(), 'tiles/default/metadata.json'), 'utf8')) as TileMetadata;
}

/** The absolute tile URLs an area needs, computed in the test with the core's cover. */
export function expectedTileUrls(origin: string, area: CoverArea, maxZoom?: number): string[] {
  const meta = tileMetadata();
  return coverTiles(area, { minZoom: meta.minzoom, maxZoom: maxZoom ?? meta.maxzoom, bounds: meta.bounds }).map(
    (t) => `${origin}/tiles/default/${t.z}/${t.x}/${t.y}.pbf`,
  );
}

/** The storage the panel should estimate for these embedded tiles: their real sizes plus the per-entry overhead. */
export function expectedTileBytes(urls: readonly string[]): number {
  const bodies = urls.reduce((sum, url) => sum + statSync(join(distDir(), new URL(url).pathname)).size, 0);
  return estimateTileBytes(urls.length, { averageTileBytes: bodies / urls.length || 0 });
}

export function stationDataBytes(): number {
  return ['stations.columns.json', 'hubs.geojson', 'offices.geojson'].reduce((sum, f) => sum + statSync(join(distDir(), 'data', f)).size, 0);
}

export function circle(center: LngLat, radiusKm: number): CoverArea {
  return { kind: 'circle', center, radiusKm };
}

/** Opens the app at `?at=` (so the origin is known without locating), then the offline-areas panel. */
export async function openAreasPanel(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  await waitForReady(page);
  await page.locator('[data-testid="open-about"]').click();
  await page.locator('[data-testid="open-offline-areas"]').click();
  const panel = page.locator('[data-testid="offline-areas"]');
  await expect.poll(() => panel.isVisible(), { timeout: 10_000, message: 'the offline-areas panel opens' }).toBe(true);
  return panel;
}

/**
 * Waits (up to 15 s) for the app's service worker, if the build has one, to be active, and then
 * (up to 10 s more) until Cache Storage stops changing, so its precache and first runtime caching
 * do not land in the middle of a "nothing was stored" check. (A fixed pause was not enough on a
 * busy machine: the precache can still be writing after it.)
 */
export async function settleServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) return;
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const registration = await navigator.serviceWorker.getRegistration();
      if (registration?.active && navigator.serviceWorker.controller) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  });
  let previous = JSON.stringify(await allCacheEntries(page));
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(500);
    const current = JSON.stringify(await allCacheEntries(page));
    if (current === previous) return;
    previous = current;
  }
}

export function estimate(page: Page): Locator {
  return page.locator('[data-testid="area-estimate"]');
}

/** Waits for the estimate of the current choice and returns its data attributes. */
export async function readyEstimate(page: Page, tileCount?: number): Promise<Record<string, string>> {
  const box = estimate(page);
  await expect
    .poll(async () => (await box.count()) > 0 && (await box.getAttribute('data-state')) === 'ready' && (tileCount === undefined || (await box.getAttribute('data-tile-count')) === String(tileCount)), {
      timeout: 20_000,
      message: `the estimate becomes ready${tileCount === undefined ? '' : ` for ${tileCount} tiles`}`,
    })
    .toBe(true);
  return box.evaluate((el) => Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value])));
}

export function areaRows(page: Page): Locator {
  return page.locator('[data-testid="offline-area"]');
}

/** The URLs stored in a Cache Storage cache (empty when the cache does not exist). */
export async function cachedUrls(page: Page, cacheName = TILE_CACHE): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((r) => r.url).sort();
  }, cacheName);
}

/** Every entry of every cache, "cache name → url", to show that nothing at all was added. */
export async function allCacheEntries(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) out.push(`${name} → ${request.url}`);
    }
    return out.sort();
  });
}

/** The records in the areas database (empty when it does not exist yet). */
export async function storedAreas(page: Page): Promise<{ id: string; status: string; doneCount: number }[]> {
  return page.evaluate(
    () =>
      new Promise<{ id: string; status: string; doneCount: number }[]>((resolve, reject) => {
        const open = indexedDB.open('offline-areas');
        open.onerror = () => reject(open.error);
        open.onupgradeneeded = () => {
          // It did not exist: do not create it here.
          open.transaction?.abort();
          resolve([]);
        };
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('areas')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('areas').objectStore('areas').getAll();
          request.onsuccess = () => {
            db.close();
            resolve((request.result as { id: string; status: string; doneCount: number }[]).map(({ id, status, doneCount }) => ({ id, status, doneCount })));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The path part of a tile URL, as the static server counts requests. */
export function pathOf(url: string): string {
  return new URL(url).pathname;
}
