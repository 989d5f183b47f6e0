/**
 * The app stores WGS-84. A base map whose tiles are GCJ-02 (e.g. Amap rasters) would show our
 * points about 500 m off in Beijing, so the map bridge shifts its own layers into the style's
 * system on the way in, and shifts taps back on the way out.
 */
import gcoord from 'gcoord';
import type { LngLat } from '../core/station.ts';

export type MapCrs = 'wgs84' | 'gcj02';

export interface CrsShift {
  /** WGS-84 → the map's system. */
  toMap(lngLat: LngLat): LngLat;
  /** The map's system → WGS-84. */
  fromMap(lngLat: LngLat): LngLat;
}

const identity: CrsShift = { toMap: (p) => p, fromMap: (p) => p };

/** @example crsShift('gcj02').toMap([116.4626, 39.893]) // about [116.4687, 39.8943] */
export function crsShift(crs: MapCrs): CrsShift {
  if (crs === 'wgs84') return identity;
  return {
    // gcoord mutates array input in place; always hand it a copy.
    toMap: ([lng, lat]) => gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as LngLat,
    fromMap: ([lng, lat]) => gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as LngLat,
  };
}
