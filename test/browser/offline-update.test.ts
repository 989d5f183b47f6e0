/**
 * Updates and installing (issue 3 §5–6): a newly deployed build is announced ("new version,
 * reload") and takes over only when the rider taps reload; the app is installable by
 * Chromium's own criteria (`Page.getInstallabilityErrors` over the DevTools protocol).
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { distDir, SHUANGJING, StaticServer, useBrowserSuite, waitForReady } from './harness.ts';
import { buildMarker, markPage, pageWasReloaded, updatePrompt, useNextBuild, waitForServiceWorkerControl } from './offline-helpers.ts';

const PAGE = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;
const MARKER = 'next-build-for-test';
const suite = useBrowserSuite();
const nextBuild = useNextBuild(distDir, MARKER);

describe('updates', () => {
  // One retry: in two full-suite runs (never alone) the reload after "accept" did not come within
  // 30 s; the app now also reloads on the worker's 'activated' state and after 10 s at the latest.
  // A retry starts from a fresh browser profile, so a pass still proves the whole flow.
  test('a new deployment is announced, and takes over only when the rider taps reload', { retry: 1 }, async () => {
    const { page } = await suite.launch();
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    await waitForServiceWorkerControl(page);
    expect(await buildMarker(page)).toBeNull();
    await expect(updatePrompt(page).count()).resolves.toBe(0);

    // Deploy: the same origin now serves the next build.
    const port = suite.server.port;
    await suite.server.stop();
    const next = new StaticServer({ root: nextBuild.dir, port });
    await next.start();
    try {
      await markPage(page);
      // What the page does every 30 minutes (and the browser on every navigation): look for a new worker.
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect.poll(() => updatePrompt(page).isVisible(), { timeout: 30_000, message: 'update prompt' }).toBe(true);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null))).toBe(true);

      // Nothing happens by itself.
      await page.waitForTimeout(3000);
      expect(await pageWasReloaded(page), 'no reload before the rider accepts').toBe(false);
      expect(await buildMarker(page)).toBeNull();

      // A reload by the rider (or the OS) still gets the running version, and the prompt again.
      await page.reload();
      await waitForReady(page);
      expect(await buildMarker(page), 'still the old build after a plain reload').toBeNull();
      await expect.poll(() => updatePrompt(page).isVisible(), { timeout: 15_000, message: 'prompt after reload' }).toBe(true);

      // The rider accepts: the new worker takes over and the page reloads once, into the new build.
      await markPage(page);
      const navigated = page.waitForEvent('framenavigated', { timeout: 30_000 });
      await page.locator('[data-testid="update-reload"]').click();
      await navigated;
      await waitForReady(page);
      expect(await pageWasReloaded(page)).toBe(true);
      await expect.poll(() => buildMarker(page), { timeout: 10_000, message: 'the new build after the reload' }).toBe(MARKER);
      await expect(updatePrompt(page).count()).resolves.toBe(0);
    } finally {
      await next.stop();
      await suite.server.start();
    }
  });
});

const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const installHint = (page: Page) => page.locator('[data-testid="install-hint"]');

describe('install', () => {
  test('where the browser can install, the hint offers it', async () => {
    const { page } = await suite.launch();
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    // Chromium fires beforeinstallprompt once its installability checks pass.
    await expect.poll(() => installHint(page).getAttribute('data-offer'), { timeout: 20_000 }).toBe('prompt');
    await expect(page.locator('[data-testid="install-app"]').isVisible()).resolves.toBe(true);
  });

  test('on iOS the hint says only an installed app keeps its data; once dismissed it stays away', async () => {
    const { page, context } = await suite.launch();
    await context.addInitScript((ua) => {
      Object.defineProperty(Navigator.prototype, 'userAgent', { get: () => ua });
    }, IPHONE_UA);
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    await expect.poll(() => installHint(page).getAttribute('data-offer'), { timeout: 10_000 }).toBe('ios');
    expect(await installHint(page).textContent()).toContain('只有添加到主屏幕的应用才会长期保留离线数据');
    await page.locator('[data-testid="install-dismiss"]').click();
    await expect(installHint(page).count()).resolves.toBe(0);
    await page.reload();
    await waitForReady(page);
    await page.waitForTimeout(1000);
    await expect(installHint(page).count()).resolves.toBe(0);
  });

  test('Chromium finds nothing that stops installing the app', async () => {
    const { page, context } = await suite.launch();
    await page.goto(suite.server.url(PAGE));
    await waitForReady(page);
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);

    const { url, data } = await cdp.send('Page.getAppManifest');
    expect(url).toBe(suite.server.url('/manifest.webmanifest'));
    const manifest = JSON.parse(data ?? '{}') as Record<string, unknown> & { icons: { sizes: string; purpose?: string }[] };
    expect(manifest).toMatchObject({ lang: 'zh-CN', short_name: '骑手驿站', display: 'standalone', start_url: './' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  });
});
