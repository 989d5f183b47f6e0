import { describe, expect, it } from 'vitest';
import { importMessage } from '../../core/import/messages.ts';
import { readableReasons, rowsMissingOnlyHostType } from './rejectedReasons.ts';

// What the server sends for a row of the sample sheet (no 承办方式 column, no default chosen).
const missing = importMessage('host_type_missing');
const refusal = importMessage('field_invalid', {
  field: 'properties.host_type',
  detail: 'feature 0 (id st-abc): expected one of "party_community_centre", "community_building"',
});

describe('rejected rows in plain words', () => {
  it('drops the schema text when the missing host type is already explained', () => {
    expect(readableReasons([missing, refusal]).map((m) => m.code)).toEqual(['host_type_missing']);
    expect(readableReasons([refusal]).map((m) => m.code)).toEqual(['field_invalid']);
  });

  it('counts rows rejected only for a missing host type', () => {
    const rejected = [
      { row: 1, reasons: [missing, refusal] },
      { row: 2, reasons: [missing] },
      { row: 3, reasons: [importMessage('missing_coordinates'), missing, refusal] },
      { row: 4, reasons: [importMessage('missing_address')] },
    ];
    expect(rowsMissingOnlyHostType(rejected)).toBe(2);
  });
});
