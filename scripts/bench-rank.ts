/**
 * `npm run bench`: how fast is the nearest-open-station query, and is the spatial index worth it?
 *
 * For 3,000 and 150,000 seeded random stations around Beijing, times (warm, median per query):
 *   - index:    nearestStations (kdbush + geokdbush walk with the amenity filter inside it,
 *               then hours now and at arrival for the candidates), 20 nearest with ebike_charging;
 *   - walk:     the kd-tree walk alone (same filter), to show where the time goes;
 *   - baseline: the obvious way, in the same run: filter, turf distance to every station, sort,
 *               then hours in order until 20 are open at arrival.
 * Every baseline answer is checked against the index's answer.
 */
import { distance } from '@turf/turf';
import { stationStateAt } from '../src/core/hours.ts';
import { isOpenState } from '../src/core/openState.ts';
import { createStationIndex, nearestStations, RANK_DEFAULTS } from '../src/core/rank.ts';
import type { RankOptions } from '../src/core/rank.ts';
import { attributePredicate, stationsAround } from '../src/core/spatialIndex.ts';
import { AMENITIES, STATION_KINDS } from '../src/core/station.ts';
import type { LngLat, Station } from '../src/core/station.ts';
import { mulberry32 } from './lib/prng.ts';

const HOURS = ['24/7', '24/7', '24/7', 'Mo-Su 08:00-20:00', 'Mo-Fr 09:00-18:00', 'Mo-Su 22:00-06:00', 'Mo-Su 08:00-12:00,14:00-18:00', null];
const AT = new Date('2026-03-02T19:30:00+08:00');
const OPTIONS: RankOptions = { limit: 20, needs: ['ebike_charging'] };

function randomStations(count: number, seed: number): Station[] {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => ({
    type: 'Feature' as const,
    id: `bench-${String(i).padStart(6, '0')}`,
    // Beijing's six central districts and a margin: about 45 × 40 km.
    geometry: { type: 'Point' as const, coordinates: [116.2 + rng.next() * 0.5, 39.75 + rng.next() * 0.35] as LngLat },
    properties: {
      name: `驿站 ${i}`,
      kind: rng.pick(STATION_KINDS),
      amenities: AMENITIES.filter(() => rng.chance(0.4)),
      opening_hours: rng.pick(HOURS),
      status: 'operational' as const,
      address: '北京市',
      office_code: '110105016',
      host_type: 'street_facility' as const,
      updated_at: '2026-01-10T09:00:00+08:00',
      verified_at: null,
    },
  }));
}

/** The linear scan every first version of this feature writes. */
function baseline(stations: Station[], origin: LngLat, at: Date, options: RankOptions): string[] {
  const needs = options.needs ?? [];
  const metresPerMinute = (RANK_DEFAULTS.speedKmh * 1000) / 60;
  const sorted = stations
    .filter((s) => needs.every((a) => s.properties.amenities.includes(a)))
    .map((s) => ({ s, d: distance(origin, s.geometry.coordinates, { units: 'meters' }) }))
    .filter((x) => x.d <= RANK_DEFAULTS.maxDistanceKm * 1000)
    .sort((a, b) => a.d - b.d || (a.s.id < b.s.id ? -1 : 1));
  const result: string[] = [];
  for (const { s, d } of sorted) {
    const arrival = new Date(at.getTime() + ((d * RANK_DEFAULTS.detourFactor) / metresPerMinute) * 60_000);
    const state = stationStateAt(s.properties, arrival);
    if (isOpenState(state) || state.kind === 'unknown') result.push(s.id);
    if (result.length === (options.limit ?? 20)) break;
  }
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Median microseconds per call of `fn` over `origins`, after one warm-up pass. */
function time(origins: LngLat[], rounds: number, fn: (origin: LngLat) => unknown): number {
  for (const o of origins) fn(o);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const o of origins) {
      const t0 = performance.now();
      fn(o);
      samples.push((performance.now() - t0) * 1000);
    }
  }
  return median(samples);
}

function format(us: number): string {
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`;
}

function bench(count: number): void {
  const stations = randomStations(count, 42);
  const t0 = performance.now();
  const index = createStationIndex(stations);
  const buildMs = performance.now() - t0;
  const rng = mulberry32(7);
  const origins: LngLat[] = Array.from({ length: 50 }, () => [116.3 + rng.next() * 0.3, 39.82 + rng.next() * 0.2]);

  for (const o of origins.slice(0, 10)) {
    const fast = nearestStations(index, o, AT, OPTIONS).map((r) => r.station.id);
    const slow = baseline(stations, o, AT, OPTIONS);
    if (fast.join() !== slow.join()) throw new Error(`index and baseline disagree at ${o.join(',')}:\n${fast.join()}\n${slow.join()}`);
  }

  const predicate = attributePredicate(index, OPTIONS);
  const indexUs = time(origins, 20, (o) => nearestStations(index, o, AT, OPTIONS));
  const walkUs = time(origins, 20, (o) => stationsAround(index, o, 20, RANK_DEFAULTS.maxDistanceKm, predicate));
  const baselineUs = time(origins.slice(0, count > 10_000 ? 8 : 50), count > 10_000 ? 2 : 10, (o) => baseline(stations, o, AT, OPTIONS));

  console.log(`\n${count.toLocaleString('en')} stations (index built in ${buildMs.toFixed(0)} ms; answers checked against the baseline)`);
  console.log(`  nearestStations (index + hours): ${format(indexUs).padStart(10)} median per query`);
  console.log(`  kd-tree walk with filter only:   ${format(walkUs).padStart(10)}`);
  console.log(`  baseline (turf scan + sort):     ${format(baselineUs).padStart(10)}`);
  console.log(`  baseline / index:                ${(baselineUs / indexUs).toFixed(0).padStart(8)} ×`);
}

console.log(`nearest 20 with ebike_charging, open at arrival, at ${AT.toISOString()} (19:30 Beijing), warm; node ${process.version}`);
bench(3_000);
bench(150_000);
