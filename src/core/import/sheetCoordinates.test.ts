import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../station.ts';
import { readCoordinates, splitLngLatCell, toWgs84 } from './sheetCoordinates.ts';

const TRUTH: LngLat = [116.4626, 39.893];
const metres = (a: LngLat, b: LngLat): number => distance(a, b, { units: 'meters' });

describe('readCoordinates', () => {
  it.each(['gcj02', 'bd09'] as const)('converts %s to WGS-84 within 1 m', (crs) => {
    const [lng, lat] = gcoord.transform([TRUTH[0], TRUTH[1]], gcoord.WGS84, crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09);
    const r = readCoordinates(lng.toFixed(6), lat.toFixed(6), crs);
    expect(r.ok && metres(r.lngLat, TRUTH)).toBeLessThan(1);
  });

  it('keeps WGS-84 as written (to 7 decimals)', () => {
    expect(readCoordinates('116.4626', '39.8930', 'wgs84')).toEqual({ ok: true, lngLat: [116.4626, 39.893], messages: [] });
    expect(readCoordinates('116.123456789', '39.9', 'wgs84')).toMatchObject({ ok: true, lngLat: [116.1234568, 39.9] });
  });

  it('reads full-width digits, degree signs and 东经/北纬', () => {
    expect(readCoordinates('１１６．４６２６', '北纬39.8930°', 'wgs84')).toMatchObject({ ok: true, lngLat: [116.4626, 39.893] });
    expect(readCoordinates('东经116.4626', '39.8930N', 'wgs84')).toMatchObject({ ok: true, lngLat: [116.4626, 39.893] });
  });

  it('rejects swapped values and offers them swapped back (converted)', () => {
    const r = readCoordinates('39.885530', '116.466645', 'gcj02');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason.code).toBe('coordinates_swapped');
      expect(metres(r.suggestedLngLat as LngLat, [116.4605, 39.8842])).toBeLessThan(1);
    }
  });

  it.each([
    ['', '39.9', 'missing_coordinates'],
    ['116.4', ' ', 'missing_coordinates'],
    ['116,4', '39.9', 'coordinates_unreadable'],
    ['-116.4', '39.9', 'coordinates_unreadable'],
    ['0', '0', 'coordinates_outside_china'],
    ['2.35', '48.85', 'coordinates_outside_china'],
  ])('%j, %j → %s', (lng, lat, code) => {
    const r = readCoordinates(lng, lat, 'wgs84');
    expect(r.ok ? null : r.reason.code).toBe(code);
  });

  it('warns when coordinates have fewer than 4 decimals', () => {
    const r = readCoordinates('116.46', '39.893', 'wgs84');
    expect(r.ok && r.messages.map((m) => [m.code, m.params.errorMeters])).toEqual([['coordinates_imprecise', 557]]);
  });
});

describe('splitLngLatCell and toWgs84', () => {
  it('splits "lng,lat" as map pickers copy it', () => {
    expect(splitLngLatCell('116.468739,39.894326')).toEqual({ lng: '116.468739', lat: '39.894326' });
    expect(splitLngLatCell('116.468739，39.894326')).toEqual({ lng: '116.468739', lat: '39.894326' });
    expect(splitLngLatCell('116.468739 39.894326')).toEqual({ lng: '116.468739', lat: '39.894326' });
    expect(splitLngLatCell('116.468739')).toBeNull();
  });

  it('returns a new array and never mutates its input', () => {
    const input: LngLat = [116.468739, 39.894326];
    const out = toWgs84(input, 'gcj02');
    expect(input).toEqual([116.468739, 39.894326]);
    expect(out).not.toBe(input);
  });
});
