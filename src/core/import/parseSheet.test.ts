import { distance } from '@turf/turf';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../station.ts';
import { parseStationSheet, sheetRowToStation, type ParseSheetOptions, type SheetRow } from './parseSheet.ts';

const NOW = new Date('2026-03-02T01:00:00Z');
const OPTIONS: ParseSheetOptions = { crs: 'wgs84', officeCode: '110105016', now: NOW, defaults: { host_type: 'street_facility' } };
const HEADER = '站点名称,详细地址,经度,纬度,开放时间,服务设施';
const metres = (a: LngLat, b: LngLat): number => distance(a, b, { units: 'meters' });

function parse(text: string, options: Partial<ParseSheetOptions> = {}): SheetRow[] {
  const result = parseStationSheet(text, { ...OPTIONS, ...options });
  if (!result.ok) throw new Error(result.error.en);
  return result.rows;
}

describe('parseStationSheet: coordinate systems', () => {
  const truth: LngLat[] = [
    [116.4626, 39.893],
    [116.4558, 39.8863],
    [116.4611, 39.9012],
  ];

  it('BD-09 (picked on Baidu) lands within 1 m of the WGS-84 truth', () => {
    const lines = truth.map((t, i) => {
      const [lng, lat] = gcoord.transform([t[0], t[1]], gcoord.WGS84, gcoord.BD09);
      return `驿站${i},地址${i},${lng.toFixed(6)},${lat.toFixed(6)},24小时,饮水`;
    });
    const rows = parse([HEADER, ...lines].join('\r\n'), { crs: 'bd09' });
    rows.forEach((r, i) => {
      expect(r.status).toBe('ok');
      expect(metres(r.lngLat as LngLat, truth[i] as LngLat)).toBeLessThan(1);
    });
    expect(rows[0]?.notes.find((m) => m.code === 'coordinates_converted')?.en).toMatch(/^coordinates 116\.475352, 39\.900014 \(BD-09\) → WGS-84 116\.4626\d\d, 39\.89(29|30)\d\d$/);
  });

  it('GCJ-02 lands within 1 m; the same numbers read as WGS-84 would be about 500 m off', () => {
    const [lng, lat] = gcoord.transform([116.4626, 39.893], gcoord.WGS84, gcoord.GCJ02);
    const line = `驿站,地址,${lng.toFixed(6)},${lat.toFixed(6)},24小时,饮水`;
    const gcj = parse(`${HEADER}\n${line}`, { crs: 'gcj02' })[0];
    expect(metres(gcj?.lngLat as LngLat, [116.4626, 39.893])).toBeLessThan(1);
    const asWgs = parse(`${HEADER}\n${line}`, { crs: 'wgs84' })[0];
    expect(metres(asWgs?.lngLat as LngLat, [116.4626, 39.893])).toBeGreaterThan(400);
  });

  it('refuses the sheet when a header names another coordinate system than the one chosen', () => {
    const text = '站点名称,详细地址,经度(WGS-84),纬度(WGS-84),开放时间,服务设施\n驿站,地址,116.46,39.89,24小时,饮水';
    const result = parseStationSheet(text, { ...OPTIONS, crs: 'gcj02' });
    expect(result).toMatchObject({ ok: false, rows: [], error: { code: 'crs_conflict' } });
    expect(parseStationSheet(text, OPTIONS).ok).toBe(true);
  });

  it('reads one combined 经纬度 column ("lng,lat" as Amap copies it)', () => {
    const rows = parse('名称,地址,经纬度,开放时间,服务设施\n驿站,地址,"116.462600,39.893000",24小时,饮水');
    expect(rows[0]?.lngLat).toEqual([116.4626, 39.893]);
  });

  it('rejects unreadable and out-of-China coordinates, warns about imprecise ones', () => {
    const rows = parse(
      [HEADER, '甲,地址,abc,39.9,24小时,饮水', '乙,地址,2.35,48.85,24小时,饮水', '丙,地址,116.46,39.89,24小时,饮水', '丁,地址,116.46,,24小时,饮水'].join('\n'),
    );
    expect(rows.map((r) => [...r.reasons, ...r.warnings].map((m) => m.code))).toEqual([
      ['coordinates_unreadable'],
      ['coordinates_outside_china'],
      ['coordinates_imprecise'],
      ['missing_coordinates'],
    ]);
    expect(rows[2]?.status).toBe('warning');
  });
});

