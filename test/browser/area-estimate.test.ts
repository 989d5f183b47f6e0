/**
 * Offline areas, before anything is downloaded (issue 3 §4): the panel shows the number of
 * tiles and an honest size for the chosen area — the same numbers the core's cover and the
 * tile set's measured average give — and refuses, storing nothing, when the browser reports too
 * little free storage.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { DATA_DIR, SHUANGJING, useBrowserSuite } from './harness.ts';
import {
  allCacheEntries,
  areaRows,
  circle,
  estimate,
  expectedTileBytes,
  expectedTileUrls,
  openAreasPanel,
  readyEstimate,
  settleServiceWorker,
  stationDataBytes,
  storedAreas,
  tileMetadata,
} from './area-helpers.ts';
import { formatBytes } from '../../src/app/areas/formatBytes.ts';

const suite = useBrowserSuite();
const AT = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;

function officeGeometry(name: string): Polygon | MultiPolygon {
  const json = JSON.parse(readFileSync(join(DATA_DIR, 'offices.geojson'), 'utf8')) as {
    features: { properties: { name: string }; geometry: Polygon | MultiPolygon }[];
  };
  const office = json.features.find((f) => f.properties.name === name);
  if (!office) throw new Error(`no office named ${name} in data/offices.geojson`);
  return office.geometry;
}

describe('offline area: count and estimate', () => {
  test('a radius around my place shows the cover’s tile count, the measured size and the station data size', async () => {
    // No WebGL: no map, so nothing else touches the tile cache during the test.
    const { page } = await suite.launch({ webgl: false });
    const panel = await openAreasPanel(page, suite.server.url(AT));
    const meta = tileMetadata();

    // Default: 3 km around my place, zoom 8 up to the tile set's finest (13).
    const three = expectedTileUrls(suite.server.origin, circle(SHUANGJING, 3));
    const shown = await readyEstimate(page, three.length);
    expect(three.length, 'premise: a handful of tiles').toBe(18);
    // The honest size: these very tiles' sizes (asked with HEAD) plus the storage overhead per
    // entry — not the whole tile set's average, which is several times smaller here in the centre.
    const realBytes = expectedTileBytes(three);
    const setAverageBytes = Math.round(three.length * (meta.bytes / meta.tileCount + 640));
    expect(realBytes, 'premise: central tiles are bigger than the Beijing-wide average').toBeGreaterThan(2 * setAverageBytes);
    expect(shown).toMatchObject({
      'tile-count': String(three.length),
      'tile-bytes': String(realBytes),
      basis: 'measured',
      'station-bytes': String(stationDataBytes()),
    });
    await expect.poll(() => panel.locator('[data-testid="area-tile-count"]').textContent(), { timeout: 10_000 }).toContain(`${three.length} 个地图瓦片（缩放 8–13 级）`);
    await expect
      .poll(() => panel.locator('[data-testid="area-tile-size"]').textContent(), { timeout: 10_000 })
      .toBe(`约 ${formatBytes(realBytes)}（按这些瓦片的实际大小，含浏览器存储开销）`);
    await expect.poll(() => estimate(page).textContent(), { timeout: 10_000 }).toContain(`驿站数据 ${formatBytes(stationDataBytes())}`);

    // 10 km and a coarser finest zoom change the count to what the core says.
    await panel.locator('[data-testid="area-radius"][data-km="10"]').click();
    const ten = expectedTileUrls(suite.server.origin, circle(SHUANGJING, 10));
    const tenShown = await readyEstimate(page, ten.length);
    // More tiles than it asks sizes for: a sample, reported as such, near the real size.
    expect(tenShown.basis).toBe('sampled');
    const tenReal = expectedTileBytes(ten);
    expect(Math.abs(Number(tenShown['tile-bytes']) - tenReal) / tenReal).toBeLessThan(0.25);
    await panel.locator('[data-testid="area-max-zoom"]').selectOption('12');
    const tenZ12 = expectedTileUrls(suite.server.origin, circle(SHUANGJING, 10), 12);
    expect(tenZ12.length).toBeLessThan(ten.length);
    const z12 = await readyEstimate(page, tenZ12.length);
    expect(z12['tile-bytes']).toBe(String(expectedTileBytes(tenZ12)));
  });

  test('a street office’s jurisdiction: 双井街道 by default at 双井, counted from its polygon', async () => {
    const { page } = await suite.launch({ webgl: false });
    const panel = await openAreasPanel(page, suite.server.url(AT));
    await panel.locator('[data-testid="area-kind"][data-kind="office"]').click();
    const expected = expectedTileUrls(suite.server.origin, { kind: 'polygon', geometry: officeGeometry('双井街道') });
    await readyEstimate(page, expected.length);
    await expect.poll(() => panel.locator('[data-testid="area-office"]').inputValue(), { timeout: 10_000 }).toBe('110105016');
  });

  test('too little free storage: a clear refusal with needed and available, and nothing stored', async () => {
    const { page } = await suite.launch({ webgl: false });
    // The browser says 4 KB are left: less than any area needs.
    await page.addInitScript(() => {
      const estimate = async () => ({ quota: 104_096, usage: 100_000 });
      Object.defineProperty(StorageManager.prototype, 'estimate', { value: estimate, configurable: true });
    });
    const panel = await openAreasPanel(page, suite.server.url(AT));
    const shown = await readyEstimate(page, 18);
    expect(shown['available-bytes']).toBe('4096');
    await settleServiceWorker(page);

    const before = await allCacheEntries(page);
    await panel.locator('[data-testid="area-download"]').click();
    const refusal = panel.locator('[data-testid="area-refusal"][data-reason="storage"]');
    await expect.poll(() => refusal.isVisible(), { timeout: 10_000, message: 'the refusal is shown' }).toBe(true);
    const needed = formatBytes(Number(shown['needed-bytes']));
    expect(await refusal.textContent()).toBe(`存储空间不足：需要约 ${needed}，只剩 4.0 KB。没有下载任何内容。请清理手机空间或选小一点的区域。`);

    // Nothing stored: no area, no new Cache Storage entry (give a stray download time to show up).
    await page.waitForTimeout(1500);
    expect(await areaRows(page).count()).toBe(0);
    expect(await storedAreas(page)).toEqual([]);
    expect(await allCacheEntries(page)).toEqual(before);
    for (const url of expectedTileUrls(suite.server.origin, circle(SHUANGJING, 3))) {
      expect(before.some((entry) => entry.endsWith(` → ${url}`)), `${url} was cached before`).toBe(false);
    }
  });

  test('a base map on OpenStreetMap’s tile servers is refused, even with allowBulkDownload, and nothing can start', async () => {
    const server = suite.server;
    const osmStyle = {
      version: 8,
      sources: { osm: { type: 'raster', tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'], tileSize: 256, maxzoom: 19 } },
      layers: [{ id: 'osm', type: 'raster', source: 'osm' }],
    };
    server.setInterceptor((_req, res, path) => {
      const json = path === '/config.json' ? { mapStyleUrl: 'styles/osm.json', mapStyleDarkUrl: null, allowBulkDownload: true } : path === '/styles/osm.json' ? osmStyle : null;
      if (!json) return false;
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(json));
      return true;
    });
    server.resetCounts();
    try {
      const { page } = await suite.launch({ webgl: false });
      const panel = await openAreasPanel(page, server.url(AT));
      const refusal = panel.locator('[data-testid="area-refusal"][data-reason="forbiddenProvider"]');
      await expect.poll(() => refusal.isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await refusal.textContent()).toContain('OpenStreetMap 的瓦片服务器，其使用政策禁止批量下载');
      await expect.poll(() => panel.locator('[data-testid="area-download"]').isDisabled(), { timeout: 10_000 }).toBe(true);
      expect(server.requests.filter((r) => r.path.startsWith('/tiles/')).length, 'no tile was asked for').toBe(0);
    } finally {
      server.setInterceptor(null);
    }
  });
});
