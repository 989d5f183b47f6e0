import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../core/station.ts';
import { crsShift } from './crs.ts';

const SHUANGJING: LngLat = [116.4626, 39.893];
const metres = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });

describe('crsShift', () => {
  it('leaves WGS-84 maps alone', () => {
    const shift = crsShift('wgs84');
    expect(shift.toMap(SHUANGJING)).toEqual(SHUANGJING);
    expect(shift.fromMap(SHUANGJING)).toEqual(SHUANGJING);
  });

  it('moves points onto a GCJ-02 map by the offset Beijing has (a few hundred metres, north-east)', () => {
    const onMap = crsShift('gcj02').toMap(SHUANGJING);
    const offset = metres(SHUANGJING, onMap);
    expect(offset).toBeGreaterThan(300);
    expect(offset).toBeLessThan(800);
    expect(onMap[0]).toBeGreaterThan(SHUANGJING[0]);
    expect(onMap[1]).toBeGreaterThan(SHUANGJING[1]);
  });

  it('brings a tap on a GCJ-02 map back to WGS-84 within a metre', () => {
    const shift = crsShift('gcj02');
    for (const p of [SHUANGJING, [116.3975, 39.9087] as LngLat, [116.6, 40.05] as LngLat]) {
      expect(metres(shift.fromMap(shift.toMap(p)), p)).toBeLessThan(1);
    }
  });

  it('never changes the array it is given (gcoord transforms arrays in place)', () => {
    const p: LngLat = [116.4626, 39.893];
    crsShift('gcj02').toMap(p);
    crsShift('gcj02').fromMap(p);
    expect(p).toEqual([116.4626, 39.893]);
  });
});