describe('parseStationSheet: rows and numbering', () => {
  it('finds the header below title rows, skips blank rows but keeps Excel\'s numbering', () => {
    const text = ['双井街道驿站名单,,,,,', '2026年3月,,,,,', HEADER, '甲,地址,116.4626,39.8930,24小时,饮水', ',,,,,', '乙,地址,116.4669,39.8945,24小时,饮水'].join('\r\n');
    const result = parseStationSheet(text, OPTIONS);
    expect(result.ok && result.headerRow).toBe(3);
    const rows = parse(text);
    expect(rows.map((r) => [r.properties.name, r.rowNumber, r.sheetRow, r.textLine])).toEqual([
      ['甲', 1, 4, 4],
      ['乙', 3, 6, 6],
    ]);
  });

  it('gives the text line separately when a cell holds line breaks', () => {
    const text = [HEADER, '"甲\r\n(东门)",地址,116.4626,39.8930,24小时,饮水', '乙,地址,116.4669,39.8945,24小时,饮水'].join('\r\n');
    expect(parse(text).map((r) => [r.rowNumber, r.sheetRow, r.textLine])).toEqual([
      [1, 2, 2],
      [2, 3, 4],
    ]);
  });

  it('rejects a row whose columns shifted (an unquoted comma in the hours)', () => {
    const rows = parse(`${HEADER}\n甲,地址,116.4626,39.8930,工作日 9:00-12:00, 13:30-18:00,饮水`);
    expect(rows[0]).toMatchObject({ status: 'rejected' });
    expect(rows[0]?.reasons.map((m) => m.code)).toEqual(['column_count_mismatch']);
  });

  it('reads tab-separated text and English headers', () => {
    const text = 'name\taddress\tlng\tlat\topening_hours\tamenities\tkind\thost_type\nA\tB\t116.4626\t39.8930\tMo-Fr 08:00-17:00\twifi, toilets\tcharging_point\tcompany_space';
    const [r] = parse(text);
    expect(r).toMatchObject({ status: 'ok', complete: true });
    expect(r?.properties).toMatchObject({ kind: 'charging_point', host_type: 'company_space', amenities: ['toilet', 'wifi'] });
  });

  it('rejects a repeated id, a malformed id and a row of another office', () => {
    const text = [
      `编号,街道编码,${HEADER}`,
      `cy-1,,甲,地址,116.4626,39.8930,24小时,饮水`,
      `cy-1,,乙,地址,116.4669,39.8945,24小时,饮水`,
      `有 空格,,丙,地址,116.4669,39.8945,24小时,饮水`,
      `cy-4,110105017,丁,地址,116.4669,39.8945,24小时,饮水`,
    ].join('\n');
    expect(parse(text).map((r) => r.reasons.map((m) => m.code))).toEqual([[], ['duplicate_id'], ['invalid_id'], ['office_mismatch']]);
  });

  it('requires name and address; warns about an unreadable phone and unknown amenity words', () => {
    const text = [`${HEADER},联系电话`, ',地址,116.4626,39.8930,24小时,饮水,', '甲,,116.4626,39.8930,24小时,饮水,', '乙,地址,116.4626,39.8930,24小时,饮水、按摩椅,请拨总机'].join('\n');
    const rows = parse(text);
    expect(rows.map((r) => [r.status, ...r.reasons.map((m) => m.code), ...r.warnings.map((m) => m.code)])).toEqual([
      ['rejected', 'missing_name'],
      ['rejected', 'missing_address'],
      ['warning', 'amenities_unknown', 'phone_unreadable'],
    ]);
    expect(rows[2]?.properties.amenities).toEqual(['drinking_water']);
  });

  it('reads kind, host type and status labels; an unknown label is not guessed', () => {
    const text = [`${HEADER},类型,承办方式,状态,暂停原因`, '甲,地址,116.4626,39.8930,24小时,饮水,驿站,物业岗亭,暂停开放,电路检修', '乙,地址,116.4626,39.8930,24小时,饮水,茶馆,物业岗亭,正常,'].join('\n');
    const [a, b] = parse(text);
    expect(a?.properties).toMatchObject({ kind: 'rest_station', host_type: 'property_guard_booth', status: 'temporarily_closed', closure: { reason: '电路检修' } });
    expect(a?.complete).toBe(true);
    expect(b).toMatchObject({ status: 'warning', complete: false });
    expect(b?.warnings.map((m) => m.params.value)).toEqual(['茶馆']);
  });

  it('sheetRowToStation builds a valid station only from a complete row', () => {
    const [r] = parse(`${HEADER}\n甲,地址,116.4626,39.8930,24小时,饮水`);
    expect(sheetRowToStation(r as SheetRow, 'cy-0001')).toEqual({
      type: 'Feature',
      id: 'cy-0001',
      geometry: { type: 'Point', coordinates: [116.4626, 39.893] },
      properties: {
        name: '甲',
        address: '地址',
        kind: 'rest_station',
        host_type: 'street_facility',
        amenities: ['drinking_water'],
        opening_hours: '24/7',
        status: 'operational',
        office_code: '110105016',
        verified_at: null,
        updated_at: '2026-03-02T01:00:00.000Z',
      },
    });
    const [noOffice] = parse(`${HEADER}\n甲,地址,116.4626,39.8930,24小时,饮水`, { officeCode: undefined });
    expect(noOffice?.complete).toBe(false);
    expect(sheetRowToStation(noOffice as SheetRow, 'cy-0001')).toBeNull();
  });
});

describe('parseStationSheet: whole-sheet errors come back as values', () => {
  it('lists the missing required columns in both languages', () => {
    const result = parseStationSheet('站点名称,经度,纬度,其他\n甲,116.46,39.89,x', OPTIONS);
    expect(result).toMatchObject({ ok: false, rows: [], error: { code: 'missing_columns' } });
    if (!result.ok) {
      expect(result.error.zh).toBe('缺少必填列：详细地址、开放时间、服务设施。未识别的列：其他');
      expect(result.error.en).toContain('详细地址 (address), 开放时间 (opening_hours), 服务设施 (amenities)');
    }
  });

  it('says an empty file is empty', () => {
    expect(parseStationSheet('', OPTIONS)).toMatchObject({ ok: false, error: { code: 'empty_sheet' } });
    expect(parseStationSheet('\r\n\r\n', OPTIONS)).toMatchObject({ ok: false, error: { code: 'empty_sheet' } });
  });

  it('returns no rows for a header without data', () => {
    expect(parseStationSheet(`\uFEFF${HEADER}\r\n`, OPTIONS)).toMatchObject({ ok: true, rows: [] });
  });
});
