/**
 * The maps follow the language switch (QA: the console map stayed in Chinese, and both maps'
 * own buttons kept the words they were made with): base-map labels, the zoom buttons and the
 * canvas' accessible name, in the rider app and in the console.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { SHUANGJING, waitForReady } from './harness.ts';
import { loginToConsole, useConsoleSuite, waitForConsoleMap } from './serverHarness.ts';

const suite = useConsoleSuite();
const CHINESE_LABELS = ['get', 'name'];
const ENGLISH_LABELS = ['coalesce', ['get', 'name_en'], ['get', 'name']];

/** What the map in `selector` shows now: its label expression, zoom buttons' words, canvas name. */
function readMapWords(page: Page, selector: string, bridge: '__mapView' | '__consoleMap') {
  return page.evaluate(
    ([sel, key]) => {
      const element = document.querySelector(sel!) as (HTMLElement & Record<string, { baseLabelField(): unknown } | undefined>) | null;
      const zoomIn = element?.querySelector('.maplibregl-ctrl-zoom-in');
      return {
        labels: element?.[key!]?.baseLabelField() ?? null,
        zoomIn: [zoomIn?.getAttribute('title'), zoomIn?.getAttribute('aria-label')],
        zoomOut: element?.querySelector('.maplibregl-ctrl-zoom-out')?.getAttribute('title') ?? null,
        canvas: element?.querySelector('.maplibregl-canvas')?.getAttribute('aria-label') ?? null,
      };
    },
    [selector, bridge],
  );
}

describe('maps follow the language switch', () => {
  test('rider map: labels and buttons in Chinese, then English after the switch', async () => {
    const { page } = await suite.launch();
    await page.goto(suite.server.url(`/?at=${SHUANGJING[0]},${SHUANGJING[1]}`));
    await waitForReady(page);
    await expect.poll(() => page.getByTestId('map').getAttribute('data-map-state'), { timeout: 30_000 }).toBe('ready');
    await expect.poll(() => readMapWords(page, '[data-testid="map"]', '__mapView'), { timeout: 10_000 }).toEqual({
      labels: CHINESE_LABELS,
      zoomIn: ['放大', '放大'],
      zoomOut: '缩小',
      canvas: '地图',
    });

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang), { timeout: 10_000 }).toBe('en');
    await expect.poll(() => readMapWords(page, '[data-testid="map"]', '__mapView'), { timeout: 10_000 }).toEqual({
      labels: ENGLISH_LABELS,
      zoomIn: ['Zoom in', 'Zoom in'],
      zoomOut: 'Zoom out',
      canvas: 'Map',
    });
  });

  test('console map: labels and buttons switch both ways', async () => {
    const { page } = await suite.launch();
    await loginToConsole(page, suite.server, 'sj-editor');
    await waitForConsoleMap(page);
    await expect.poll(() => readMapWords(page, '[data-testid="console-map"]', '__consoleMap'), { timeout: 10_000 }).toEqual({
      labels: CHINESE_LABELS,
      zoomIn: ['放大', '放大'],
      zoomOut: '缩小',
      canvas: '地图',
    });

    // The legend explains the dots' colours (QA: they were unexplained).
    const legend = () => page.getByTestId('console-map-legend').locator('li').allInnerTexts();
    await expect.poll(async () => (await legend()).map((x) => x.trim()), { timeout: 10_000 }).toEqual(['营业中', '30 分钟内关门', '已关门或暂停', '营业时间未知']);

    await page.getByTestId('language-switch').click();
    await expect.poll(async () => (await legend()).map((x) => x.trim()), { timeout: 10_000 }).toEqual(['Open', 'Closing within 30 min', 'Closed or suspended', 'Hours unknown']);
    await expect.poll(() => readMapWords(page, '[data-testid="console-map"]', '__consoleMap'), { timeout: 10_000 }).toEqual({
      labels: ENGLISH_LABELS,
      zoomIn: ['Zoom in', 'Zoom in'],
      zoomOut: 'Zoom out',
      canvas: 'Map',
    });

    await page.getByTestId('language-switch').click();
    await expect.poll(() => readMapWords(page, '[data-testid="console-map"]', '__consoleMap'), { timeout: 10_000 }).toEqual({
      labels: CHINESE_LABELS,
      zoomIn: ['放大', '放大'],
      zoomOut: '缩小',
      canvas: '地图',
    });
  });
});
