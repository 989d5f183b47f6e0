import { describe, expect, it } from 'vitest';
import type { Station, StationProperties } from '../core/station.ts';
import { mapPoints } from './mapPoints.ts';
import type { Filters } from './state/types.ts';

/** A Monday, 21:50 in Beijing. */
const AT = new Date('2026-03-02T21:50:00+08:00');

function station(id: string, overrides: Partial<StationProperties>): Station {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [116.46, 39.89] },
    properties: {
      name: id,
      kind: 'rest_station',
      amenities: ['drinking_water'],
      opening_hours: '24/7',
      status: 'operational',
      address: '某路',
      office_code: '110105016',
      host_type: 'street_facility',
      updated_at: '2026-01-10T09:00:00+08:00',
      verified_at: null,
      ...overrides,
    },
  };
}

const STATIONS = [
  station('always', { amenities: ['ebike_charging', 'drinking_water'] }),
  station('soon', { opening_hours: 'Mo-Su 08:00-22:00' }),
  station('shut', { opening_hours: 'Mo-Su 08:00-18:00' }),
  station('unsure', { opening_hours: null }),
  station('works', { status: 'temporarily_closed', closure: { reason: '装修' } }),
  station('gone', { status: 'permanently_closed' }),
];
const NONE: Filters = { needs: [], only24h: false, includeClosed: false };

describe('mapPoints', () => {
  it('colours each station by its state now, and leaves closed ones off unless asked', () => {
    expect(mapPoints(STATIONS, NONE, AT).map((p) => [p.id, p.tone])).toEqual([
      ['always', 'open'],
      ['soon', 'soon'],
      ['unsure', 'unknown'],
    ]);
    expect(mapPoints(STATIONS, { ...NONE, includeClosed: true }, AT).map((p) => [p.id, p.tone])).toEqual([
      ['always', 'open'],
      ['soon', 'soon'],
      ['shut', 'closed'],
      ['unsure', 'unknown'],
      ['works', 'closed'],
    ]);
  });

  it('never shows a permanently closed station', () => {
    expect(mapPoints(STATIONS, { ...NONE, includeClosed: true }, AT).map((p) => p.id)).not.toContain('gone');
  });

  it('applies the same needs and 24-hour filter as the list', () => {
    expect(mapPoints(STATIONS, { ...NONE, needs: ['ebike_charging'] }, AT).map((p) => p.id)).toEqual(['always']);
    expect(mapPoints(STATIONS, { ...NONE, only24h: true }, AT).map((p) => p.id)).toEqual(['always']);
    // A 24/7 station under works is still a 24-hour station; shown (as closed) when asked for.
    expect(mapPoints(STATIONS, { ...NONE, only24h: true, includeClosed: true }, AT).map((p) => [p.id, p.tone])).toEqual([
      ['always', 'open'],
      ['works', 'closed'],
    ]);
  });

  it('keeps the stored WGS-84 position (the map bridge shifts it for a GCJ-02 style)', () => {
    expect(mapPoints(STATIONS, NONE, AT)[0]?.lngLat).toEqual([116.46, 39.89]);
  });
});
