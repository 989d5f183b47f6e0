import { bearing, distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/lib/prng.ts';
import { is24_7, stationStateAt } from './hours.ts';
import { isOpenState } from './openState.ts';
import { createStationIndex, nearestStations, RANK_DEFAULTS } from './rank.ts';
import type { RankOptions } from './rank.ts';
import { AMENITIES, STATION_KINDS } from './station.ts';
import type { Amenity, LngLat, Station, StationProperties } from './station.ts';

const SHUANGJING: LngLat = [116.4615, 39.8936];

function station(id: string, lngLat: LngLat, props: Partial<StationProperties> = {}): Station {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: lngLat },
    properties: {
      name: `驿站 ${id}`,
      kind: 'rest_station',
      amenities: ['ebike_charging', 'phone_charging'],
      opening_hours: '24/7',
      status: 'operational',
      address: '朝阳区',
      office_code: '110105016',
      host_type: 'street_facility',
      updated_at: '2026-01-10T09:00:00+08:00',
      verified_at: null,
      ...props,
    },
  };
}

/** A point `metres` from `from` towards the east (good to a few mm at these distances). */
function east(from: LngLat, metres: number): LngLat {
  return [from[0] + metres / (111_320 * Math.cos((from[1] * Math.PI) / 180)), from[1]];
}

const HOURS = [
  '24/7',
  '24/7',
  'Mo-Su 08:00-20:00',
  'Mo-Fr 09:00-18:00',
  'Mo-Su 22:00-06:00',
  'Mo-Su 08:00-12:00,14:00-18:00',
  'Mo-Su 06:30-22:00',
  null,
] as const;

/** Seeded random stations around Beijing, with shuffled ids and some exact duplicates of position. */
function randomStations(seed: number, count: number): Station[] {
  const rng = mulberry32(seed);
  const stations: Station[] = [];
  for (let i = 0; i < count; i++) {
    const reuse = i > 10 && rng.chance(0.05) ? stations[rng.int(0, i - 1)] : undefined;
    const lngLat: LngLat = reuse ? [...reuse.geometry.coordinates] : [116.3 + rng.next() * 0.35, 39.8 + rng.next() * 0.25];
    const status = rng.weighted([['operational', 90], ['temporarily_closed', 6], ['permanently_closed', 4]] as const);
    stations.push(
      station(`st-${String((i * 7919) % 100_003).padStart(6, '0')}`, lngLat, {
        kind: rng.pick(STATION_KINDS),
        amenities: AMENITIES.filter(() => rng.chance(0.4)),
        opening_hours: rng.pick(HOURS),
        status,
        ...(status === 'temporarily_closed' ? { closure: { reason: '装修' } } : {}),
      }),
    );
  }
  return stations;
}

