/**
 * `?at=<lng>,<lat>` sets the origin (links from a dispatcher, browser tests). Longitude first,
 * like everywhere else in the app. A pair out of range (e.g. `39.89,116.46`, lat first for
 * Beijing) is refused with a warning rather than used at the wrong place.
 */
import type { LngLat } from '../core/station.ts';
import { parseLngLat } from './prefs.ts';

/** @example originFromSearch('?at=116.4626,39.8930') // [116.4626, 39.893] */
export function originFromSearch(search: string): LngLat | null {
  const raw = new URLSearchParams(search).get('at');
  if (!raw) return null;
  const parts = raw.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 2) {
    console.warn(`?at=${raw}: expected <lng>,<lat>`);
    return null;
  }
  const lngLat = parseLngLat(parts);
  if (!lngLat) {
    console.warn(`?at=${raw}: expected <lng>,<lat> with -180 ≤ lng ≤ 180 and -90 ≤ lat ≤ 90`);
    return null;
  }
  return lngLat;
}
