import { describe, expect, it } from 'vitest';
import { dayTypeOf, HOLIDAY_CALENDAR_YEARS, isCalendarCovered, isInLieuDay } from './holidays.ts';

describe('dayTypeOf: the official calendar from chinese-days', () => {
  it.each([
    ['2026-02-10', { type: 'workday' }],
    ['2026-02-07', { type: 'weekend' }],
    ['2026-02-17', { type: 'holiday', name: '春节', nameEn: 'Spring Festival' }],
    ['2026-02-15', { type: 'holiday', name: '春节', nameEn: 'Spring Festival' }], // a Sunday inside the break
    ['2026-02-14', { type: 'makeup_workday', name: '春节', nameEn: 'Spring Festival' }], // a Saturday worked
    ['2026-02-28', { type: 'makeup_workday', name: '春节', nameEn: 'Spring Festival' }],
    ['2026-04-05', { type: 'holiday', name: '清明', nameEn: 'Tomb-sweeping Day' }],
    ['2026-06-19', { type: 'holiday', name: '端午', nameEn: 'Dragon Boat Festival' }],
    ['2026-09-25', { type: 'holiday', name: '中秋', nameEn: 'Mid-autumn Festival' }],
    ['2026-09-20', { type: 'makeup_workday', name: '国庆节', nameEn: 'National Day' }], // a Sunday worked
    ['2026-10-07', { type: 'holiday', name: '国庆节', nameEn: 'National Day' }],
    ['2026-10-08', { type: 'workday' }],
  ])('%s is %o', (date, expected) => {
    expect(dayTypeOf(date)).toEqual(expected);
  });

  it('does not treat the days opening_hours wrongly lists for China as days off', () => {
    expect(dayTypeOf('2026-03-08')).toEqual({ type: 'weekend' }); // Women's Day: a Sunday, not a holiday
    expect(dayTypeOf('2026-06-01')).toEqual({ type: 'workday' }); // Children's Day: a Monday at work
    expect(dayTypeOf('2023-05-04')).toEqual({ type: 'workday' }); // Youth Day 2023: a Thursday at work
    expect(dayTypeOf('2024-03-08')).toEqual({ type: 'workday' }); // Women's Day 2024: a Friday at work
  });

  it('knows the weekdays off that make-up days pay for', () => {
    expect(isInLieuDay('2026-02-20')).toBe(true);
    expect(isInLieuDay('2026-02-17')).toBe(false);
  });

  it('says which years it covers, and falls back to plain weekdays beyond them', () => {
    expect(HOLIDAY_CALENDAR_YEARS.first).toBeLessThanOrEqual(2025);
    expect(HOLIDAY_CALENDAR_YEARS.last).toBeGreaterThanOrEqual(2026);
    expect(isCalendarCovered('2026-10-01')).toBe(true);
    expect(isCalendarCovered('1999-10-01')).toBe(false);
    expect(dayTypeOf('1999-10-01')).toEqual({ type: 'workday' });
  });

  it('rejects malformed dates with a precise message', () => {
    expect(() => dayTypeOf('2026-2-17')).toThrow(/expected a calendar date 'YYYY-MM-DD', received "2026-2-17"/);
  });
});
