/**
 * Starts Debian's Chromium through playwright-core for one test: a fresh profile (user-data dir),
 * a chosen position / time zone / locale / time, optionally without WebGL, and a record of page
 * errors and console errors.
 *
 * A persistent context is used because it is the form in which a service worker, IndexedDB and
 * localStorage live in a real profile on disk: the offline tests relaunch on the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { LngLat } from '../../src/core/station.ts';
import { findChromium } from './chromium-path.ts';

/** 双井 (Shuangjing), Chaoyang: the rider's position in most tests. */
export const SHUANGJING: LngLat = [116.4626, 39.893];

/** Flags that keep Chromium quiet on a machine with a closed network (see PITFALLS.md). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export const NO_WEBGL_ARGS = ['--disable-webgl', '--disable-3d-apis'];

export type GeolocationMode =
  /** Permission granted, the device reports this position. */
  | { granted: LngLat; accuracyMeters?: number }
  /** The rider (or the OS) refused: getCurrentPosition fails with PERMISSION_DENIED. */
  | 'denied';

export interface LaunchOptions {
  geolocation?: GeolocationMode;
  timezoneId?: string;
  locale?: string;
  /** false: start Chromium without WebGL (the map must say it is unavailable). Default true. */
  webgl?: boolean;
  /** `Date.now()` / `new Date()` in the page return this instant; timers keep running. */
  fixedTime?: Date;
  /** Reuse a profile (e.g. a second launch after going offline). Default: a fresh temporary one. */
  userDataDir?: string;
  /** Keep the profile on close (so it can be relaunched). Default: delete it if we made it. */
  keepUserDataDir?: boolean;
  viewport?: { width: number; height: number };
  /** A touch phone (hasTouch + isMobile), so tests can `tap()`. Default false (mouse). */
  touch?: boolean;
}

export interface RiderBrowser {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: Error[];
  /** console.error messages and failed-request reports, with their source location. */
  consoleErrors: string[];
  /** Throws if the page threw anything uncaught so far. */
  assertNoPageErrors(): void;
  close(): Promise<void>;
}

/** A phone-sized window: the rider screen is mobile-first. */
export const PHONE_VIEWPORT = { width: 412, height: 915 };

const ridersByPage = new WeakMap<Page, RiderBrowser>();

/** The launch a page belongs to (for error reports), if it was made by launchRider. */
export function riderOf(page: Page): RiderBrowser | undefined {
  return ridersByPage.get(page);
}

export async function launchRider(options: LaunchOptions = {}): Promise<RiderBrowser> {
  const ownsDir = !options.userDataDir;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'rider-chromium-'));
  const geolocation = options.geolocation ?? { granted: SHUANGJING };
  const granted = geolocation !== 'denied' ? geolocation : null;

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.webgl === false ? NO_WEBGL_ARGS : [])],
    viewport: options.viewport ?? PHONE_VIEWPORT,
    locale: options.locale ?? 'zh-CN',
    timezoneId: options.timezoneId ?? 'Asia/Shanghai',
    serviceWorkers: 'allow',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    ...(granted
      ? {
          permissions: ['geolocation'],
          geolocation: {
            longitude: granted.granted[0],
            latitude: granted.granted[1],
            accuracy: granted.accuracyMeters ?? 20,
          },
        }
      : {}),
  });

  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: Error[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location();
    consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
  });

  if (geolocation === 'denied') {
    // A real "Block": Chromium itself answers PERMISSION_DENIED, no script is injected.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setPermission', { permission: { name: 'geolocation' }, setting: 'denied' });
    // No detach: Chromium drops the overrides a CDP session made when that session goes away.
  }
  if (options.fixedTime) await context.clock.setFixedTime(options.fixedTime);

  const rider: RiderBrowser = {
    context,
    page,
    userDataDir,
    pageErrors,
    consoleErrors,
    assertNoPageErrors() {
      if (pageErrors.length > 0) {
        const list = pageErrors.map((e) => `  - ${e.stack ?? e.message}`).join('\n');
        throw new Error(`uncaught error(s) in the page:\n${list}`);
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      if (ownsDir && !options.keepUserDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  ridersByPage.set(page, rider);
  return rider;
}
