/**
 * China's official calendar: public holidays and make-up working days (调休).
 *
 * The data is the `chinese-days` package's JSON (the State Council's yearly notices), imported
 * as plain data so it works the same in Vite, tsx and vitest, offline. Entries look like
 * `"2026-02-17": "Spring Festival,春节,4"` (English name, Chinese name, length of the break).
 *
 * - `holidays`: every day off of a holiday break, weekend days inside the break included.
 * - `workdays`: make-up working days, weekend days that are officially working days.
 * - `inLieuDays`: the weekdays off that those make-up days pay for (a subset of `holidays`).
 *
 * Dates outside the covered years (`HOLIDAY_CALENDAR_YEARS`) fall back to plain weekdays and
 * weekends: the State Council publishes each year's schedule only in the late autumn before.
 */
import calendar from 'chinese-days/dist/chinese-days.json';
import { weekdayOfDate } from './beijingTime.ts';

export type DayType = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

/** What kind of day a Beijing date is. `name`/`nameEn` name the holiday (or, on a make-up day, the holiday it pays for). */
export interface DayInfo {
  type: DayType;
  name?: string;
  nameEn?: string;
}

type DayTable = Record<string, string>;
const HOLIDAYS: DayTable = calendar.holidays;
const MAKEUP_WORKDAYS: DayTable = calendar.workdays;
const IN_LIEU_DAYS: DayTable = calendar.inLieuDays;

const years = Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4)));
/** First and last year the bundled calendar covers. */
export const HOLIDAY_CALENDAR_YEARS: { first: number; last: number } = {
  first: Math.min(...years),
  last: Math.max(...years),
};

function names(entry: string): Pick<DayInfo, 'name' | 'nameEn'> {
  const parts = entry.split(',');
  // The English name could in principle contain a comma; the last two fields are fixed.
  const zh = parts.length >= 3 ? parts[parts.length - 2] : undefined;
  const en = parts.length >= 3 ? parts.slice(0, -2).join(',') : parts[0];
  return { name: zh || en, nameEn: en || zh };
}

/**
 * The official type of a Beijing calendar date.
 * Throws a RangeError when `date` is not a valid 'YYYY-MM-DD' date.
 * @example
 * dayTypeOf('2026-02-17') // { type: 'holiday', name: '春节', nameEn: 'Spring Festival' }
 * dayTypeOf('2026-02-14') // { type: 'makeup_workday', name: '春节', nameEn: 'Spring Festival' } (a Saturday)
 * dayTypeOf('2026-03-08') // { type: 'weekend' } (Women's Day is not a day off for everyone)
 */
export function dayTypeOf(date: string): DayInfo {
  const weekday = weekdayOfDate(date); // validates the format
  const holiday = HOLIDAYS[date];
  if (holiday !== undefined) return { type: 'holiday', ...names(holiday) };
  const weekend = weekday === 0 || weekday === 6;
  const makeup = MAKEUP_WORKDAYS[date];
  if (makeup !== undefined && weekend) return { type: 'makeup_workday', ...names(makeup) };
  return { type: weekend ? 'weekend' : 'workday' };
}

/**
 * True for a weekday off that a make-up working day pays for (e.g. 2026-02-20 for 2026-02-14).
 * @example
 * isInLieuDay('2026-02-20') // true
 */
export function isInLieuDay(date: string): boolean {
  weekdayOfDate(date);
  return IN_LIEU_DAYS[date] !== undefined;
}

/**
 * True when the bundled calendar has the official schedule for this date's year.
 * @example
 * isCalendarCovered('2026-10-01') // true
 */
export function isCalendarCovered(date: string): boolean {
  weekdayOfDate(date);
  const year = Number(date.slice(0, 4));
  return year >= HOLIDAY_CALENDAR_YEARS.first && year <= HOLIDAY_CALENDAR_YEARS.last;
}
