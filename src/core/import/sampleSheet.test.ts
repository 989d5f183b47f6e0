/**
 * The real office sheet (GBK, CRLF, GCJ-02 from Amap) against the table in shared/data/README.md.
 * The bytes are a copy in test/fixtures, so the test never reads ../shared.
 */
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { LngLat } from '../station.ts';
import { decodeSheetBytes } from './decodeText.ts';
import { findDuplicates } from './duplicates.ts';
import { stationsToCsv } from './exportCsv.ts';
import { parseStationSheet, sheetRowToStation, type SheetRow } from './parseSheet.ts';

const FIXTURE = new URL('../../../test/fixtures/sample-office-sheet-gbk.csv', import.meta.url);
const NOW = new Date('2026-03-02T01:00:00Z');
const OFFICE = '110105016'; // 双井街道

/** WGS-84 truth per row, from the README table. */
const TRUTH: Record<number, LngLat> = {
  1: [116.4626, 39.893],
  2: [116.4669, 39.8945],
  3: [116.4581, 39.8897],
  4: [116.4702, 39.8981],
  5: [116.4558, 39.8863],
  6: [116.4611, 39.9012],
  7: [116.4709, 39.887],
  8: [116.455, 39.892],
  12: [116.464, 39.896],
};
const EXPECTED_HOURS: Record<number, string | null> = {
  1: '24/7',
  2: 'Mo-Su 07:00-22:00',
  3: 'Mo-Fr 08:30-17:30',
  4: '24/7',
  5: 'Mo-Fr 09:00-12:00,13:30-18:00',
  6: '22:00-06:00',
  7: 'Mo-Su 06:00-23:00',
  8: null,
  11: '24/7',
  12: '24/7',
};

const metres = (a: LngLat, b: LngLat): number => distance(a, b, { units: 'meters' });

function load(options: Partial<Parameters<typeof parseStationSheet>[1]> = {}): SheetRow[] {
  const decoded = decodeSheetBytes(new Uint8Array(readFileSync(FIXTURE)));
  const result = parseStationSheet(decoded.text, { crs: 'gcj02', officeCode: OFFICE, now: NOW, ...options });
  if (!result.ok) throw new Error(result.error.en);
  return result.rows;
}
const row = (rows: SheetRow[], n: number): SheetRow => {
  const r = rows.find((x) => x.rowNumber === n);
  if (!r) throw new Error(`no row ${n}`);
  return r;
};
const codes = (r: SheetRow): string[] => [...r.reasons, ...r.warnings].map((m) => m.code);

