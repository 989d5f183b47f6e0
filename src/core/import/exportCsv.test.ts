import { describe, expect, it } from 'vitest';
import type { Station } from '../station.ts';
import { decodeSheetBytes } from './decodeText.ts';
import { neutraliseCell, stationsToCsv } from './exportCsv.ts';
import { parseStationSheet, sheetRowToStation } from './parseSheet.ts';

const NOW = new Date('2026-03-02T01:00:00Z');

const station = (id: string, coordinates: [number, number], properties: Partial<Station['properties']>): Station => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties: {
    name: '驿站',
    kind: 'rest_station',
    amenities: [],
    opening_hours: '24/7',
    status: 'operational',
    address: '地址',
    office_code: '110105016',
    host_type: 'street_facility',
    updated_at: NOW.toISOString(),
    verified_at: null,
    ...properties,
  },
});

const STATIONS: Station[] = [
  station('cy-0001', [116.4626, 39.893], {
    name: '二十二院街小哥加油站',
    name_en: 'ErShiErYuan Street Courier Station',
    address: '双井街道二十二院街艺术区内',
    amenities: ['ebike_charging', 'phone_charging', 'drinking_water', 'microwave', 'seating', 'raincoats'],
    phone: '010-87771234',
    verified_at: '2026-02-20T09:00:00+08:00',
  }),
  station('cy-0002', [116.4558003, 39.8862999], {
    name: '百环家园党群服务中心',
    host_type: 'party_community_centre',
    opening_hours: 'Mo-Fr 09:00-12:00,13:30-18:00; PH off',
    holiday_hours: 'Sa 10:00-12:00',
    amenities: ['drinking_water', 'hot_water', 'microwave', 'heating', 'air_conditioning'],
    phone: '+86 10 8777 1236',
  }),
  station('cy-0003', [116.464, 39.896], {
    name: '=HYPERLINK("http://example.invalid","点我")',
    address: '-东三环中路, "北侧"',
    kind: 'charging_point',
    host_type: 'company_space',
    opening_hours: null,
    status: 'temporarily_closed',
    closure: { reason: '@电路检修', from: '2026-03-01T00:00:00+08:00', until: '2026-03-05T18:00:00+08:00' },
  }),
  station('cy-0004', [116.4611, 39.9012], {
    name: '光华里夜间驿站\n(西门)',
    opening_hours: '22:00-06:00',
    amenities: ['battery_swap', 'fridge', 'toilet', 'first_aid', 'wifi', 'repair_tools'],
    host_type: 'residential_square',
    kind: 'battery_swap_cabinet',
    status: 'permanently_closed',
  }),
];

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+8610', "'+8610"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['驿站', '驿站'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });
});

describe('stationsToCsv', () => {
  const csv = stationsToCsv(STATIONS);

  it('is UTF-8-with-BOM text with CRLF line ends and the Chinese headers', () => {
    expect(csv.startsWith('\uFEFF编号,站点名称,英文名称,类型,承办方式,详细地址,英文地址,经度(WGS-84),纬度(WGS-84),开放时间,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
    const decoded = decodeSheetBytes(new TextEncoder().encode(csv));
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: true });
    expect(decoded.text.startsWith('编号,')).toBe(true);
  });

  it('writes readable Chinese words and labels', () => {
    const row1 = csv.split('\r\n')[1];
    expect(row1).toBe(
      'cy-0001,二十二院街小哥加油站,ErShiErYuan Street Courier Station,驿站,街边设施,双井街道二十二院街艺术区内,,116.4626,39.893,24/7,,' +
        '电动车充电、手机充电、饮水、微波炉、休息座椅、雨衣,010-87771234,正常,,,,110105016,2026-02-20T09:00:00+08:00',
    );
  });

  it('neutralises formula-like cells and escapes quotes, commas and line breaks', () => {
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.invalid"",""点我"")",`);
    expect(csv).toContain(`,"'-东三环中路, ""北侧""",`);
    expect(csv).toContain(`,'@电路检修,`);
    expect(csv).toContain(`,'+86 10 8777 1236,`);
    expect(csv).toContain(`,"光华里夜间驿站\n(西门)",`);
    // No cell of the file starts with a formula character.
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('round-trips: export → import (WGS-84, same office) gives equal stations', () => {
    const bytes = new TextEncoder().encode(csv);
    const decoded = decodeSheetBytes(bytes);
    expect(decoded).toMatchObject({ encoding: 'utf-8', hadBom: true });
    const result = parseStationSheet(decoded.text, { crs: 'wgs84', officeCode: '110105016', now: NOW });
    if (!result.ok) throw new Error(result.error.en);
    expect(result.rows.map((r) => r.status)).not.toContain('rejected');
    const back = result.rows.map((r) => sheetRowToStation(r, r.id ?? 'missing'));
    expect(back).toEqual(STATIONS);
  });

  it('an export re-imported as GCJ-02 by mistake is refused, not shifted by 500 m', () => {
    const result = parseStationSheet(csv.slice(1), { crs: 'gcj02', officeCode: '110105016', now: NOW });
    expect(result).toMatchObject({ ok: false, error: { code: 'crs_conflict' } });
  });

  it('writes just the header for no stations', () => {
    expect(stationsToCsv([]).split('\r\n')).toHaveLength(2);
  });
});
