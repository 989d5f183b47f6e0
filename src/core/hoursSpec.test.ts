import { describe, expect, it } from 'vitest';
import { readSpec, rewrite, selectorMatches } from './hoursSpec.ts';

const text = (spec: string) => readSpec(spec)?.text ?? null;

describe('readSpec: a spec reduced to its weekday selectors', () => {
  it('gives every rule a weekday selector, in the library\'s canonical spelling', () => {
    expect(text('22:00-06:00')).toBe('Mo-Su 22:00-06:00');
    expect(text('24/7')).toBe('Mo-Su 24/7');
    expect(text('mo-fr 9-18; PH off')).toBe('Mo-Fr 09:00-18:00; PH off');
    expect(text('Dec 25 off')).toBe('Dec 25 Mo-Su off');
    expect(text('Mo-Fr 08:00-18:00 || "by appointment"')).toBe('Mo-Fr 08:00-18:00 || Mo-Su "by appointment"');
    expect(text('Mo-Fr 08:00-12:00 "lunch; Sa too"; Sa 09:00-12:00')).toBe('Mo-Fr 08:00-12:00 "lunch; Sa too"; Sa 09:00-12:00');
  });

  it('understands PH inside lists and `PH Mo-Fr` (a holiday that falls on a weekday)', () => {
    const spec = readSpec('Sa,Su,PH 10:00-16:00; PH Mo-Fr 12:00-14:00')!;
    const holidayTuesday = { weekday: 2, holiday: true };
    const holidaySunday = { weekday: 0, holiday: true };
    const plainTuesday = { weekday: 2, holiday: false };
    expect(spec.selectors.map((s) => selectorMatches(s, holidayTuesday, 20501))).toEqual([true, true]);
    expect(spec.selectors.map((s) => selectorMatches(s, holidaySunday, 20499))).toEqual([true, false]);
    expect(spec.selectors.map((s) => selectorMatches(s, plainTuesday, 20494))).toEqual([false, false]);
    expect(rewrite(spec, () => 'We')).toBe('We 10:00-16:00; We 12:00-14:00');
  });

  it('checks nth weekdays against the real date', () => {
    const [first] = readSpec('Mo[1] 10:00-12:00')!.selectors;
    expect(selectorMatches(first!, { weekday: 1, holiday: false }, 20489)).toBe(true); // 2026-02-02
    expect(selectorMatches(first!, { weekday: 1, holiday: false }, 20496)).toBe(false); // 2026-02-09
  });

  it('refuses what it cannot evaluate right in China', () => {
    for (const spec of ['SH off', 'PH +1 day off', 'Mo-Fr sunset-sunrise', 'Mo-Fr 10:00-12:00 Mo', 'whenever', '']) {
      expect(readSpec(spec), spec).toBeNull();
    }
  });
});