describe('sample-office-sheet-gbk.csv', () => {
  it('is GBK without a BOM and has 12 data rows, numbered as the office numbers them', () => {
    const decoded = decodeSheetBytes(new Uint8Array(readFileSync(FIXTURE)));
    expect(decoded).toMatchObject({ encoding: 'gb18030', hadBom: false, replacementChars: 0 });
    const rows = load();
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(rows.map((r) => r.serial)).toEqual(rows.map((r) => String(r.rowNumber)));
    expect(row(rows, 1)).toMatchObject({ sheetRow: 2, textLine: 2 });
  });

  it('converts GCJ-02 to WGS-84 within 1 m of the truth (rows 1–8, 12)', () => {
    const rows = load();
    for (const [n, truth] of Object.entries(TRUTH)) {
      const r = row(rows, Number(n));
      expect(r.lngLat, `row ${n}`).not.toBeNull();
      expect(metres(r.lngLat as LngLat, truth), `row ${n}`).toBeLessThan(1);
    }
  });

  it('converts the Chinese hours exactly as the README table says', () => {
    const rows = load();
    for (const [n, osm] of Object.entries(EXPECTED_HOURS)) expect(row(rows, Number(n)).properties.opening_hours, `row ${n}`).toBe(osm);
    expect(row(rows, 2).notes.find((m) => m.code === 'hours_converted')?.zh).toBe(
      '开放时间“每天7:00—22:00”→ Mo-Su 07:00-22:00（由中文转换）',
    );
  });

  it('rows 1–7 import (with a host type chosen for the sheet, they are fully ok)', () => {
    const rows = load({ defaults: { host_type: 'street_facility' } });
    for (let n = 1; n <= 7; n++) {
      expect(row(rows, n), `row ${n}`).toMatchObject({ status: 'ok', complete: true, reasons: [], warnings: [] });
      expect(sheetRowToStation(row(rows, n), `cy-${n}`)).not.toBeNull();
    }
    expect(row(rows, 1).properties).toMatchObject({
      name: '二十二院街小哥加油站',
      amenities: ['ebike_charging', 'phone_charging', 'drinking_water', 'microwave', 'seating', 'raincoats'],
      phone: '010-87771234',
      office_code: OFFICE,
      kind: 'rest_station',
    });
  });

  it('without a host type, rows still import but ask for one (and suggest it when the text hints)', () => {
    const rows = load();
    expect(row(rows, 1)).toMatchObject({ status: 'warning', complete: false });
    expect(codes(row(rows, 1))).toEqual(['host_type_missing']);
    expect(row(rows, 4).suggestedHostType).toBe('property_guard_booth'); // 物业代管
    expect(row(rows, 5).suggestedHostType).toBe('party_community_centre'); // 党群服务中心
    expect(row(rows, 4).properties.host_type).toBeUndefined();
  });

  it('row 8 (面议): imported with unknown hours and a warning, never guessed', () => {
    const r = row(load({ defaults: { host_type: 'company_space' } }), 8);
    expect(r).toMatchObject({ status: 'warning', complete: true });
    expect(r.properties.opening_hours).toBeNull();
    expect(codes(r)).toEqual(['hours_unreadable']);
    expect(r.warnings[0]?.zh).toContain('面议');
    expect(r.warnings[0]?.en).toContain('unknown hours');
  });

  it('row 9: rejected, no coordinates', () => {
    const r = row(load(), 9);
    expect(r).toMatchObject({ status: 'rejected', complete: false, lngLat: null });
    expect(r.reasons.map((m) => m.code)).toEqual(['missing_coordinates']);
    expect(sheetRowToStation(r, 'x')).toBeNull();
  });

  it('row 10: latitude and longitude swapped → rejected, with the swapped-back place offered', () => {
    const r = row(load(), 10);
    expect(r).toMatchObject({ status: 'rejected', lngLat: null });
    expect(r.reasons.map((m) => m.code)).toEqual(['coordinates_swapped']);
    expect(metres(r.suggestedLngLat as LngLat, [116.4605, 39.8842])).toBeLessThan(1);
    expect(r.reasons[0]?.en).toContain('look swapped');
    expect(sheetRowToStation(r, 'x')).toBeNull();
  });

  it('row 11: flagged as a likely duplicate of row 1 (same name within 50 m)', () => {
    const rows = load();
    const dups = findDuplicates(rows);
    expect(dups.map((d) => [d.rowNumber, d.duplicateOf])).toEqual([[11, { kind: 'row', rowNumber: 1 }]]);
    expect(dups[0]?.distanceMeters).toBeLessThan(50);
    expect(metres(row(rows, 11).lngLat as LngLat, TRUTH[1] as LngLat)).toBeLessThan(10);
  });

  it('row 12: a formula as name is stored as plain text, flagged, and neutralised on export', () => {
    const rows = load({ defaults: { host_type: 'street_facility' } });
    const r = row(rows, 12);
    const formula = '=HYPERLINK("http://example.invalid","点我")';
    expect(r.properties.name).toBe(formula);
    expect(r).toMatchObject({ status: 'warning', complete: true });
    expect(codes(r)).toEqual(['formula_like_text']);
    const station = sheetRowToStation(r, 'cy-0012');
    expect(station).not.toBeNull();
    const csv = stationsToCsv(station ? [station] : []);
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.invalid"",""点我"")",`);
    expect(csv).not.toMatch(/(^|,)"?=/m);
  });
});
