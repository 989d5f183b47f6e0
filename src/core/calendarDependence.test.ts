import { describe, expect, it } from 'vitest';
import { dependsOnOfficialCalendar, uncoveredYears } from './calendarDependence.ts';
import { HOLIDAY_CALENDAR_YEARS } from './holidays.ts';

const hours = (opening_hours: string | null, holiday_hours?: string) => ({ opening_hours, ...(holiday_hours ? { holiday_hours } : {}) });

describe('dependsOnOfficialCalendar', () => {
  it('is false for schedules that are the same every day', () => {
    expect(dependsOnOfficialCalendar(hours('24/7'))).toBe(false);
    expect(dependsOnOfficialCalendar(hours('Mo-Su 08:00-20:00'))).toBe(false);
    expect(dependsOnOfficialCalendar(hours('Mo-Su 22:00-06:00'))).toBe(false);
    expect(dependsOnOfficialCalendar(hours('07:00-22:00'))).toBe(false);
    expect(dependsOnOfficialCalendar(hours(null))).toBe(false);
  });

  it('is true for weekday rules (make-up working days move them) and holiday rules', () => {
    expect(dependsOnOfficialCalendar(hours('Mo-Fr 09:00-18:00'))).toBe(true);
    expect(dependsOnOfficialCalendar(hours('Mo-Su 08:00-20:00; PH off'))).toBe(true);
    expect(dependsOnOfficialCalendar(hours('Sa,Su 10:00-16:00'))).toBe(true);
    expect(dependsOnOfficialCalendar(hours('24/7', 'off'))).toBe(true);
  });
});

describe('uncoveredYears', () => {
  it('names the years after the bundled calendar, once each, in order', () => {
    const last = HOLIDAY_CALENDAR_YEARS.last;
    expect(uncoveredYears([`${last}-12-31`])).toEqual([]);
    expect(uncoveredYears([`${last + 1}-01-02`, `${last}-12-31`, `${last + 1}-01-01`])).toEqual([last + 1]);
  });

  it('takes instants as Beijing dates: 16:00 UTC on 31 December is already New Year in Beijing', () => {
    const last = HOLIDAY_CALENDAR_YEARS.last;
    expect(uncoveredYears([new Date(`${last}-12-31T15:59:00Z`)])).toEqual([]);
    expect(uncoveredYears([new Date(`${last}-12-31T16:00:00Z`)])).toEqual([last + 1]);
  });
});
