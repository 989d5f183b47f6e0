import { describe, expect, it } from 'vitest';
import { readSheetRow, type RowOptions } from './sheetRow.ts';

const OPTIONS: RowOptions = { crs: 'wgs84', officeCode: '110105016', now: new Date('2026-03-02T01:00:00Z') };
const BASE = { name: '甲', address: '地址', lng: '116.4626', lat: '39.8930', opening_hours: '24小时', amenities: '饮水', host_type: '岗亭' };

describe('readSheetRow', () => {
  it('reads a plain row', () => {
    const r = readSheetRow(BASE, OPTIONS);
    expect(r).toMatchObject({ status: 'ok', complete: true, lngLat: [116.4626, 39.893], reasons: [], warnings: [] });
    expect(r.notes.map((m) => m.code)).toEqual(['hours_converted', 'amenities_converted']);
  });

  it('removes the apostrophe an export put before a formula character, and still flags the formula', () => {
    const r = readSheetRow({ ...BASE, name: "'=1+1", phone: "'+86 10 8777 1234" }, OPTIONS);
    expect(r.properties.name).toBe('=1+1');
    expect(r.properties.phone).toBe('+86 10 8777 1234');
    expect(r.notes.filter((m) => m.code === 'apostrophe_removed')).toHaveLength(2);
    expect(r.warnings.map((m) => m.code)).toEqual(['formula_like_text']);
    // An apostrophe before ordinary text is the office's own text.
    expect(readSheetRow({ ...BASE, name: "'甲" }, OPTIONS).properties.name).toBe("'甲");
  });

  it('marks unknown hours as null with a warning, never a guess', () => {
    const r = readSheetRow({ ...BASE, opening_hours: '不定' }, OPTIONS);
    expect(r.properties.opening_hours).toBeNull();
    expect(r).toMatchObject({ status: 'warning', complete: true });
    const empty = readSheetRow({ ...BASE, opening_hours: '' }, OPTIONS);
    expect(empty.warnings.map((m) => m.code)).toEqual(['hours_missing']);
  });

  it('rejects an over-long name and an office code of the wrong shape', () => {
    expect(readSheetRow({ ...BASE, name: '驿'.repeat(121) }, OPTIONS).reasons.map((m) => m.code)).toEqual(['field_too_long']);
    const r = readSheetRow({ ...BASE, office_code: '双井' }, { ...OPTIONS, officeCode: undefined });
    expect(r.reasons.map((m) => [m.code, m.params.field])).toEqual([['field_invalid', 'office_code']]);
  });

  it('gives every message in Chinese and English', () => {
    const r = readSheetRow({ ...BASE, lng: '', opening_hours: '面议', amenities: '按摩椅' }, OPTIONS);
    for (const m of [...r.reasons, ...r.warnings, ...r.notes]) {
      expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(m.en).toMatch(/[a-z]/);
    }
  });
});
