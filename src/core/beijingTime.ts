/**
 * Beijing wall-clock time, without a time-zone database.
 *
 * China keeps one zone, UTC+8, with no daylight saving since 1991, so converting an instant to
 * Beijing wall-clock parts is plain arithmetic and does not depend on the device.
 *
 * The `opening_hours` library, however, reads dates in the JavaScript runtime's *local* zone.
 * To make it evaluate Beijing hours on a phone set to New York, we hand it a "fake local" Date
 * whose local fields (year … minute) equal the Beijing wall clock, and read its answers back
 * through the local fields. Differences are always taken between real instants, never between
 * fake ones, so a DST change in the device zone never adds or removes minutes.
 *
 * The one unavoidable edge: a wall time that does not exist in the device zone (the hour skipped
 * when its clocks spring forward, e.g. 02:00–02:59 on 2026-03-08 in America/New_York) has no fake
 * local Date. `toFakeLocal` then clamps to the first existing local instant after the gap, which
 * keeps the mapping monotone (earlier Beijing times never come out later) but reads back up to an
 * hour late. dayIntervals.ts sidesteps it for hours that repeat weekly (nearly all) by evaluating
 * them on a reference day without a clock change; only date-dependent hours can still meet it.
 */

export const BEIJING_UTC_OFFSET_MINUTES = 480;
const OFFSET_MS = BEIJING_UTC_OFFSET_MINUTES * 60_000;
export const MS_PER_DAY = 86_400_000;

/** Wall-clock fields in Beijing. `month` is 1–12; `weekday` is 0 (Sunday) to 6 (Saturday). */
export interface BeijingParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

/** Fields for building an instant; the time of day defaults to midnight. */
export type BeijingFields = Pick<BeijingParts, 'year' | 'month' | 'day'> &
  Partial<Pick<BeijingParts, 'hour' | 'minute' | 'second' | 'millisecond'>>;

/**
 * The Beijing wall-clock fields of an instant.
 * @example
 * toBeijingParts(new Date('2026-02-16T20:30:00Z')) // { year: 2026, month: 2, day: 17, hour: 4, minute: 30, …, weekday: 2 }
 */
export function toBeijingParts(at: Date): BeijingParts {
  const shifted = new Date(at.getTime() + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    millisecond: shifted.getUTCMilliseconds(),
    weekday: shifted.getUTCDay(),
  };
}

/**
 * The instant at which Beijing clocks show the given fields. Out-of-range fields roll over
 * (day 32 is the 1st of next month), as with `Date.UTC`.
 * @example
 * fromBeijingParts({ year: 2026, month: 2, day: 17, hour: 8, minute: 30 }).toISOString() // '2026-02-17T00:30:00.000Z'
 */
export function fromBeijingParts(f: BeijingFields): Date {
  const utc = Date.UTC(f.year, f.month - 1, f.day, f.hour ?? 0, f.minute ?? 0, f.second ?? 0, f.millisecond ?? 0);
  return new Date(utc - OFFSET_MS);
}

/**
 * Days since 1970-01-01 in Beijing: a compact key for "the Beijing date of this instant".
 * @example
 * beijingDayNumber(new Date('2026-02-17T10:00:00+08:00')) // 20501
 */
export function beijingDayNumber(at: Date): number {
  return Math.floor((at.getTime() + OFFSET_MS) / MS_PER_DAY);
}

/**
 * The instant of 00:00 Beijing time on a day number.
 * @example
 * beijingMidnight(20501).toISOString() // '2026-02-16T16:00:00.000Z'
 */
export function beijingMidnight(dayNumber: number): Date {
  return new Date(dayNumber * MS_PER_DAY - OFFSET_MS);
}

/**
 * 'YYYY-MM-DD' of a day number.
 * @example
 * dayNumberToDate(20501) // '2026-02-17'
 */
export function dayNumberToDate(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day number of a 'YYYY-MM-DD' date; throws a RangeError on anything else.
 * @example
 * dateToDayNumber('2026-02-17') // 20501
 */
export function dateToDayNumber(date: string): number {
  const m = DATE_RE.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!m || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`expected a calendar date 'YYYY-MM-DD', received ${JSON.stringify(date)}`);
  }
  return ms / MS_PER_DAY;
}

/**
 * The Beijing calendar date of an instant, as 'YYYY-MM-DD'.
 * @example
 * beijingDate(new Date('2026-02-16T20:00:00Z')) // '2026-02-17'
 */
export function beijingDate(at: Date): string {
  return dayNumberToDate(beijingDayNumber(at));
}

/**
 * Weekday of a 'YYYY-MM-DD' date, 0 (Sunday) to 6 (Saturday).
 * @example
 * weekdayOfDate('2026-02-14') // 6
 */
export function weekdayOfDate(date: string): number {
  return (((dateToDayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * A Date whose *local* fields equal the given Beijing wall clock, for the opening_hours library.
 * Not a real instant: never compare it with real dates. In a skipped local hour it clamps to the
 * end of the gap (see the file comment).
 * @example
 * toFakeLocal({ year: 2026, month: 2, day: 17, hour: 8 }).getHours() // 8, in any TZ
 */
export function toFakeLocal(f: BeijingFields): Date {
  const h = f.hour ?? 0;
  const min = f.minute ?? 0;
  const fake = new Date(f.year, f.month - 1, f.day, h, min, f.second ?? 0, f.millisecond ?? 0);
  const probe = new Date(f.year, f.month - 1, f.day + Math.floor((h * 60 + min) / 1440));
  const wanted = ((h * 60 + min) % 1440 + 1440) % 1440;
  if (fake.getDate() === probe.getDate() && fake.getHours() * 60 + fake.getMinutes() === wanted) return fake;
  // Skipped local time: JS moved it forward by the gap. Find the first instant after the gap.
  const after = fake.getTimezoneOffset();
  let lo = fake.getTime() - 3 * 3_600_000;
  let hi = fake.getTime();
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (new Date(mid).getTimezoneOffset() === after) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

/**
 * The real instant meant by a fake local Date (one made by `toFakeLocal` or returned by the
 * library when fed fake dates).
 * @example
 * fromFakeLocal(toFakeLocal({ year: 2026, month: 2, day: 17, hour: 8 })).toISOString() // '2026-02-17T00:00:00.000Z'
 */
export function fromFakeLocal(fake: Date): Date {
  return fromBeijingParts({
    year: fake.getFullYear(),
    month: fake.getMonth() + 1,
    day: fake.getDate(),
    hour: fake.getHours(),
    minute: fake.getMinutes(),
    second: fake.getSeconds(),
    millisecond: fake.getMilliseconds(),
  });
}

/**
 * True when the given calendar day is an ordinary 24-hour day in the runtime's local zone (its
 * midnight exists and no clock change falls inside it). Lets callers dodge the DST edge.
 * @example
 * isRegularLocalDay(2026, 3, 8) // false under TZ=America/New_York, true under TZ=Asia/Shanghai
 */
export function isRegularLocalDay(year: number, month: number, day: number): boolean {
  const start = new Date(year, month - 1, day);
  const end = new Date(year, month - 1, day + 1);
  return start.getHours() === 0 && end.getHours() === 0 && end.getTime() - start.getTime() === MS_PER_DAY;
}
