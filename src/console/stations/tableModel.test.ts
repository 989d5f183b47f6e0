import { describe, expect, it } from 'vitest';
import type { Station, StationProperties } from '../../core/station.ts';
import { filterRows, NO_FILTER, sortRows, tableRows } from './tableModel.ts';

const NOW = new Date('2026-11-04T14:30:00+08:00');
function station(id: string, props: Partial<StationProperties>): Station {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates: [116.46, 39.89] },
    properties: {
      name: id,
      kind: 'rest_station',
      amenities: [],
      opening_hours: '24/7',
      status: 'operational',
      address: '某路',
      office_code: '110105016',
      host_type: 'street_facility',
      updated_at: '2026-11-01T00:00:00Z',
      verified_at: null,
      ...props,
    },
  };
}

describe('station table', () => {
  const stations = [
    station('双井小哥加油站', { verified_at: '2026-11-01T00:00:00+08:00' }),
    station('夜间驿站', { opening_hours: '22:00-06:00', verified_at: '2026-01-01T00:00:00+08:00' }),
    station('暂停驿站', { status: 'temporarily_closed', closure: { reason: '装修', until: '2026-12-01T00:00:00+08:00' } }),
  ];
  const rows = tableRows(stations, NOW);

  it('counts staleness in whole days since verification, never verified as null', () => {
    expect(rows.map((r) => r.staleDays)).toEqual([3, 307, null]);
  });

  it('sorts stalest first with never-verified at the top', () => {
    expect(sortRows(rows, { key: 'stale', dir: 'desc' }).map((r) => r.id)).toEqual(['暂停驿站', '夜间驿站', '双井小哥加油站']);
  });

  it('filters by open now and by staleness', () => {
    expect(filterRows(rows, { ...NO_FILTER, open: 'open' }).map((r) => r.id)).toEqual(['双井小哥加油站']);
    expect(filterRows(rows, { ...NO_FILTER, open: 'closed' }).map((r) => r.id)).toEqual(['夜间驿站', '暂停驿站']);
    expect(filterRows(rows, { ...NO_FILTER, staleOnly: true }).map((r) => r.id)).toEqual(['夜间驿站', '暂停驿站']);
    expect(rows[2]!.closurePhase).toBe('active');
  });

  it('counts the unanswered rider reports per station, and sorts by that count', () => {
    const withReports = tableRows(stations, NOW, new Set(), new Map([['夜间驿站', 2], ['暂停驿站', 1]]));
    expect(withReports.map((r) => [r.id, r.openReports])).toEqual([
      ['双井小哥加油站', 0],
      ['夜间驿站', 2],
      ['暂停驿站', 1],
    ]);
    expect(sortRows(withReports, { key: 'reports', dir: 'desc' }).map((r) => r.id)).toEqual(['夜间驿站', '暂停驿站', '双井小哥加油站']);
    expect(sortRows(withReports, { key: 'reports', dir: 'asc' }).map((r) => r.id)).toEqual(['双井小哥加油站', '暂停驿站', '夜间驿站']);
    expect(rows.every((r) => r.openReports === 0)).toBe(true);
  });

  // QA: the English console showed Chinese names, and the search knew only name and address.
  describe('names in the console language, and the search', () => {
    const named = [
      station('cy-0001', { name: '双井·二十二院街小哥加油站', name_en: 'ErShiErYuan Street Courier Station', address: '二十二院街艺术区', address_en: '22 Yuan Street Art District' }),
      station('cy-0002', { name: '夜间驿站' }),
    ];
    const search = (r: readonly ReturnType<typeof tableRows>[number][], text: string) => filterRows(r, { ...NO_FILTER, text }).map((x) => x.id);

    it('shows name_en in English, falling back to the Chinese name', () => {
      expect(tableRows(named, NOW, new Set(), new Map(), 'en').map((r) => r.name)).toEqual(['ErShiErYuan Street Courier Station', '夜间驿站']);
      expect(tableRows(named, NOW, new Set(), new Map(), 'zh-CN').map((r) => r.name)).toEqual(['双井·二十二院街小哥加油站', '夜间驿站']);
    });

    it('matches name, name_en, address, address_en and id, in either language', () => {
      for (const locale of ['zh-CN', 'en'] as const) {
        const r = tableRows(named, NOW, new Set(), new Map(), locale);
        expect(search(r, '二十二院街小哥')).toEqual(['cy-0001']);
        expect(search(r, 'courier')).toEqual(['cy-0001']);
        expect(search(r, '艺术区')).toEqual(['cy-0001']);
        expect(search(r, 'art district')).toEqual(['cy-0001']);
        expect(search(r, 'CY-0002')).toEqual(['cy-0002']);
        expect(search(r, 'cy-000')).toEqual(['cy-0001', 'cy-0002']);
      }
    });
  });
});
