import { describe, expect, test } from 'vitest';
import { buildSubmission, EMPTY_DRAFT } from './draft.ts';
import type { DraftContext } from './draft.ts';

const CTX: DraftContext = {
  stationId: 'cy-0001',
  position: [116.4626, 39.893],
  id: '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a01',
  createdAt: new Date('2026-11-04T14:30:00+08:00'),
};

describe('from the report sheet to a submission', () => {
  test('a kind and an optional note make a valid submission (the note trimmed)', () => {
    expect(buildSubmission({ kind: 'charger_broken', note: '  三号插座没电 ', usePosition: false }, CTX)).toEqual({
      ok: true,
      submission: {
        id: CTX.id,
        station_id: 'cy-0001',
        kind: 'charger_broken',
        note: '三号插座没电',
        created_at: '2026-11-04T06:30:00.000Z',
      },
    });
    expect(buildSubmission({ kind: 'gone', note: '', usePosition: false }, CTX).ok).toBe(true);
  });

  test('nothing chosen: "choose a kind"', () => {
    expect(buildSubmission(EMPTY_DRAFT, CTX)).toEqual({ ok: false, errors: [{ field: 'kind', code: 'kind_required' }] });
  });

  test('"other" needs a note of at least two characters, spaces not counted', () => {
    for (const note of ['', '   ', '门']) {
      expect(buildSubmission({ kind: 'other', note, usePosition: false }, CTX)).toEqual({ ok: false, errors: [{ field: 'note', code: 'note_required' }] });
    }
    expect(buildSubmission({ kind: 'other', note: '门坏了', usePosition: false }, CTX).ok).toBe(true);
  });

  test('a note over 500 characters is refused with the limit', () => {
    expect(buildSubmission({ kind: 'wrong_hours', note: '长'.repeat(501), usePosition: false }, CTX)).toEqual({
      ok: false,
      errors: [{ field: 'note', code: 'note_too_long', max: 500 }],
    });
  });

  test('wrong_location with "use my position": the position goes along, rounded to 6 decimals', () => {
    const result = buildSubmission({ kind: 'wrong_location', note: '', usePosition: true }, { ...CTX, position: [116.46261234567, 39.89300987654] });
    expect(result).toMatchObject({ ok: true, submission: { suggested_position: [116.462612, 39.89301] } });
  });

  test('the position is sent only for wrong_location, and only when ticked', () => {
    expect(buildSubmission({ kind: 'wrong_hours', note: '', usePosition: true }, CTX)).not.toHaveProperty('submission.suggested_position');
    expect(buildSubmission({ kind: 'wrong_location', note: '', usePosition: false }, CTX)).not.toHaveProperty('submission.suggested_position');
  });

  test('a position outside Beijing, or none at all, is an error on the checkbox', () => {
    expect(buildSubmission({ kind: 'wrong_location', note: '', usePosition: true }, { ...CTX, position: [121.47, 31.23] })).toEqual({
      ok: false,
      errors: [{ field: 'position', code: 'position_outside' }],
    });
    expect(buildSubmission({ kind: 'wrong_location', note: '', usePosition: true }, { ...CTX, position: null })).toEqual({
      ok: false,
      errors: [{ field: 'position', code: 'position_unknown' }],
    });
  });

  test('several problems at once are all reported, one per field', () => {
    const result = buildSubmission({ kind: null, note: '长'.repeat(600), usePosition: false }, CTX);
    expect(result).toEqual({
      ok: false,
      errors: [
        { field: 'kind', code: 'kind_required' },
        { field: 'note', code: 'note_too_long', max: 500 },
      ],
    });
  });
});
