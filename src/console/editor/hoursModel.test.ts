import { describe, expect, it } from 'vitest';
import { checkSpec, holidayRuleInHours, hoursToSpec, parseHours, parseWeek, presetSpec, rowsToSpec } from './hoursModel.ts';

describe('hours rows ↔ opening_hours', () => {
  it.each([
    ['24/7', '24/7'],
    ['Mo-Fr 08:30-17:30', 'Mo-Fr 08:30-17:30'],
    ['Mo-Su 07:00-22:00', 'Mo-Su 07:00-22:00'],
    ['22:00-06:00', 'Mo-Su 22:00-06:00'],
    ['Mo-Fr 09:00-12:00,13:30-18:00', 'Mo-Fr 09:00-12:00,13:30-18:00'],
    ['Mo-Fr 09:00-18:00; Sa 10:00-14:00', 'Mo-Fr 09:00-18:00; Sa 10:00-14:00'],
    ['Mo,We,Fr 08:00-12:00', 'Mo,We,Fr 08:00-12:00'],
    ['Mo-Su 08:00-20:00; Su off', 'Mo-Sa 08:00-20:00'],
    ['Mo-Su 00:00-24:00', '24/7'],
  ])('%s reads into rows and writes back as %s', (spec, written) => {
    const rows = parseWeek(spec);
    expect(rows).not.toBeNull();
    expect(rowsToSpec(rows!)).toBe(written);
    expect(checkSpec(written)).toEqual({ ok: true });
  });

  it('leaves richer specs to the text field', () => {
    expect(parseWeek('Mo-Fr 08:00-12:00; PH off')).toBeNull();
    expect(parseWeek('Jan-Mar Mo 08:00-10:00')).toBeNull();
  });

  it('checks specs with the rider app compiler', () => {
    expect(checkSpec('sometimes')).toEqual({ ok: false, reason: 'unreadable' });
    expect(checkSpec('  ')).toEqual({ ok: false, reason: 'empty' });
    for (const p of ['24_7', 'everyDay', 'weekdays', 'overnight', 'splitShift'] as const) expect(checkSpec(presetSpec(p)).ok).toBe(true);
  });
});

describe('row edge cases', () => {
  it('writes an end of 00:00 as midnight (24:00)', () => {
    const rows = parseWeek('Mo-Su 08:00-20:00')!;
    rows.Mo = { kind: 'spans', spans: [{ from: '18:00', to: '00:00' }] };
    expect(rowsToSpec(rows)).toBe('Mo 18:00-24:00; Tu-Su 08:00-20:00');
  });
});

describe('public-holiday rules at the end', () => {
  it.each([
    ['Mo-Fr 08:30-17:30; PH off', 'Mo-Fr 08:30-17:30', 'PH off'],
    ['Mo-Su 22:00-06:00; PH off', 'Mo-Su 22:00-06:00', 'PH off'],
    ['24/7; PH 10:00-16:00', '24/7', 'PH 10:00-16:00'],
    ['Mo-Fr 09:00-12:00,13:30-18:00;  PH  closed', 'Mo-Fr 09:00-12:00,13:30-18:00', 'PH closed'],
  ])('%s keeps its rows (%s) and the rule %s', (spec, week, rule) => {
    const parsed = parseHours(spec);
    expect(parsed).not.toBeNull();
    expect(parsed!.holidayRule).toBe(rule);
    expect(rowsToSpec(parsed!.rows)).toBe(week);
    const written = hoursToSpec(parsed!.rows, parsed!.holidayRule);
    expect(written).toBe(`${week}; ${rule}`);
    expect(checkSpec(written)).toEqual({ ok: true });
  });

  it('keeps the rule when a day changes, and drops it only when asked', () => {
    const parsed = parseHours('Mo-Fr 08:30-17:30; PH off')!;
    const rows = { ...parsed.rows, Sa: { kind: 'spans' as const, spans: [{ from: '10:00', to: '14:00' }] } };
    expect(hoursToSpec(rows, parsed.holidayRule)).toBe('Mo-Fr 08:30-17:30; Sa 10:00-14:00; PH off');
    expect(hoursToSpec(rows, null)).toBe('Mo-Fr 08:30-17:30; Sa 10:00-14:00');
  });

  it('reads a plain week with no holiday rule like parseWeek', () => {
    expect(parseHours('Mo-Fr 08:30-17:30')).toEqual({ rows: parseWeek('Mo-Fr 08:30-17:30'), holidayRule: null });
  });

  it('leaves to the text field what rows cannot show', () => {
    // A weekday rule after PH overrides it on a holiday (a later rule wins).
    expect(parseHours('PH off; Mo-Fr 08:30-17:30')).toBeNull();
    // Holidays alone, odd holiday times, or a richer week.
    expect(parseHours('PH off')).toBeNull();
    expect(parseHours('Mo-Fr 08:00-12:00; PH sometimes')).toBeNull();
    expect(parseHours('Jan-Mar Mo 08:00-10:00; PH off')).toBeNull();
    expect(parseHours('Mo-Fr,PH 08:00-12:00')).toBeNull();
  });
});

describe('the holiday rule inside the hours', () => {
  it.each([
    ['Mo-Fr 08:30-17:30; PH off', 'PH off'],
    ['Mo-Fr,PH 08:00-12:00', 'Mo-Fr,PH 08:00-12:00'],
    ['24/7', null],
    [null, null],
    ['Mo-Fr 08:00-18:00; Sa 09:00-12:00', null],
  ])('%s → %s', (spec, rule) => {
    expect(holidayRuleInHours(spec)).toBe(rule);
  });
});
