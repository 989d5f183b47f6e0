import { describe, expect, it } from 'vitest';
import type { ImportMessage } from './messages.ts';
import type { ColumnKey } from './sheetColumns.ts';
import type { RowOptions } from './sheetRow.ts';
import { readAdminFields, readDateTime } from './sheetRowAdmin.ts';

const OPTIONS: RowOptions = { crs: 'wgs84', officeCode: '110105016', now: new Date('2026-03-02T01:00:00Z') };

function read(cells: Partial<Record<ColumnKey, string>>, options: RowOptions = OPTIONS, text = {}) {
  const messages: ImportMessage[] = [];
  const result = readAdminFields((k) => cells[k]?.trim() ?? '', options, (m) => messages.push(m), text);
  return { ...result, codes: messages.map((m) => m.code) };
}

describe('readAdminFields', () => {
  it('defaults kind to rest_station and status to operational, fills the office, leaves verified_at null', () => {
    expect(read({ host_type: '社区用房' })).toEqual({
      properties: { kind: 'rest_station', host_type: 'community_building', status: 'operational', office_code: '110105016', verified_at: null },
      codes: [],
    });
  });

  it('uses the sheet-wide default host type, or asks for one with a suggestion', () => {
    expect(read({}, { ...OPTIONS, defaults: { host_type: 'company_space' } }).properties.host_type).toBe('company_space');
    const asked = read({ note: '物业代管' });
    expect(asked.codes).toEqual(['host_type_missing']);
    expect(asked.suggestedHostType).toBe('property_guard_booth');
    expect(asked.properties.host_type).toBeUndefined();
  });

  it('reads a temporary closure with Beijing-time dates, and asks for a reason when there is none', () => {
    const closed = read({ host_type: '岗亭', status: '暂停', closure_reason: '电路检修', closure_from: '2026-03-01 08:00', closure_until: '2026/3/5' });
    expect(closed.properties).toMatchObject({
      status: 'temporarily_closed',
      closure: { reason: '电路检修', from: '2026-03-01T08:00:00+08:00', until: '2026-03-05T00:00:00+08:00' },
    });
    expect(read({ host_type: '岗亭', status: '暂停' }).codes).toEqual(['closure_reason_missing']);
  });

  it('reports unknown labels and dates instead of guessing', () => {
    const r = read({ kind: '茶馆', host_type: '岗亭', status: '关闭', verified_at: '上周' });
    expect(r.codes).toEqual(['value_unknown', 'value_unknown', 'value_unknown']);
    expect(r.properties.kind).toBeUndefined();
    expect(r.properties.status).toBeUndefined();
    expect(r.properties.verified_at).toBeNull();
  });

  it('rejects a row of another office; without an importing office, the row\'s own code is used', () => {
    expect(read({ host_type: '岗亭', office_code: '110105017' }).codes).toEqual(['office_mismatch']);
    expect(read({ host_type: '岗亭', office_code: '110105017' }, { ...OPTIONS, officeCode: undefined }).properties.office_code).toBe('110105017');
  });
});

describe('readDateTime', () => {
  it.each([
    ['2026-02-01 08:00', '2026-02-01T08:00:00+08:00'],
    ['2026/2/1', '2026-02-01T00:00:00+08:00'],
    ['2026-02-20T09:00:00+08:00', '2026-02-20T09:00:00+08:00'],
    ['2026-02-20T01:00:00.000Z', '2026-02-20T01:00:00.000Z'],
    ['2026-02-20T09:00:00', '2026-02-20T09:00:00+08:00'], // no offset: Beijing time, as the office means
    ['2026-02-30', null],
    ['上周', null],
  ])('%j → %j', (input, output) => {
    expect(readDateTime(input)).toBe(output);
  });
});
