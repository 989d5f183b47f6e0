/**
 * Does a station's schedule change with China's official calendar (public holidays, and the
 * make-up working days that turn a weekend into a workday)? Used to warn riders when a date lies
 * beyond the years the bundled calendar covers: a schedule that does not depend on it (24/7,
 * "every day 08:00–20:00") is right whatever the calendar says.
 */
import { beijingDate } from './beijingTime.ts';
import { isCalendarCovered } from './holidays.ts';
import type { StationProperties } from './station.ts';

/** A weekday selector other than the whole week, or a public-holiday rule. */
const WEEKDAY_OR_HOLIDAY = /\b(?:PH|SH|Mo|Tu|We|Th|Fr|Sa|Su)\b/;
const WHOLE_WEEK = /\bMo-Su\b/g;

/**
 * @example
 * dependsOnOfficialCalendar({ opening_hours: 'Mo-Fr 09:00-18:00', … }) // true (make-up days)
 * dependsOnOfficialCalendar({ opening_hours: 'Mo-Su 08:00-20:00', … }) // false
 */
export function dependsOnOfficialCalendar(p: Pick<StationProperties, 'opening_hours' | 'holiday_hours'>): boolean {
  if (p.holiday_hours !== undefined) return true;
  if (p.opening_hours === null) return false;
  return WEEKDAY_OR_HOLIDAY.test(p.opening_hours.replace(WHOLE_WEEK, ''));
}

/**
 * The years among `dates` (Beijing 'YYYY-MM-DD' dates, or instants) that the bundled holiday
 * calendar does not cover, in order, without repeats.
 * @example uncoveredYears(['2026-12-31', '2027-01-01']) // [2027] while the calendar ends with 2026
 */
export function uncoveredYears(dates: readonly (string | Date)[]): number[] {
  const years = new Set<number>();
  for (const d of dates) {
    const date = typeof d === 'string' ? d : beijingDate(d);
    if (!isCalendarCovered(date)) years.add(Number(date.slice(0, 4)));
  }
  return [...years].sort((a, b) => a - b);
}
