import { describe, expect, it } from 'vitest';
import type { Station } from '../../core/station.ts';
import { draftFromStation, draftProblems, fromBeijingInput, patchBody, toBeijingInput } from './draft.ts';

const NOW = new Date('2026-11-04T14:30:00+08:00');
const base: Station = {
  type: 'Feature',
  id: 'cy-0001',
  geometry: { type: 'Point', coordinates: [116.4626, 39.893] },
  properties: {
    name: '二十二院街小哥加油站',
    kind: 'rest_station',
    amenities: ['ebike_charging'],
    opening_hours: '24/7',
    status: 'operational',
    address: '百子湾路22号院',
    phone: '010-87771234',
    office_code: '110105016',
    host_type: 'street_facility',
    updated_at: '2026-11-01T00:00:00Z',
    verified_at: null,
    version: 3,
  },
};

describe('edit draft', () => {
  it('patches only what changed, with null to remove an optional field', () => {
    const d = { ...draftFromStation(base), name: '二十二院街驿站', phone: '' };
    expect(patchBody(base, d)).toEqual({ properties: { name: '二十二院街驿站', phone: null } });
    expect(patchBody(base, draftFromStation(base))).toEqual({});
  });

  it('edits the English address: set, changed with the Chinese one, and removed when emptied', () => {
    const withEn = { ...base, properties: { ...base.properties, address_en: 'Courtyard 22, Baiziwan Road' } };
    expect(draftFromStation(withEn).address_en).toBe('Courtyard 22, Baiziwan Road');
    const moved = { ...draftFromStation(withEn), address: '广渠路999号', address_en: 'No. 999 Guangqu Road' };
    expect(patchBody(withEn, moved)).toEqual({ properties: { address: '广渠路999号', address_en: 'No. 999 Guangqu Road' } });
    expect(patchBody(withEn, { ...draftFromStation(withEn), address_en: '  ' })).toEqual({ properties: { address_en: null } });
    expect(patchBody(base, { ...draftFromStation(base), address_en: 'Courtyard 22' })).toEqual({ properties: { address_en: 'Courtyard 22' } });
  });

  it('refuses holiday hours chosen twice (in the hours and in the holiday field), not once', () => {
    const ph = { ...draftFromStation(base), opening_hours: 'Mo-Fr 08:00-18:00; PH off' };
    expect(draftProblems(ph, NOW)).toEqual([]);
    expect(draftProblems({ ...ph, holiday_hours: '24/7' }, NOW)).toEqual([{ field: 'holiday_hours', code: 'holidayTwice' }]);
    expect(draftProblems({ ...ph, opening_hours: 'Mo-Fr 08:00-18:00', holiday_hours: '24/7' }, NOW)).toEqual([]);
  });

  it('writes a scheduled closure in Beijing time and removes it when reopened', () => {
    const closed = {
      ...draftFromStation(base),
      status: 'temporarily_closed' as const,
      closure: { reason: '供暖改造', from: '2026-11-10T08:00', until: '2026-11-12T18:00' },
    };
    expect(patchBody(base, closed).properties).toEqual({
      status: 'temporarily_closed',
      closure: { reason: '供暖改造', from: '2026-11-10T08:00:00+08:00', until: '2026-11-12T18:00:00+08:00' },
    });
    const closedStation = { ...base, properties: { ...base.properties, ...patchBody(base, closed).properties } } as Station;
    const reopened = { ...draftFromStation(closedStation), status: 'operational' as const };
    expect(patchBody(closedStation, reopened).properties).toEqual({ status: 'operational', closure: null });
  });

  it('reads instants back as Beijing wall-clock whatever the device zone', () => {
    expect(toBeijingInput('2026-11-10T00:00:00Z')).toBe('2026-11-10T08:00');
    expect(fromBeijingInput('2026-11-10T08:00')).toBe('2026-11-10T08:00:00+08:00');
  });

  it('says what stops a save', () => {
    const d = { ...draftFromStation(base), name: ' ', opening_hours: 'sometimes', status: 'temporarily_closed' as const };
    expect(draftProblems(d, NOW).map((p) => `${p.field}:${p.code}`)).toEqual(['name:required', 'opening_hours:unreadable', 'closure.reason:required']);
    expect(draftProblems(draftFromStation(base), NOW)).toEqual([]);
  });
});
