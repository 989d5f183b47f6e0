import { describe, expect, it } from 'vitest';
import { columnLabel, recogniseColumns } from './sheetColumns.ts';

describe('recogniseColumns', () => {
  it('recognises the sample sheet\'s Chinese headers', () => {
    const r = recogniseColumns(['序号', '站点名称', '详细地址', '经度', '纬度', '开放时间', '服务设施', '联系电话', '备注']);
    expect(r).toEqual({
      ok: true,
      index: { serial: 0, name: 1, address: 2, lng: 3, lat: 4, opening_hours: 5, amenities: 6, phone: 7, note: 8 },
      ignored: [],
      crsHints: [],
    });
  });

  it('recognises English headers, any case and spacing, and reports unknown ones', () => {
    const r = recogniseColumns(['ID', 'Name', 'Address', 'Longitude', 'LAT', 'opening hours', 'Amenities', 'Kind', 'host_type', 'Colour']);
    expect(r.ok && r.index).toEqual({
      id: 0,
      name: 1,
      address: 2,
      lng: 3,
      lat: 4,
      opening_hours: 5,
      amenities: 6,
      kind: 7,
      host_type: 8,
    });
    expect(r.ignored).toEqual(['Colour']);
  });

  it('reads synonyms, full-width text, a BOM and bracketed remarks', () => {
    const r = recogniseColumns(['\uFEFF名称*', '地址', '经度（高德）', '纬度(高德)', '营业时间', '设施', '电话', '类型', '承办方式']);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.index).toMatchObject({ name: 0, address: 1, lng: 2, lat: 3, opening_hours: 4, amenities: 5, phone: 6, kind: 7, host_type: 8 });
      expect(r.crsHints).toEqual([
        { header: '经度（高德）', crs: 'gcj02' },
        { header: '纬度(高德)', crs: 'gcj02' },
      ]);
    }
  });

  it('accepts one combined 经纬度 column instead of two', () => {
    const r = recogniseColumns(['名称', '地址', '经纬度', '开放时间', '服务设施']);
    expect(r.ok && r.index.lnglat).toBe(2);
  });

  it('lists every missing required column', () => {
    const r = recogniseColumns(['站点名称', '经度', '配套', '备注']);
    expect(r).toMatchObject({ ok: false, missing: ['address', 'lat', 'opening_hours', 'amenities'], ignored: ['配套'] });
  });

  it('refuses two columns for the same thing instead of picking one', () => {
    const r = recogniseColumns(['名称', '站点名称', '地址', '经度', '纬度', '开放时间', '服务设施']);
    expect(r).toMatchObject({ ok: false, missing: [], repeated: [{ key: 'name', headers: ['名称', '站点名称'] }] });
  });

  it('names columns in both languages for messages', () => {
    expect(columnLabel('opening_hours')).toEqual({ zh: '开放时间', en: 'opening_hours' });
  });
});
