/**
 * Rider-screen controls and screens that the other browser tests leave alone: the 24-hour chip,
 * the theme button, choosing a place by tapping the map, the remembered navigation app, the
 * "where are you?", "nothing found" and "about the data" screens, a first visit whose data
 * cannot be fetched, and "later" on the update prompt / the install button.
 *
 * Expectations come from the data and the core (expectations.ts) or from the message tables
 * (src/i18n/zhCN.ts, src/app/offline/messages.ts), never from what the page itself computed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { distance } from '@turf/turf';
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { is24_7 } from '../../src/core/hours.ts';
import type { Amenity, LngLat } from '../../src/core/station.ts';
import { formattersFor } from '../../src/i18n/i18n.ts';
import { zhCN } from '../../src/i18n/zhCN.ts';
import { offlineMessages } from '../../src/app/offline/messages.ts';
import { PREFS_KEY } from '../../src/app/prefs.ts';
import {
  DATA_DIR,
  distDir,
  filterChip,
  firstResultId,
  mapDrawingAt,
  projectStationStable,
  readNavLinks,
  readResults,
  resultRows,
  SHUANGJING,
  StaticServer,
  stationDetail,
  useBrowserSuite,
  waitForReady,
} from './harness.ts';
import { expectedRanking, expectNavLinksMatch, expectRowsMatchRanking, loadHubs, stationById } from './expectations.ts';
import { buildMarker, markPage, pageWasReloaded, updatePrompt, useNextBuild, waitForServiceWorkerControl } from './offline-helpers.ts';

/** A Wednesday afternoon in Beijing, an ordinary working day (as in the other rider tests). */
const AT = new Date('2026-11-04T14:30:00+08:00');
const AT_SHUANGJING = `/?at=${SHUANGJING[0]},${SHUANGJING[1]}`;
const suite = useBrowserSuite();

const atUrl = (origin: LngLat) => `/?at=${origin[0]},${origin[1]}`;

/** Opens the app with `?at=` and waits until the first row is the core's first station from there. */
async function openAt(page: Page, origin: LngLat, options: Parameters<typeof expectedRanking>[2] = {}): Promise<void> {
  await page.goto(suite.server.url(atUrl(origin)));
  await waitForReady(page);
  const first = expectedRanking(origin, AT, options)[0]?.station.id;
  await expect.poll(() => firstResultId(page), { timeout: 15_000, message: `first row from ${origin.join(',')}` }).toBe(first);
}

/** The remembered preferences (localStorage `rider-prefs-v1`) as the app wrote them. */
async function storedPrefs(page: Page): Promise<Record<string, unknown> | null> {
  const text = await page.evaluate((key) => localStorage.getItem(key), PREFS_KEY);
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
}

async function visibleText(page: Page, testId: string): Promise<string> {
  const el = page.locator(`[data-testid="${testId}"]`);
  if ((await el.count()) === 0 || !(await el.first().isVisible())) return '';
  return (await el.first().innerText()).trim();
}

// ---------------------------------------------------------------------------------------------
describe('filters', () => {
  test('the 24-hour chip: pressed, and the list holds only 24/7 stations, as the core ranks them', async () => {
    const { page } = await suite.launch({ fixedTime: AT });
    const unfiltered = expectedRanking(SHUANGJING, AT);
    const roundTheClock = expectedRanking(SHUANGJING, AT, { only24h: true });
    expect(roundTheClock.length, 'premise: 24/7 stations near 双井').toBeGreaterThan(0);
    expect(
      unfiltered.slice(0, 20).some((r) => !is24_7(r.station.properties)),
      'premise: without the chip the first rows include stations that are not 24/7',
    ).toBe(true);

    await openAt(page, SHUANGJING);
    const before = await readResults(page);
    expect(before.some((r) => !is24_7(stationById(r.id).properties)), 'before the chip some row is not 24/7').toBe(true);

    const chip = filterChip(page, 'only24h');
    expect(await chip.getAttribute('aria-pressed'), 'chip on a fresh profile').toBe('false');
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: 10_000, message: 'chip aria-pressed' }).toBe('true');
    await expect
      .poll(async () => (await readResults(page)).map((r) => r.id), { timeout: 10_000, message: 'rows after the chip' })
      .toEqual(roundTheClock.slice(0, before.length).map((r) => r.station.id));

    const rows = await readResults(page);
    for (const row of rows) expect(is24_7(stationById(row.id).properties), `${row.id} is open 24/7`).toBe(true);
    expectRowsMatchRanking(rows, roundTheClock);

    // Off again: the full list is back.
    await chip.click();
    await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('false');
    await expect.poll(async () => (await readResults(page)).map((r) => r.id), { timeout: 10_000 }).toEqual(before.map((r) => r.id));
  });
});