/** The specification, written the slow and obvious way: scan everything with turf, sort, cut. */
function bruteForce(stations: Station[], origin: LngLat, at: Date, options: RankOptions = {}) {
  const limit = options.limit ?? RANK_DEFAULTS.limit;
  const maxMeters = (options.maxDistanceKm ?? RANK_DEFAULTS.maxDistanceKm) * 1000;
  const metresPerMinute = ((options.speedKmh ?? RANK_DEFAULTS.speedKmh) * 1000) / 60;
  const detour = options.detourFactor ?? RANK_DEFAULTS.detourFactor;
  return stations
    .filter((s) => s.properties.status !== 'permanently_closed')
    .filter((s) => (options.needs ?? []).every((a) => s.properties.amenities.includes(a)))
    .filter((s) => !options.kinds?.length || options.kinds.includes(s.properties.kind))
    .filter((s) => !options.only24h || is24_7(s.properties))
    .map((s) => {
      const distanceMeters = distance(origin, s.geometry.coordinates, { units: 'meters' });
      const arrival = new Date(at.getTime() + ((distanceMeters * detour) / metresPerMinute) * 60_000);
      const state = stationStateAt(s.properties, arrival, { closingSoonMinutes: options.closingSoonMinutes ?? 30 });
      return { id: s.id, distanceMeters, state };
    })
    .filter((r) => r.distanceMeters <= maxMeters)
    .filter((r) => options.includeClosed || isOpenState(r.state) || r.state.kind === 'unknown')
    .sort((a, b) => a.distanceMeters - b.distanceMeters || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

describe('nearestStations equals a brute-force turf scan', () => {
  const stations = randomStations(20260302, 3000);
  const index = createStationIndex(stations);
  const origins: LngLat[] = [SHUANGJING, [116.4074, 39.9042], [116.6, 40.0], [116.31, 39.81], [116.9, 40.3]];
  const times = ['2026-03-02T10:00:00+08:00', '2026-03-03T02:00:00+08:00', '2026-03-07T21:50:00+08:00', '2026-03-02T17:55:00+08:00'];
  const optionSets: RankOptions[] = [
    {},
    { limit: 1 },
    { limit: 5, needs: ['ebike_charging'] },
    { limit: 100, needs: ['ebike_charging', 'hot_water'] },
    { kinds: ['charging_point', 'battery_swap_cabinet'] },
    { only24h: true, limit: 7 },
    { includeClosed: true, limit: 50 },
    { maxDistanceKm: 1.5, limit: 500 },
    { speedKmh: 8, detourFactor: 1.6, closingSoonMinutes: 10, limit: 30 },
    { needs: ['repair_tools', 'wifi', 'toilet', 'first_aid'], limit: 3, maxDistanceKm: 40 },
  ];

  for (const time of times) {
    for (const options of optionSets) {
      it(`at ${time} with ${JSON.stringify(options)}`, () => {
        const at = new Date(time);
        for (const origin of origins) {
          const got = nearestStations(index, origin, at, options);
          const want = bruteForce(stations, origin, at, options);
          expect(got.map((r) => r.station.id)).toEqual(want.map((r) => r.id));
          got.forEach((r, i) => {
            expect(r.distanceMeters).toBeCloseTo(want[i]!.distanceMeters, 6);
            expect(r.stateAtArrival).toEqual(want[i]!.state);
          });
        }
      });
    }
  }

  it('the data really has ties, closed stations and unknown hours to get right', () => {
    const positions = new Set(stations.map((s) => s.geometry.coordinates.join(',')));
    expect(positions.size).toBeLessThan(stations.length - 50);
    expect(stations.some((s) => s.properties.opening_hours === null)).toBe(true);
    expect(stations.some((s) => s.properties.status === 'permanently_closed')).toBe(true);
  });
});

describe('nearestStations', () => {
  const at = new Date('2026-03-02T10:00:00+08:00');

  it('computes distance, bearing, ETA and arrival with the stated defaults', () => {
    const target = east(SHUANGJING, 1000);
    const [r] = nearestStations(createStationIndex([station('a', target)]), SHUANGJING, at);
    expect(r!.distanceMeters).toBeCloseTo(distance(SHUANGJING, target, { units: 'meters' }), 6);
    expect(r!.distanceMeters).toBeCloseTo(1000, -1);
    expect(r!.bearingDegrees).toBeCloseTo(bearing(SHUANGJING, target), 6);
    expect(r!.bearingDegrees).toBeGreaterThanOrEqual(0);
    // 1.3 × distance at 15 km/h = 250 m a minute.
    expect(r!.etaMinutes).toBeCloseTo((r!.distanceMeters * 1.3) / 250, 9);
    expect(r!.arrivalAt.getTime()).toBe(at.getTime() + Math.trunc(r!.etaMinutes * 60_000));
    expect(r!.openAtArrival).toBe(true);
    expect(r!.closesBeforeArrival).toBe(false);
  });

  it('gives bearings as 0–360 degrees clockwise from north', () => {
    const west: LngLat = [SHUANGJING[0] - 0.01, SHUANGJING[1]];
    const [r] = nearestStations(createStationIndex([station('w', west)]), SHUANGJING, at);
    expect(r!.bearingDegrees).toBeCloseTo(270, 0);
  });

  it('breaks ties by id, also when the tie straddles the limit', () => {
    const spot = east(SHUANGJING, 400);
    const stations = [
      station('zz-near', east(SHUANGJING, 100)),
      station('c', spot),
      station('a', spot),
      station('b', spot),
      ...Array.from({ length: 300 }, (_, i) => station(`far-${i}`, east(SHUANGJING, 800 + i * 5))),
    ];
    const index = createStationIndex(stations);
    expect(nearestStations(index, SHUANGJING, at, { limit: 4 }).map((r) => r.station.id)).toEqual(['zz-near', 'a', 'b', 'c']);
    expect(nearestStations(index, SHUANGJING, at, { limit: 2 }).map((r) => r.station.id)).toEqual(['zz-near', 'a']);
    expect(nearestStations(index, SHUANGJING, at, { limit: 3 }).map((r) => r.station.id)).toEqual(['zz-near', 'a', 'b']);
  });

  it('filters by amenities (all of them), kinds and 24/7', () => {
    const stations = [
      station('charge-only', east(SHUANGJING, 100), { amenities: ['ebike_charging'] }),
      station('charge-and-water', east(SHUANGJING, 200), { amenities: ['ebike_charging', 'hot_water'] }),
      station('swap-cabinet', east(SHUANGJING, 300), { kind: 'battery_swap_cabinet', amenities: ['battery_swap'] }),
      station('day-only', east(SHUANGJING, 400), { opening_hours: 'Mo-Su 08:00-20:00', amenities: ['ebike_charging', 'hot_water'] }),
    ];
    const index = createStationIndex(stations);
    const ids = (options: RankOptions) => nearestStations(index, SHUANGJING, at, options).map((r) => r.station.id);
    expect(ids({ needs: ['ebike_charging', 'hot_water'] })).toEqual(['charge-and-water', 'day-only']);
    expect(ids({ kinds: ['battery_swap_cabinet'] })).toEqual(['swap-cabinet']);
    expect(ids({ only24h: true, needs: ['hot_water'] })).toEqual(['charge-and-water']);
    expect(ids({ needs: ['raincoats'] })).toEqual([]);
  });

  it('does not count a station that closes before the rider arrives as open', () => {
    // 3 km away: 3000 × 1.3 / 250 = 15.6 min. At 21:55 it is open now, closed from 22:00.
    const index = createStationIndex([station('closes-at-ten', east(SHUANGJING, 3000), { opening_hours: 'Mo-Su 08:00-22:00' })]);
    const evening = new Date('2026-03-02T21:55:00+08:00');
    expect(nearestStations(index, SHUANGJING, evening)).toEqual([]);
    const [r] = nearestStations(index, SHUANGJING, evening, { includeClosed: true });
    expect(isOpenState(r!.stateNow)).toBe(true);
    expect(r!.stateAtArrival.kind).toBe('closed');
    expect(r!.openAtArrival).toBe(false);
    expect(r!.closesBeforeArrival).toBe(true);
    // A slower rider is not the point; a nearer one makes it in time.
    const nearIndex = createStationIndex([station('closes-at-ten', east(SHUANGJING, 200), { opening_hours: 'Mo-Su 08:00-22:00' })]);
    const [near] = nearestStations(nearIndex, SHUANGJING, evening);
    expect(near!.openAtArrival).toBe(true);
    expect(near!.closesBeforeArrival).toBe(false);
  });

  it('counts a station that opens before the rider arrives as open', () => {
    const index = createStationIndex([station('opens-at-seven', east(SHUANGJING, 3000), { opening_hours: 'Mo-Su 07:00-22:00' })]);
    const [r] = nearestStations(index, SHUANGJING, new Date('2026-03-02T06:55:00+08:00'));
    expect(r!.stateNow.kind).toBe('closed');
    expect(r!.openAtArrival).toBe(true);
  });

  it('includes unknown hours by default, labelled as unknown and not as open', () => {
    const index = createStationIndex([station('no-hours', east(SHUANGJING, 100), { opening_hours: null })]);
    const [r] = nearestStations(index, SHUANGJING, at);
    expect(r!.station.id).toBe('no-hours');
    expect(r!.stateAtArrival).toEqual({ kind: 'unknown', reason: 'no_hours' });
    expect(r!.openAtArrival).toBe(false);
    expect(r!.closesBeforeArrival).toBe(false);
  });

  it('lists temporarily closed stations only with includeClosed, and permanently closed ones never', () => {
    const index = createStationIndex([
      station('temp', east(SHUANGJING, 100), { status: 'temporarily_closed', closure: { reason: '停电检修' } }),
      station('gone', east(SHUANGJING, 150), { status: 'permanently_closed' }),
      station('ok', east(SHUANGJING, 200)),
    ]);
    expect(nearestStations(index, SHUANGJING, at).map((r) => r.station.id)).toEqual(['ok']);
    const all = nearestStations(index, SHUANGJING, at, { includeClosed: true });
    expect(all.map((r) => [r.station.id, r.stateAtArrival.kind])).toEqual([
      ['temp', 'temporarily_closed'],
      ['ok', 'open'],
    ]);
  });

  it('respects maxDistanceKm and limit, and copes with empty data', () => {
    const index = createStationIndex([station('a', east(SHUANGJING, 900)), station('b', east(SHUANGJING, 1100))]);
    expect(nearestStations(index, SHUANGJING, at, { maxDistanceKm: 1 }).map((r) => r.station.id)).toEqual(['a']);
    expect(nearestStations(index, SHUANGJING, at, { limit: 0 })).toEqual([]);
    expect(nearestStations(createStationIndex([]), SHUANGJING, at)).toEqual([]);
  });

  it('finds open stations behind many closed ones (the candidate window grows)', () => {
    const closed = Array.from({ length: 500 }, (_, i) =>
      station(`day-${String(i).padStart(3, '0')}`, east(SHUANGJING, 50 + i * 2), { opening_hours: 'Mo-Su 08:00-20:00' }),
    );
    const index = createStationIndex([...closed, station('night-owl', east(SHUANGJING, 5000))]);
    const night = new Date('2026-03-03T02:00:00+08:00');
    expect(nearestStations(index, SHUANGJING, night, { limit: 3 }).map((r) => r.station.id)).toEqual(['night-owl']);
  });

  it('matches no station for an amenity outside the vocabulary (never everything)', () => {
    const index = createStationIndex([station('a', east(SHUANGJING, 100))]);
    expect(nearestStations(index, SHUANGJING, at, { needs: ['jacuzzi' as Amenity] })).toEqual([]);
  });
});
