/**
 * What the rider screen should show, computed in the test process by the same core the app uses,
 * from the same data files. A browser test compares the DOM with these, so "the list is right"
 * means "the list is what nearestStations says", not "the list looks plausible".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { navigationLinks, type NavProvider } from '../../src/core/navLinks.ts';
import { createStationIndex, nearestStations, type RankOptions, type RankedStation, type StationIndex } from '../../src/core/rank.ts';
import type { Hub, LngLat, Station } from '../../src/core/station.ts';
import { formatProblem, validateHubCollection, validateStationCollection } from '../../src/core/validate.ts';
import type { ResultRow } from './harness.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

let stations: Station[] | null = null;
let index: StationIndex | null = null;
let hubs: Hub[] | null = null;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
}

/** data/stations.geojson through the one validator; the sample data must be clean. */
export function loadStations(): Station[] {
  if (!stations) {
    const result = validateStationCollection(readJson('stations.geojson'));
    if (result.problems.length > 0) {
      throw new Error(`data/stations.geojson has problems:\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`);
    }
    stations = result.stations;
  }
  return stations;
}

export function loadHubs(): Hub[] {
  if (!hubs) {
    const result = validateHubCollection(readJson('hubs.geojson'));
    if (result.problems.length > 0) {
      throw new Error(`data/hubs.geojson has problems:\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`);
    }
    hubs = result.hubs;
  }
  return hubs;
}

export function stationById(id: string): Station {
  const station = loadStations().find((s) => s.id === id);
  if (!station) throw new Error(`the page shows station id ${JSON.stringify(id)}, which is not in data/stations.geojson`);
  return station;
}

export function hubById(id: string): Hub {
  const hub = loadHubs().find((h) => h.id === id);
  if (!hub) throw new Error(`the page offers hub id ${JSON.stringify(id)}, which is not in data/hubs.geojson`);
  return hub;
}

/**
 * The core's ranking with the screen's defaults. The limit is raised so that however many rows the
 * screen shows, they can be compared with a prefix of this list.
 */
export function expectedRanking(origin: LngLat, at: Date, options: RankOptions = {}): RankedStation[] {
  index ??= createStationIndex(loadStations());
  return nearestStations(index, origin, at, { limit: 200, ...options });
}

/**
 * The rows on screen must be the first rows of the core's ranking: same ids in the same order,
 * the same open state at arrival, and the same distance (integer metres, so within 1 m).
 */
export function expectRowsMatchRanking(rows: ResultRow[], expected: RankedStation[]): void {
  expect(rows.length, 'number of result rows').toBeGreaterThan(0);
  expect(rows.length, 'the screen shows more rows than the core ranks (limit 200)').toBeLessThanOrEqual(expected.length);
  const want = expected.slice(0, rows.length);
  expect(rows.map((r) => r.id), 'row ids, in order, against nearestStations').toEqual(want.map((r) => r.station.id));
  expect(rows.map((r) => r.state), 'row data-state against stateAtArrival.kind').toEqual(want.map((r) => r.stateAtArrival.kind));
  rows.forEach((row, i) => {
    const ranked = want[i] as RankedStation;
    expect(Number.isInteger(row.distanceMeters), `row ${i} (${row.id}) data-distance-m is an integer`).toBe(true);
    expect(Math.abs(row.distanceMeters - ranked.distanceMeters), `row ${i} (${row.id}) distance vs core ${ranked.distanceMeters.toFixed(1)} m`).toBeLessThanOrEqual(1);
  });
}

/** Decimal coordinates inside a URL (6-decimal lng/lat or lat/lng), in the order they appear. */
export function coordinatesInUrl(url: string): number[] {
  return [...decodeURIComponent(url).matchAll(/-?\d{1,3}\.\d{4,}/g)].map((m) => Number(m[0]));
}

export interface RenderedNavLink {
  provider: string;
  href: string;
}

/**
 * Every provider has a link, and the coordinates in each link are those of `navigationLinks` for
 * this station (in that provider's coordinate system): with the rider's origin, or without one.
 */
export function expectNavLinksMatch(links: RenderedNavLink[], station: Station, origin: LngLat | null): void {
  const providers: NavProvider[] = ['amap', 'baidu', 'tencent', 'apple'];
  expect(links.map((l) => l.provider).sort(), 'nav-link data-provider values').toEqual([...providers].sort());
  const target = { lngLat: station.geometry.coordinates, name: station.properties.name };
  const withoutOrigin = navigationLinks(target);
  const withOrigin = origin ? navigationLinks(target, origin) : [];
  for (const link of links) {
    const actual = coordinatesInUrl(link.href);
    const candidates = [...withOrigin, ...withoutOrigin].filter((l) => l.provider === link.provider);
    const ok = candidates.some((candidate) => {
      const want = coordinatesInUrl(candidate.url);
      return want.length === actual.length && want.every((v, i) => Math.abs(v - (actual[i] as number)) < 2e-6);
    });
    expect(ok, `${link.provider} link ${link.href}\n  expected the coordinates of one of:\n  ${candidates.map((c) => c.url).join('\n  ')}`).toBe(true);
  }
}
