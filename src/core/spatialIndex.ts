/**
 * A static spatial index over stations: a kdbush tree for the geometry plus compact per-station
 * attribute arrays, so that "has these amenities / is of these kinds / is 24/7" can be answered
 * inside the kd-tree walk with a few integer operations and no object lookups.
 *
 * Build once per data set (150,000 stations: 0.1–0.5 s on this 2-core machine, `npm run bench`);
 * query many times.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { is24_7 } from './hours.ts';
import { AMENITIES, STATION_KINDS } from './station.ts';
import type { Amenity, LngLat, Station, StationKind } from './station.ts';

export interface StationIndex {
  /** The stations, in the order given; position `i` is the id the tree knows. */
  readonly stations: readonly Station[];
  readonly tree: KDBush;
  /** Bit `AMENITIES.indexOf(a)` set when station `i` has amenity `a`. */
  readonly amenityBits: Uint32Array;
  /** Bit `STATION_KINDS.indexOf(k)` set for station `i`'s kind. */
  readonly kindBits: Uint8Array;
  /** 1 when station `i` is open 24/7 by its hours (is24_7). */
  readonly always: Uint8Array;
  /** 1 when station `i` is permanently closed: such a place is never a result. */
  readonly gone: Uint8Array;
}

/** Which stations a query may return at all, before any question of time. */
export interface AttributeFilter {
  needs?: readonly Amenity[];
  kinds?: readonly StationKind[];
  only24h?: boolean;
}

/**
 * Builds the index.
 *
 * @example
 * const index = createStationIndex(stations);
 */
export function createStationIndex(stations: readonly Station[]): StationIndex {
  const tree = new KDBush(Math.max(stations.length, 1));
  const amenityBits = new Uint32Array(stations.length);
  const kindBits = new Uint8Array(stations.length);
  const always = new Uint8Array(stations.length);
  const gone = new Uint8Array(stations.length);
  stations.forEach((station, i) => {
    const [lng, lat] = station.geometry.coordinates;
    tree.add(lng, lat);
    amenityBits[i] = amenityMask(station.properties.amenities);
    kindBits[i] = kindMask([station.properties.kind]);
    always[i] = is24_7(station.properties) ? 1 : 0;
    gone[i] = station.properties.status === 'permanently_closed' ? 1 : 0;
  });
  // kdbush wants at least one item; an empty data set gets a far-away dummy that `gone` hides.
  if (stations.length === 0) tree.add(0, -90);
  tree.finish();
  return { stations, tree, amenityBits, kindBits, always, gone: stations.length === 0 ? new Uint8Array([1]) : gone };
}

/**
 * Positions (into `index.stations`) of up to `maxResults` stations accepted by `predicate`,
 * nearest first, within `maxDistanceKm` great-circle kilometres. The predicate runs inside the
 * tree walk, so rejected stations cost almost nothing.
 *
 * @example
 * stationsAround(index, [116.4615, 39.8936], 20, 5, attributePredicate(index, { needs: ['ebike_charging'] }))
 */
export function stationsAround(
  index: StationIndex,
  origin: LngLat,
  maxResults: number,
  maxDistanceKm: number,
  predicate: (i: number) => boolean,
): number[] {
  return around(index.tree, origin[0], origin[1], maxResults, maxDistanceKm, predicate);
}

/** A predicate over positions; cheap enough to call for every point the walk touches. */
export function attributePredicate(index: StationIndex, filter: AttributeFilter): (i: number) => boolean {
  const { amenityBits, kindBits, always, gone } = index;
  const needMask = amenityMask(filter.needs ?? []);
  const kinds = filter.kinds !== undefined && filter.kinds.length > 0 ? kindMask(filter.kinds) : 0xff;
  const only24h = filter.only24h === true;
  return (i) =>
    gone[i] === 0 &&
    ((amenityBits[i] ?? 0) & needMask) === needMask &&
    ((kindBits[i] ?? 0) & kinds) !== 0 &&
    (!only24h || always[i] === 1);
}

/** An amenity outside the vocabulary sets bit 31, which no station has: nothing matches it. */
function amenityMask(amenities: readonly Amenity[]): number {
  let mask = 0;
  for (const a of amenities) {
    const bit = AMENITIES.indexOf(a);
    mask |= 1 << (bit < 0 ? 31 : bit);
  }
  return mask >>> 0;
}

/** An unknown kind adds no bit, so it matches nothing. */
function kindMask(kinds: readonly StationKind[]): number {
  let mask = 0;
  for (const k of kinds) {
    const bit = STATION_KINDS.indexOf(k);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}
