import { describe, expect, it } from 'vitest';
import type { Station } from '../station.ts';
import { findDuplicates, normaliseStationName, type DuplicateCandidate } from './duplicates.ts';

const row = (rowNumber: number, name: string, lngLat: [number, number] | null, extra: Partial<DuplicateCandidate> = {}): DuplicateCandidate => ({
  rowNumber,
  status: 'ok',
  lngLat,
  properties: { name },
  ...extra,
});

const existing = (id: string, name: string, coordinates: [number, number]): Station => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: {
    name,
    kind: 'rest_station',
    amenities: [],
    opening_hours: '24/7',
    status: 'operational',
    address: '地址',
    office_code: '110105016',
    host_type: 'street_facility',
    updated_at: '2026-03-02T01:00:00.000Z',
    verified_at: null,
  },
});

// About 0.00045° of latitude is 50 m.
const A: [number, number] = [116.4626, 39.893];
const NEAR: [number, number] = [116.4626, 39.8932]; // ~22 m north
const FAR: [number, number] = [116.4626, 39.894]; // ~111 m north

describe('findDuplicates', () => {
  it('flags a later row with the same name within 50 m', () => {
    const matches = findDuplicates([row(1, '二十二院街小哥加油站', A), row(2, '二十二院街 小哥加油站', NEAR), row(3, '二十二院街小哥加油站', FAR)]);
    expect(matches.map((m) => [m.rowNumber, m.duplicateOf, m.distanceMeters])).toEqual([[2, { kind: 'row', rowNumber: 1 }, 22]]);
    expect(matches[0]?.message.zh).toBe('与第 1 行同名，相距 22 米，可能重复');
  });

  it('respects another radius', () => {
    expect(findDuplicates([row(1, '甲', A), row(2, '甲', FAR)], [], 150)).toHaveLength(1);
  });

  it('does not match different names 22 m apart', () => {
    expect(findDuplicates([row(1, '甲驿站', A), row(2, '乙驿站', NEAR)])).toEqual([]);
  });

  it('flags any station within 15 m whatever the name (the same place)', () => {
    const stations = [existing('cy-0002', '光华里夜间驿站', A)];
    const matches = findDuplicates([row(1, '九龙社区服务站驿站', A)], stations);
    expect(matches.map((m) => [m.reason, m.distanceMeters])).toEqual([['same_place', 0]]);
    expect(matches[0]?.message.zh).toBe('与已有站点“光华里夜间驿站”（cy-0002）几乎在同一位置（相距 0 米），名称不同，可能重复');
    expect(findDuplicates([row(1, '甲驿站', A), row(2, '乙驿站', A)]).map((m) => m.message.en)).toEqual([
      'at almost the same place as row 1 ("甲驿站"), 0 m away, under another name: probably a duplicate',
    ]);
  });

  // QA: "二十二院街小哥加油站" imported at 0 m from "双井·二十二院街小哥加油站" was not flagged.
  it('flags a name that contains the other within 50 m (a similar name)', () => {
    const stations = [existing('cy-0001', '双井·二十二院街小哥加油站', A)];
    const matches = findDuplicates([row(1, '二十二院街小哥加油站', NEAR)], stations);
    expect(matches.map((m) => [m.reason, m.distanceMeters, m.duplicateOf])).toEqual([
      ['similar_name', 22, { kind: 'station', id: 'cy-0001', name: '双井·二十二院街小哥加油站' }],
    ]);
    expect(matches[0]?.message.zh).toBe('与已有站点“双井·二十二院街小哥加油站”（cy-0001）名称相近，相距 22 米，可能重复');
    expect(findDuplicates([row(1, '二十二院街小哥加油站', FAR)], stations)).toEqual([]);
  });

  it('does not call one-character containment similar', () => {
    expect(findDuplicates([row(1, '站', A), row(2, '乙驿站', NEAR)])).toEqual([]);
  });

  it('flags rows that repeat an existing station, but not that station\'s own update', () => {
    const stations = [existing('cy-0001', '二十二院街小哥加油站', A)];
    const matches = findDuplicates([row(1, '二十二院街小哥加油站', NEAR)], stations);
    expect(matches.map((m) => [m.rowNumber, m.duplicateOf])).toEqual([[1, { kind: 'station', id: 'cy-0001', name: '二十二院街小哥加油站' }]]);
    expect(matches[0]?.message.en).toContain('existing station "二十二院街小哥加油站" (cy-0001)');
    expect(findDuplicates([row(1, '二十二院街小哥加油站', NEAR, { id: 'cy-0001' })], stations)).toEqual([]);
  });

  it('ignores rejected rows and rows without coordinates', () => {
    expect(findDuplicates([row(1, '甲', A), row(2, '甲', A, { status: 'rejected' }), row(3, '甲', null)])).toEqual([]);
  });

  it('normalises names: width, case, spaces and punctuation', () => {
    expect(normaliseStationName('双井·二十二院街 小哥加油站（东）')).toBe(normaliseStationName('双井二十二院街小哥加油站(东)'));
    expect(normaliseStationName('ＡＢＣ 驿站')).toBe('abc驿站');
  });
});
