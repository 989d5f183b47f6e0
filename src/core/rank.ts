/**
 * The nearest stations a rider can actually use: open when they get there.
 *
 * Candidates come from the kd-tree, nearest first, already filtered by amenities, kinds and
 * 24/7 inside the walk. Each candidate's state is then evaluated twice (now and at the estimated
 * arrival), because a place that closes before the rider arrives is no use. The CLI and the
 * rider screen both call `nearestStations`, so they always agree.
 */
import { bearing, distance } from '@turf/turf';
import { stationStateAt } from './hours.ts';
import { isOpenState } from './openState.ts';
import type { OpenState } from './openState.ts';
import { attributePredicate, stationsAround } from './spatialIndex.ts';
import type { StationIndex } from './spatialIndex.ts';
import type { Amenity, LngLat, Station, StationKind } from './station.ts';

export { createStationIndex } from './spatialIndex.ts';
export type { StationIndex } from './spatialIndex.ts';

export interface RankOptions {
  /** How many stations to return (default 20). */
  limit?: number;
  /** Amenities a station must all have. */
  needs?: Amenity[];
  /** Kinds to allow; empty or absent allows all. */
  kinds?: StationKind[];
  /** Only stations whose hours are 24/7. */
  only24h?: boolean;
  /** Also return stations closed at arrival (permanently closed ones never appear). */
  includeClosed?: boolean;
  /** Search radius in great-circle kilometres (default 20). */
  maxDistanceKm?: number;
  /** E-bike speed in km/h (default 15). */
  speedKmh?: number;
  /** Road distance over straight-line distance (default 1.3). */
  detourFactor?: number;
  /** Minutes before closing that count as "closing soon" (default 30). */
  closingSoonMinutes?: number;
}

export const RANK_DEFAULTS = {
  limit: 20,
  maxDistanceKm: 20,
  speedKmh: 15,
  detourFactor: 1.3,
  closingSoonMinutes: 30,
} as const;

export interface RankedStation {
  station: Station;
  /** Great-circle distance from the origin, metres. */
  distanceMeters: number;
  /** Initial bearing from the origin, degrees clockwise from north, 0 ≤ b < 360. */
  bearingDegrees: number;
  /** distanceMeters × detourFactor at speedKmh, minutes. */
  etaMinutes: number;
  arrivalAt: Date;
  stateNow: OpenState;
  stateAtArrival: OpenState;
  /** Open (or closing soon) at arrival: the only stations counted as open. */
  openAtArrival: boolean;
  /** Open now but no longer open when the rider gets there. */
  closesBeforeArrival: boolean;
}

/**
 * Ranks stations around `origin` at time `at`.
 *
 * Default result: stations open at arrival plus those with unknown hours (their state says so),
 * nearest first, ties broken by id. `includeClosed` adds every other station in range.
 *
 * @example
 * const index = createStationIndex(stations);
 * nearestStations(index, [116.4615, 39.8936], new Date('2026-03-02T22:30:00+08:00'), { needs: ['ebike_charging'], limit: 5 })
 */
export function nearestStations(index: StationIndex, origin: LngLat, at: Date, options: RankOptions = {}): RankedStation[] {
  const limit = Math.max(0, Math.floor(options.limit ?? RANK_DEFAULTS.limit));
  const maxDistanceKm = options.maxDistanceKm ?? RANK_DEFAULTS.maxDistanceKm;
  if (limit === 0 || index.stations.length === 0 || !(maxDistanceKm >= 0)) return [];

  const predicate = attributePredicate(index, options);
  const evaluated = new Map<number, RankedStation | null>();
  const evaluate = (i: number): RankedStation | null => {
    let r = evaluated.get(i);
    if (r === undefined) {
      r = rankOne(index.stations[i] as Station, origin, at, options, maxDistanceKm);
      evaluated.set(i, r);
    }
    return r;
  };

  // Ask the tree for a few more candidates than needed, nearest first, and evaluate them in that
  // order until `limit` are accepted and the next candidate is strictly farther (an unseen station
  // at the same distance could still win the tie on id). If too many fail the time test, ask again
  // for more; evaluations are kept, so each station's hours are read at most once per query.
  let want = limit + Math.max(8, limit >> 1);
  for (;;) {
    const candidates = stationsAround(index, origin, want, maxDistanceKm, predicate);
    const accepted: RankedStation[] = [];
    let farthestAccepted = -Infinity;
    let settled = false;
    for (const i of candidates) {
      if (accepted.length >= limit && metresTo(origin, index.stations[i] as Station) > farthestAccepted + TIE_METERS) {
        settled = true;
        break;
      }
      const ranked = evaluate(i);
      if (ranked === null) continue;
      accepted.push(ranked);
      farthestAccepted = Math.max(farthestAccepted, ranked.distanceMeters);
    }
    if (settled || candidates.length < want) return accepted.sort(byDistanceThenId).slice(0, limit);
    want *= 4;
  }
}

/**
 * geokdbush orders by its own haversine (R = 6371 km), turf measures with R = 6371.0088 km: the
 * two agree on order except within floating-point noise, far below this.
 */
const TIE_METERS = 1e-6;

/** The ranked entry for one station, or null when the options leave it out. */
function rankOne(station: Station, origin: LngLat, at: Date, options: RankOptions, maxDistanceKm: number): RankedStation | null {
  const distanceMeters = metresTo(origin, station);
  if (distanceMeters > maxDistanceKm * 1000) return null;
  const speedKmh = options.speedKmh ?? RANK_DEFAULTS.speedKmh;
  const detourFactor = options.detourFactor ?? RANK_DEFAULTS.detourFactor;
  const closingSoonMinutes = options.closingSoonMinutes ?? RANK_DEFAULTS.closingSoonMinutes;
  const etaMinutes = (distanceMeters * detourFactor) / ((speedKmh * 1000) / 60);
  const arrivalAt = new Date(at.getTime() + etaMinutes * 60_000);
  const stateAtArrival = stationStateAt(station.properties, arrivalAt, { closingSoonMinutes });
  const openAtArrival = isOpenState(stateAtArrival);
  if (!openAtArrival && stateAtArrival.kind !== 'unknown' && options.includeClosed !== true) return null;
  const stateNow = stationStateAt(station.properties, at, { closingSoonMinutes });
  const b = bearing(origin, station.geometry.coordinates);
  return {
    station,
    distanceMeters,
    bearingDegrees: b < 0 ? b + 360 : b,
    etaMinutes,
    arrivalAt,
    stateNow,
    stateAtArrival,
    openAtArrival,
    closesBeforeArrival: isOpenState(stateNow) && !openAtArrival,
  };
}

function metresTo(origin: LngLat, station: Station): number {
  return distance(origin, station.geometry.coordinates, { units: 'meters' });
}

/** Nearest first; equal distances by id, so the order never depends on the tree's layout. */
export function byDistanceThenId(a: RankedStation, b: RankedStation): number {
  return a.distanceMeters - b.distanceMeters || (a.station.id < b.station.id ? -1 : a.station.id > b.station.id ? 1 : 0);
}