// ---------------------------------------------------------------------------------------------
describe('theme', () => {
  const themeButton = (page: Page) => page.locator('header button[aria-label^="显示模式"]');
  const rootTheme = (page: Page) =>
    page.evaluate(() => ({
      attr: document.documentElement.getAttribute('data-theme'),
      scheme: getComputedStyle(document.documentElement).colorScheme,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));

  test('the theme button cycles system → dark → light → system, and the choice survives a reload', async () => {
    const { page } = await suite.launch({ fixedTime: AT });
    await page.emulateMedia({ colorScheme: 'light' }); // "system" is light on this device
    await page.goto(suite.server.url(AT_SHUANGJING));
    await waitForReady(page);

    const button = themeButton(page);
    expect(await button.count(), 'one theme button in the header').toBe(1);
    expect(await button.getAttribute('aria-label')).toBe(zhCN.themeLabel(zhCN.themeNames.system));
    const system = await rootTheme(page);
    expect(system.attr, 'no data-theme while following the system').toBeNull();
    expect(system.scheme).toBe('light');

    // <html data-theme> is set in an effect after the render that changes the button: poll it.
    await button.click();
    await expect.poll(() => button.getAttribute('aria-label'), { timeout: 10_000 }).toBe(zhCN.themeLabel(zhCN.themeNames.dark));
    await expect.poll(() => rootTheme(page).then((t) => t.attr), { timeout: 10_000 }).toBe('dark');
    const dark = await rootTheme(page);
    expect(dark.scheme, 'color-scheme of <html> when dark').toBe('dark');
    expect(dark.background, 'the page background changes with the theme').not.toBe(system.background);

    await button.click();
    await expect.poll(() => button.getAttribute('aria-label'), { timeout: 10_000 }).toBe(zhCN.themeLabel(zhCN.themeNames.light));
    await expect.poll(() => rootTheme(page).then((t) => t.attr), { timeout: 10_000 }).toBe('light');
    const light = await rootTheme(page);
    expect(light.scheme).toBe('light');
    expect(light.background).toBe(system.background);

    // "light" is the rider's own choice: it holds even when the device turns dark, and after a reload.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => themeButton(page).getAttribute('aria-label'), { timeout: 10_000, message: 'theme after reload' }).toBe(
      zhCN.themeLabel(zhCN.themeNames.light),
    );
    await expect.poll(() => rootTheme(page), { timeout: 10_000 }).toEqual(light);

    // Once more: back to following the (now dark) system.
    await themeButton(page).click();
    await expect.poll(() => themeButton(page).getAttribute('aria-label'), { timeout: 10_000 }).toBe(zhCN.themeLabel(zhCN.themeNames.system));
    await expect.poll(() => rootTheme(page).then((t) => t.attr), { timeout: 10_000 }).toBeNull();
    const followingDark = await rootTheme(page);
    expect(followingDark.scheme, 'following a dark system').toBe('dark');
    await page.reload();
    await waitForReady(page);
    await expect.poll(() => themeButton(page).getAttribute('aria-label'), { timeout: 10_000 }).toBe(zhCN.themeLabel(zhCN.themeNames.system));
    await expect.poll(() => rootTheme(page).then((t) => t.attr), { timeout: 10_000 }).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
describe('choosing a place on the map', () => {
  test('"tap the map" in the place picker, a tap, and the list is ranked from the tapped point', async () => {
    const { page } = await suite.launch({ fixedTime: AT });
    // The place to tap: a station a few kilometres from 双井 that is first in its own ranking,
    // with no other station so close that a tap a few metres off could change the order.
    const target = expectedRanking(SHUANGJING, AT).find((r) => {
      if (r.distanceMeters < 2000) return false;
      const around = expectedRanking(r.station.geometry.coordinates, AT);
      return around[0]?.station.id === r.station.id && (around[1]?.distanceMeters ?? 0) > 50;
    });
    expect(target, 'premise: a station 2 km or more from 双井 stands clear of its neighbours').toBeDefined();
    const targetId = target!.station.id;
    const targetAt = target!.station.geometry.coordinates;

    await openAt(page, SHUANGJING);
    const map = page.locator('[data-testid="map"]');
    await expect.poll(() => map.getAttribute('data-map-state'), { timeout: 45_000, message: 'map data-map-state' }).toBe('ready');

    await page.locator('button[data-testid="choose-place"]').click();
    const picker = page.locator('[data-testid="place-picker"]');
    await expect.poll(() => picker.isVisible(), { timeout: 10_000, message: 'place picker open' }).toBe(true);
    const pickOnMap = picker.locator('[data-testid="pick-on-map"]');
    expect(await pickOnMap.isEnabled(), 'the "tap the map" option is available').toBe(true);
    expect((await pickOnMap.innerText()).trim()).toBe(zhCN.pickOnMap);
    await pickOnMap.click();
    await expect.poll(() => picker.count(), { timeout: 10_000, message: 'picker closed while picking' }).toBe(0);
    await expect.poll(() => map.getAttribute('class'), { timeout: 10_000, message: 'map in picking mode' }).toContain('map--picking');
    await expect.poll(() => page.getByText(zhCN.pickOnMapHint).isVisible(), { timeout: 10_000, message: 'the picking hint is shown' }).toBe(true);
    // Escape leaves picking mode, like the cancel button; then pick again for real.
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('pick-hint').count(), { timeout: 10_000, message: 'Escape ends picking' }).toBe(0);
    await expect.poll(() => map.getAttribute('class'), { timeout: 10_000, message: 'Escape ends the map’s picking mode' }).not.toContain('map--picking');
    await page.locator('button[data-testid="choose-place"]').click();
    await picker.locator('[data-testid="pick-on-map"]').click();
    await expect.poll(() => map.getAttribute('class'), { timeout: 10_000, message: 'map in picking mode again' }).toContain('map--picking');

    // Where the target station is on screen (the bridge brings it into view; wait for the camera
    // and for the page to stop scrolling).
    const point = await projectStationStable(page, targetId);
    const hit = await mapDrawingAt(page, point);
    expect(hit.insideMap, `at ${JSON.stringify(point)} the page has ${hit.what}, not the map's drawing`).toBe(true);
    await page.mouse.click(point.x, point.y);

    // The origin is now the tapped place: said in the location bar, remembered as the last place.
    await expect.poll(() => map.getAttribute('class'), { timeout: 10_000, message: 'picking ends with the tap' }).not.toContain('map--picking');
    await expect
      .poll(() => page.locator('.location__origin').innerText(), { timeout: 10_000, message: 'location bar' })
      .toBe(zhCN.originNear(zhCN.originLabels.map));
    // The preferences are written in an effect after the render: poll them.
    const lastPlaceOf = async () => (await storedPrefs(page))?.lastPlace as { lngLat: LngLat; source: string } | undefined;
    await expect.poll(async () => (await lastPlaceOf())?.source, { timeout: 10_000, message: 'the remembered place came from the map' }).toBe('map');
    const tapped = (await lastPlaceOf())!.lngLat;
    const offBy = distance(tapped, targetAt, { units: 'meters' });
    expect(offBy, `the tapped point ${tapped.join(',')} is on the target station ${targetAt.join(',')}`).toBeLessThan(15);

    const expected = expectedRanking(tapped, AT);
    expect(expected[0]?.station.id, 'premise: from the tapped point the target station is nearest').toBe(targetId);
    await expect.poll(() => firstResultId(page), { timeout: 10_000, message: 'first row from the tapped point' }).toBe(targetId);
    const rows = await readResults(page);
    expectRowsMatchRanking(rows, expected);
    expect(rows[0]!.distanceMeters, 'the first row is where the rider tapped').toBeLessThanOrEqual(15);
  });
});


// ---------------------------------------------------------------------------------------------
describe('navigation app', () => {
  /** The navigation apps' web pages are on the internet: answer them locally. */
  async function answerNavigationSites(context: BrowserContext): Promise<void> {
    await context.route(
      (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
      (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: '<p>navigation app</p>' }),
    );
  }

  test('after the rider uses one provider, the next station lists it first, marked "last used", also after a reload', async () => {
    const { page, context } = await suite.launch({ fixedTime: AT });
    await answerNavigationSites(context);
    await openAt(page, SHUANGJING);

    const [first, second] = await readResults(page);
    expect(first && second, 'two rows near 双井').toBeTruthy();
    await page.locator(`[data-testid="station-result"][data-station-id="${first!.id}"]`).click();
    await expect.poll(() => stationDetail(page).getAttribute('data-station-id'), { timeout: 10_000 }).toBe(first!.id);

    const fresh = await readNavLinks(page);
    expectNavLinksMatch(fresh, stationById(first!.id), SHUANGJING);
    expect(await stationDetail(page).locator('.nav-link__tag').count(), 'no "last used" mark on a fresh profile').toBe(0);
    // A provider that is not already first, so that the new order shows.
    const chosen = fresh[fresh.length - 2]!;
    expect(fresh[0]!.provider, 'premise: the chosen provider is not first by default').not.toBe(chosen.provider);

    const link = stationDetail(page).locator(`a[data-testid="nav-link"][data-provider="${chosen.provider}"]`);
    const popupOpened = context.waitForEvent('page', { timeout: 10_000 });
    await link.click();
    const popup = await popupOpened;
    await popup.waitForLoadState('domcontentloaded').catch(() => undefined);
    expect(popup.url(), 'the link opened the provider').toBe(new URL(chosen.href).href);
    await popup.close();

    await expect.poll(async () => (await storedPrefs(page))?.navProvider, { timeout: 10_000, message: 'remembered provider' }).toBe(chosen.provider);
    await stationDetail(page).locator('[data-testid="detail-close"]').click();
    await expect.poll(() => stationDetail(page).count(), { timeout: 10_000, message: 'detail closed' }).toBe(0);

    const expectChosenFirst = async (stationId: string, where: string) => {
      await expect.poll(() => stationDetail(page).getAttribute('data-station-id'), { timeout: 10_000 }).toBe(stationId);
      const links = await readNavLinks(page);
      expect(links[0]?.provider, `first navigation link ${where}`).toBe(chosen.provider);
      expect(links.map((l) => l.provider).sort(), `every provider still offered ${where}`).toEqual(fresh.map((l) => l.provider).sort());
      expectNavLinksMatch(links, stationById(stationId), SHUANGJING);
      const tags = stationDetail(page).locator('.nav-link__tag');
      expect(await tags.count(), `one "last used" mark ${where}`).toBe(1);
      expect((await tags.innerText()).trim()).toBe(zhCN.lastUsed);
      expect(
        await stationDetail(page).locator(`a[data-testid="nav-link"][data-provider="${chosen.provider}"] .nav-link__tag`).count(),
        `the mark is on ${chosen.provider}`,
      ).toBe(1);
    };

    await page.locator(`[data-testid="station-result"][data-station-id="${second!.id}"]`).click();
    await expectChosenFirst(second!.id, 'in the next station');

    await page.reload();
    await waitForReady(page);
    await expect.poll(() => firstResultId(page), { timeout: 15_000 }).toBe(first!.id);
    await page.locator(`[data-testid="station-result"][data-station-id="${first!.id}"]`).click();
    await expectChosenFirst(first!.id, 'after a reload');
  });
});

// ---------------------------------------------------------------------------------------------
describe('screens', () => {
  test('no position yet (no ?at=, location not granted, nothing remembered): the origin prompt asks where the rider is', async () => {
    const { page, context } = await suite.launch({ fixedTime: AT });
    await context.clearPermissions(); // neither granted nor refused: the browser would ask
    await page.goto(suite.server.url('/'));
    await waitForReady(page);
    expect(await page.evaluate(async () => (await navigator.permissions.query({ name: 'geolocation' })).state)).toBe('prompt');
    expect(await storedPrefs(page).then((p) => p?.lastPlace ?? null), 'nothing remembered').toBeNull();

    const prompt = page.locator('[data-testid="origin-prompt"]');
    await expect.poll(() => prompt.isVisible(), { timeout: 10_000, message: 'origin prompt' }).toBe(true);
    expect(await prompt.locator('p').first().innerText()).toBe(zhCN.locationPrompt);
    const buttons = (await prompt.locator('button').allInnerTexts()).map((t) => t.trim());
    expect(buttons, 'the prompt offers both ways to set a place').toEqual([zhCN.locateMe, zhCN.choosePlace]);
    expect(await resultRows(page).count(), 'no rows without a place').toBe(0);
    expect(await page.locator('[data-testid="location-status"]').getAttribute('data-status'), 'no locate attempted').toBe('idle');
    expect(await page.locator('.location__origin').count(), 'no origin line').toBe(0);

    // The prompt's own "choose a place" opens the picker; a hub gives the list from there. (On a
    // first visit the hubs come with the refresh that follows the stations.)
    await prompt.locator('button', { hasText: zhCN.choosePlace }).click();
    const option = page.locator('[data-testid="place-picker"] [data-testid="hub-option"]').first();
    await expect.poll(() => option.isVisible(), { timeout: 15_000, message: 'hub options' }).toBe(true);
    const hubId = (await option.getAttribute('data-hub-id')) as string;
    const hub = loadHubs().find((h) => h.id === hubId);
    expect(hub, `hub ${hubId} is in data/hubs.geojson`).toBeDefined();
    await page.locator(`[data-testid="place-picker"] [data-testid="hub-option"][data-hub-id="${hubId}"]`).click();
    await expect.poll(() => prompt.count(), { timeout: 10_000, message: 'prompt gone once a place is chosen' }).toBe(0);
    const expected = expectedRanking(hub!.geometry.coordinates, AT);
    await expect.poll(() => firstResultId(page), { timeout: 10_000 }).toBe(expected[0]?.station.id);
    expectRowsMatchRanking(await readResults(page), expected);
  });

  test('a combination of needs that no station in range has together: the "no results" hint', async () => {
    const found = emptyCombination();
    expect(found, 'premise: somewhere (双井 or a hub) the chips can ask for more than any station has').not.toBeNull();
    const { origin, needs } = found!;
    const { page } = await suite.launch({ fixedTime: AT });
    await openAt(page, origin);
    expectRowsMatchRanking(await readResults(page), expectedRanking(origin, AT));

    for (const [i, need] of needs.entries()) {
      const chip = filterChip(page, need);
      await chip.click();
      await expect.poll(() => chip.getAttribute('aria-pressed'), { timeout: 10_000, message: `chip ${need}` }).toBe('true');
      if (i < needs.length - 1) {
        const partial = expectedRanking(origin, AT, { needs: needs.slice(0, i + 1) });
        expect(partial.length, `premise: ${needs.slice(0, i + 1).join('+')} alone still finds stations`).toBeGreaterThan(0);
        await expect.poll(() => firstResultId(page), { timeout: 10_000 }).toBe(partial[0]?.station.id);
      }
    }
    const hint = page.locator('[data-testid="no-results-hint"]');
    await expect.poll(() => hint.isVisible(), { timeout: 10_000, message: 'no-results hint' }).toBe(true);
    expect((await hint.innerText()).trim()).toBe(zhCN.listEmptyHint);
    await expect.poll(() => visibleText(page, 'result-count'), { timeout: 10_000 }).toBe(zhCN.listEmpty);
    await expect.poll(() => resultRows(page).count(), { timeout: 10_000, message: 'no rows' }).toBe(0);

    // Taking the last need away brings the stations back.
    const last = needs[needs.length - 1]!;
    await filterChip(page, last).click();
    const fewer = expectedRanking(origin, AT, { needs: needs.slice(0, -1) });
    await expect.poll(() => firstResultId(page), { timeout: 10_000 }).toBe(fewer[0]?.station.id);
    expectRowsMatchRanking(await readResults(page), fewer);
    await expect.poll(() => hint.count(), { timeout: 10_000, message: 'hint gone' }).toBe(0);
  });

  test('About: the data date is the newest updated_at / verified_at of the stations, and it says the data is a sample', async () => {
    const newest = newestStationDate();
    const { page } = await suite.launch({ fixedTime: AT });
    await page.goto(suite.server.url(AT_SHUANGJING));
    await waitForReady(page);
    await page.locator('button[data-testid="open-about"]').click();
    const about = page.locator('[data-testid="about-data"]');
    await expect.poll(() => about.isVisible(), { timeout: 10_000, message: 'about-data' }).toBe(true);

    expect((await about.locator('[data-testid="sample-notice"]').innerText()).trim()).toBe(zhCN.aboutSample);
    const dateText = (await about.locator('[data-testid="data-date"]').innerText()).trim();
    const [year, month, day] = beijingDate(newest);
    expect((dateText.match(/\d+/g) ?? []).map(Number), `"${dateText}" is the Beijing date of ${newest.toISOString()}`).toEqual([year, month, day]);
    expect(dateText).toBe(zhCN.aboutDataDate(formattersFor('zh-CN').date(newest)));
  });
});

/**
 * The nearest place (双井 first, then the hubs by distance from it) where the ranked list is not
 * empty but some combination of the chips' needs finds nothing in range; the smallest such
 * combination. From the data and the core, over the chips the DOM contract names.
 */
function emptyCombination(): { origin: LngLat; needs: Amenity[] } | null {
  const chips: Amenity[] = ['ebike_charging', 'phone_charging', 'drinking_water', 'hot_water', 'toilet', 'heating', 'battery_swap', 'raincoats'];
  const combos: Amenity[][] = [];
  for (let mask = 1; mask < 1 << chips.length; mask++) combos.push(chips.filter((_, i) => mask & (1 << i)));
  combos.sort((a, b) => a.length - b.length);
  const places: LngLat[] = [
    SHUANGJING,
    ...loadHubs()
      .map((h) => h.geometry.coordinates)
      .sort((a, b) => distance(SHUANGJING, a) - distance(SHUANGJING, b)),
  ];
  for (const origin of places) {
    // Every station the list could show from here (open at arrival or unknown, in range).
    const reachable = expectedRanking(origin, AT, { limit: 100_000 });
    if (reachable.length === 0) continue;
    const sets = reachable.map((r) => new Set(r.station.properties.amenities));
    const needs = combos.find((combo) => !sets.some((s) => combo.every((a) => s.has(a))));
    if (needs) return { origin, needs };
  }
  return null;
}

/** The newest updated_at / verified_at in data/stations.geojson. */
function newestStationDate(): Date {
  const collection = JSON.parse(readFileSync(resolve(DATA_DIR, 'stations.geojson'), 'utf8')) as {
    features: { properties: { updated_at: string; verified_at?: string | null } }[];
  };
  let newest = -Infinity;
  for (const f of collection.features) {
    newest = Math.max(newest, Date.parse(f.properties.updated_at), f.properties.verified_at ? Date.parse(f.properties.verified_at) : -Infinity);
  }
  return new Date(newest);
}

function beijingDate(at: Date): number[] {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(at)
    .filter((p) => p.type !== 'literal')
    .map((p) => Number(p.value));
}

// ---------------------------------------------------------------------------------------------
describe('first visit without a connection', () => {
  test('the page arrives but nothing else does: it says the station data could not be loaded, and recovers when the connection returns', async () => {
    const { page, context } = await suite.launch({ fixedTime: AT });
    // Only the page and its code get through (as from a connection that dropped right after
    // them); everything else fails as without a network: the data, config.json, sw.js, the map.
    const shell = (url: URL) => url.pathname === '/' || url.pathname.startsWith('/assets/');
    await context.route('**/*', (route) =>
      shell(new URL(route.request().url())) ? route.continue() : route.abort('internetdisconnected'),
    );
    await page.goto(suite.server.url(AT_SHUANGJING));
    await waitForReady(page);

    const error = page.locator('[data-testid="load-error"]');
    await expect.poll(() => error.isVisible(), { timeout: 10_000, message: 'load-error' }).toBe(true);
    // What happened, what to do (the browser still says it is online), and the reason for support.
    expect((await error.innerText()).split('\n')[0]?.trim()).toBe(zhCN.loadFailedTitle);
    expect(await error.innerText()).toContain(zhCN.loadFailedAdvice);
    expect(await page.getByTestId('load-error-detail').innerText()).toMatch(/^技术信息：.+/);
    expect(await error.getAttribute('role'), 'announced to screen readers').toBe('alert');
    // No "data saved on this device" banner: there is none.
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
    // Not a blank screen: the header, the place controls and the chips are there.
    for (const id of ['locate-me', 'choose-place', 'open-about']) {
      expect(await page.locator(`[data-testid="${id}"]`).isVisible(), `${id} visible`).toBe(true);
    }
    expect(await resultRows(page).count()).toBe(0);

    // "重试" while the connection is still down: it tries, and says so again.
    await page.getByTestId('load-retry').click();
    await expect.poll(() => page.getByTestId('load-retry').innerText(), { timeout: 10_000 }).toBe(zhCN.retry);
    await expect.poll(() => error.isVisible(), { timeout: 10_000 }).toBe(true);

    // The connection comes back; the rider taps "重试": the list appears, no reload.
    await markPage(page);
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await page.getByTestId('load-retry').click();
    const expected = expectedRanking(SHUANGJING, AT);
    await expect.poll(() => firstResultId(page), { timeout: 20_000, message: 'the list once online' }).toBe(expected[0]?.station.id);
    expectRowsMatchRanking(await readResults(page), expected);
    await expect.poll(() => error.count(), { timeout: 10_000, message: 'the error is gone' }).toBe(0);
    expect(await pageWasReloaded(page), 'no reload needed').toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe('update and install prompts', () => {
  const nextBuild = useNextBuild(distDir, 'next-build-for-controls-test');
  const t = offlineMessages('zh-CN');

  test('"later" on the update prompt hides it and keeps the running version; the next start offers the update again', async () => {
    const { page } = await suite.launch({ fixedTime: AT });
    await page.goto(suite.server.url(AT_SHUANGJING));
    await waitForReady(page);
    await waitForServiceWorkerControl(page);
    expect(await buildMarker(page)).toBeNull();

    const port = suite.server.port;
    await suite.server.stop();
    const next = new StaticServer({ root: nextBuild.dir, port });
    await next.start();
    try {
      await markPage(page);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await expect.poll(() => updatePrompt(page).isVisible(), { timeout: 30_000, message: 'update prompt' }).toBe(true);
      expect((await updatePrompt(page).innerText()).replace(/\s+/g, '')).toBe(`${t.updateReady}${t.updateReload}${t.updateLater}`.replace(/\s+/g, ''));

      const later = page.locator('[data-testid="update-later"]');
      expect((await later.innerText()).trim()).toBe(t.updateLater);
      await later.click();
      await expect.poll(() => updatePrompt(page).count(), { timeout: 10_000, message: 'prompt hidden after "later"' }).toBe(0);
      // The new version still waits; the page keeps running the old one.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting != null)), 'new worker still waiting').toBe(true);
      expect(await pageWasReloaded(page), 'no reload after "later"').toBe(false);
      expect(await buildMarker(page), 'still the running build').toBeNull();
      expect(await resultRows(page).count(), 'the list is still there').toBeGreaterThan(0);

      // The next start: still the old version, and the update is offered again.
      await page.reload();
      await waitForReady(page);
      expect(await buildMarker(page), 'old build after the reload').toBeNull();
      await expect.poll(() => updatePrompt(page).isVisible(), { timeout: 15_000, message: 'prompt again on the next start' }).toBe(true);
    } finally {
      await next.stop();
      await suite.server.start();
    }
  });

  /**
   * A fresh rider page where Chromium offers installing, with the browser's offers, install
   * dialogs and the rider's answers counted (the page's own listener stays as it is).
   */
  async function openWithInstallOffer() {
    const { page } = await suite.launch({ fixedTime: AT });
    // Count what the browser does (the page's own listener stays as it is): offers, and calls of
    // the install dialog with the rider's answer. Headless Chromium answers the dialog "dismissed".
    await page.addInitScript(() => {
      const w = window as unknown as { __install: { offers: number; prompts: number; outcomes: string[] } };
      w.__install = { offers: 0, prompts: 0, outcomes: [] };
      window.addEventListener('beforeinstallprompt', (event) => {
        w.__install.offers += 1;
        void (event as Event & { userChoice: Promise<{ outcome: string }> }).userChoice.then((c) => w.__install.outcomes.push(c.outcome));
      });
      const proto = (window as unknown as { BeforeInstallPromptEvent?: { prototype: { prompt(): Promise<void> } } }).BeforeInstallPromptEvent?.prototype;
      if (proto) {
        const prompt = proto.prompt;
        proto.prompt = function (this: unknown) {
          w.__install.prompts += 1;
          return prompt.call(this);
        };
      }
    });
    const install = () => page.evaluate(() => (window as unknown as { __install: { offers: number; prompts: number; outcomes: string[] } }).__install);
    const hint = page.locator('[data-testid="install-hint"]');
    const installButton = page.locator('[data-testid="install-app"]');

    await page.goto(suite.server.url(AT_SHUANGJING));
    await waitForReady(page);
    await expect.poll(() => hint.getAttribute('data-offer'), { timeout: 20_000, message: 'install hint' }).toBe('prompt');
    expect((await hint.locator('p').innerText()).trim()).toBe(t.installTitle);
    expect((await installButton.innerText()).trim()).toBe(t.installButton);
    const offered = await install();
    expect(offered.offers, 'Chromium offered installing').toBeGreaterThan(0);
    expect(offered.prompts, 'no dialog before the tap').toBe(0);
    return { page, install, hint, installButton, offered };
  }

  test('where Chromium offers installing: "安装" opens its install dialog once; declining it there is a no, not asked again', async () => {
    const { page, install, hint, installButton, offered } = await openWithInstallOffer();

    // The tap opens Chromium's install dialog, once; headless Chromium answers "dismissed".
    await installButton.click();
    await expect.poll(async () => (await install()).outcomes, { timeout: 10_000, message: 'the dialog was answered' }).toEqual(['dismissed']);
    expect((await install()).prompts, 'one install dialog per tap').toBe(1);
    // Chromium offers installing again at once; the rider already said no, so the hint stays away,
    // on this visit and the next.
    await expect.poll(async () => (await install()).offers, { timeout: 10_000, message: 'offered again after "dismissed"' }).toBeGreaterThan(offered.offers);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    expect(await hint.count(), 'no hint after declining').toBe(0);
    await page.reload();
    await waitForReady(page);
    await expect.poll(async () => (await install()).offers, { timeout: 20_000, message: 'Chromium offers after the reload' }).toBeGreaterThan(0);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    expect(await hint.count(), 'no hint on the next start').toBe(0);
  });

  test('"知道了" hides the install hint for good', async () => {
    const { page, install, hint, installButton, offered } = await openWithInstallOffer();

    await page.locator('[data-testid="install-dismiss"]').click();
    await expect.poll(() => hint.count(), { timeout: 10_000, message: 'hint dismissed' }).toBe(0);
    expect((await install()).prompts, '"知道了" opens no dialog').toBe(0);
    await page.reload();
    await waitForReady(page);
    await expect.poll(async () => (await install()).offers, { timeout: 20_000, message: 'Chromium offers after the reload' }).toBeGreaterThan(0);
    // The page heard the same offer; give React two frames to show a hint if it were going to.
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    expect(await hint.count(), 'no hint once dismissed').toBe(0);
  });
});
