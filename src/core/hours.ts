/**
 * Is a station open at an instant, and what are its hours this week? Always in Beijing time,
 * whatever the device's zone, with China's official holidays and make-up working days.
 *
 * Semantics, in order:
 * 1. `status: permanently_closed` → permanently_closed.
 * 2. `status: temporarily_closed` and `at` inside the closure window (no `from` = already,
 *    no `until` = until further notice) → temporarily_closed with reason and until. Outside the
 *    window the normal hours apply, and the window is cut out of them: an open station whose
 *    closure starts in 10 minutes is "closing soon", and opensAt skips the window.
 * 3. `opening_hours` null → unknown('no_hours'); unreadable or unsupported → unknown('unreadable_hours').
 *    Unknown is never reported as open and never as closed. A time the hours themselves mark as
 *    unknown (`unknown` rule, open end `08:00+`) is reported as unknown('unreadable_hours') too.
 * 4. Otherwise the hours decide. Each Beijing calendar day owns the spans that *start* on it,
 *    chosen by that day's rules (later rules override earlier ones for that day, as in OSM), and
 *    the station is open when any day's span covers the instant (dayIntervals.ts):
 *    - on an official holiday (chinese-days, never the library's PH list) `holiday_hours` choose
 *      the day's spans when the station has them, else the regular spec, where `PH` rules apply
 *      on those holidays and only those. With no PH rule a holiday follows its weekday.
 *    - a make-up working day (a weekend day that is officially a working day) follows the rules of
 *      its nearest weekday: Saturday those of Friday, Sunday those of Monday.
 *    - a span across midnight (`22:00-06:00`) runs into the next morning whatever that day is:
 *      with `22:00-06:00; PH off` the night starting on a holiday's eve lasts until 06:00 on the
 *      holiday, and no night starts on a holiday. (opening_hours.js alone would instead close the
 *      holiday's whole date 00:00–24:00, yet keep the morning after the last holiday open; a
 *      rider would find that door locked.)
 * 5. Open → `closesAt` = end of the open run (null when it runs past 7 days: 24/7), and
 *    closing_soon when it closes within `closingSoonMinutes` (default 30; `minutesLeft` rounded
 *    down, so never more time than there is). Closed → `opensAt` = next opening within 8 days, or
 *    null (a period the hours mark unknown counts as an opening here: the state changes then).
 * Differences are taken between real instants, so a DST change in the device zone never shifts minutes.
 */
import { beijingDayNumber, beijingMidnight, dayNumberToDate, MS_PER_DAY } from './beijingTime.ts';
import { calendarFlags, compileHours, dayIntervals, isWeekStable, ownSpans } from './dayIntervals.ts';
import type { CompiledHours, DayInterval } from './dayIntervals.ts';
import { dayTypeOf } from './holidays.ts';
import type { DayType } from './holidays.ts';
import type { OpenState } from './openState.ts';
import type { StationProperties } from './station.ts';

type HoursProps = Pick<StationProperties, 'opening_hours' | 'holiday_hours' | 'status' | 'closure'>;

/** One Beijing day of a station's hours, for display. */
export interface DaySchedule {
  date: string;
  dayType: DayType;
  /** On a holiday its name; on a make-up working day the holiday it pays for (zh). */
  holidayName?: string;
  holidayNameEn?: string;
  /** Open periods starting that day; `overnight` ones end the next morning at `to`. */
  intervals: { from: string; to: string; overnight?: boolean }[];
  /** The hours are missing, unreadable, or say "unknown" for part of this day. */
  unknown?: boolean;
}

interface Span {
  from: number;
  to: number;
  unknown: boolean;
}

const MINUTE = 60_000;
const CLOSES_HORIZON_MS = 7 * MS_PER_DAY;
const OPENS_HORIZON_MS = 8 * MS_PER_DAY;

function ownOn(regular: CompiledHours, props: HoursProps, day: number): DayInterval[] {
  const spec = props.holiday_hours && calendarFlags(day).holiday ? compileHours(props.holiday_hours) : regular;
  return dayIntervals(spec, day) ?? [{ fromMinute: 0, toMinute: 1440, unknown: true }];
}

function mergeSorted(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans.sort((a, b) => a.from - b.from)) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Open spans over days `firstDay`…`lastDay` (plus the night before), in time order: the union of
 * what each day owns, with `cut` (a closure) removed. Where the hours say "open" and "unknown" at
 * once, open wins.
 */
function timeline(regular: CompiledHours, props: HoursProps, firstDay: number, lastDay: number, cut?: [number, number]): Span[] {
  const all: Span[] = [];
  for (let day = firstDay - 1; day <= lastDay; day++) {
    const base = beijingMidnight(day).getTime();
    for (const iv of ownOn(regular, props, day)) {
      const whole = { from: base + iv.fromMinute * MINUTE, to: base + iv.toMinute * MINUTE, unknown: iv.unknown };
      const pieces = cut
        ? [{ ...whole, to: Math.min(whole.to, cut[0]) }, { ...whole, from: Math.max(whole.from, cut[1]) }]
        : [whole];
      for (const piece of pieces) if (piece.to > piece.from) all.push(piece);
    }
  }
  const known = mergeSorted(all.filter((s) => !s.unknown));
  const unknown: Span[] = [];
  for (const u of mergeSorted(all.filter((s) => s.unknown))) {
    let from = u.from;
    for (const k of known) {
      if (k.to <= from || k.from >= u.to) continue;
      if (k.from > from) unknown.push({ from, to: k.from, unknown: true });
      from = Math.max(from, k.to);
    }
    if (from < u.to) unknown.push({ from, to: u.to, unknown: true });
  }
  return [...known, ...unknown].sort((a, b) => a.from - b.from);
}

/**
 * The state of a station at an instant (see the file comment for the rules).
 * @example
 * const props = { opening_hours: 'Mo-Fr 09:00-12:00,13:30-18:00', status: 'operational' } as const;
 * stationStateAt(props, new Date('2026-02-10T17:45:00+08:00'))
 * // { kind: 'closing_soon', closesAt: 2026-02-10T18:00+08:00, minutesLeft: 15 }
 */
export function stationStateAt(props: HoursProps, at: Date, options: { closingSoonMinutes?: number } = {}): OpenState {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new RangeError('stationStateAt: expected a valid Date for `at`, received Invalid Date');
  if (props.status === 'permanently_closed') return { kind: 'permanently_closed' };
  let cut: [number, number] | undefined;
  if (props.status === 'temporarily_closed') {
    const from = props.closure?.from ? Date.parse(props.closure.from) : NaN;
    const to = props.closure?.until ? Date.parse(props.closure.until) : NaN;
    cut = [Number.isNaN(from) ? -Infinity : from, Number.isNaN(to) ? Infinity : to];
    if (cut[0] <= t && t < cut[1]) {
      const until = Number.isFinite(cut[1]) ? new Date(cut[1]) : null;
      return { kind: 'temporarily_closed', reason: props.closure?.reason ?? '', until };
    }
  }
  if (props.opening_hours === null) return { kind: 'unknown', reason: 'no_hours' };
  const regular = compileHours(props.opening_hours);
  if (!regular.ok) return { kind: 'unknown', reason: 'unreadable_hours' };
  const soonMs = (options.closingSoonMinutes ?? 30) * MINUTE;
  const day = beijingDayNumber(at);
  for (const span of timeline(regular, props, day, day + 8, cut)) {
    if (span.to <= t) continue;
    if (span.from > t) return { kind: 'closed', opensAt: span.from - t <= OPENS_HORIZON_MS ? new Date(span.from) : null };
    if (span.unknown) return { kind: 'unknown', reason: 'unreadable_hours' };
    const msLeft = span.to - t;
    if (msLeft > CLOSES_HORIZON_MS) return { kind: 'open', closesAt: null };
    if (msLeft <= soonMs) return { kind: 'closing_soon', closesAt: new Date(span.to), minutesLeft: Math.floor(msLeft / MINUTE) };
    return { kind: 'open', closesAt: new Date(span.to) };
  }
  return { kind: 'closed', opensAt: null };
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * The published hours per Beijing date, from the date of `from`, for display ("hours in plain
 * words"): the spans that start on each date, an overnight one ending the next morning at `to`.
 * Status and closures are not applied here: show `stationStateAt` next to it.
 * @example
 * weekSchedule({ opening_hours: '22:00-06:00', status: 'operational' }, new Date('2026-02-13T12:00:00+08:00'), 2)
 * // [{ date: '2026-02-13', dayType: 'workday', intervals: [{ from: '22:00', to: '06:00', overnight: true }] },
 * //  { date: '2026-02-14', dayType: 'makeup_workday', holidayName: '春节', holidayNameEn: 'Spring Festival',
 * //    intervals: [{ from: '22:00', to: '06:00', overnight: true }] }]
 */
export function weekSchedule(props: HoursProps, from: Date, days = 7): DaySchedule[] {
  if (Number.isNaN(from.getTime())) throw new RangeError('weekSchedule: expected a valid Date for `from`, received Invalid Date');
  const first = beijingDayNumber(from);
  const regular = props.opening_hours === null ? undefined : compileHours(props.opening_hours);
  const out: DaySchedule[] = [];
  for (let day = first; day < first + days; day++) {
    const date = dayNumberToDate(day);
    const info = dayTypeOf(date);
    const entry: DaySchedule = { date, dayType: info.type, intervals: [] };
    if (info.name) Object.assign(entry, { holidayName: info.name, holidayNameEn: info.nameEn });
    if (!regular?.ok) entry.unknown = true;
    for (const iv of regular?.ok ? ownOn(regular, props, day) : []) {
      if (iv.unknown) entry.unknown = true;
      else if (iv.toMinute <= 1440) entry.intervals.push({ from: hhmm(iv.fromMinute), to: hhmm(iv.toMinute) });
      else entry.intervals.push({ from: hhmm(iv.fromMinute), to: hhmm(iv.toMinute - 1440), overnight: true });
    }
    out.push(entry);
  }
  return out;
}

const always = new Map<string, boolean>();
const covers = (ivs: DayInterval[] | null) =>
  ivs?.some((iv) => !iv.unknown && iv.fromMinute === 0 && iv.toMinute >= 1440) ?? false;
const REFERENCE_SUNDAY = 20240; // 2025-06-01, far from any DST change

/**
 * True when the station's hours are open round the clock every day, holidays and make-up days
 * included (independent of the date). False for permanently closed stations and unknown hours;
 * a temporarily closed station keeps its hours (combine with stationStateAt).
 * @example
 * is24_7({ opening_hours: '24/7', status: 'operational' }) // true
 * is24_7({ opening_hours: 'Mo-Su 00:00-24:00; PH off', status: 'operational' }) // false
 */
export function is24_7(props: HoursProps): boolean {
  if (props.status === 'permanently_closed' || props.opening_hours === null) return false;
  const key = `${props.opening_hours}\u0000${props.holiday_hours ?? ''}`;
  const hit = always.get(key);
  if (hit !== undefined) return hit;
  const regular = compileHours(props.opening_hours);
  const holiday = props.holiday_hours ? compileHours(props.holiday_hours) : regular;
  let result = isWeekStable(regular) && isWeekStable(holiday);
  for (let w = 0; w < 7 && result; w++) {
    const day = REFERENCE_SUNDAY + w;
    result =
      covers(ownSpans(regular, day, { weekday: w, holiday: false })) &&
      covers(ownSpans(holiday, day, { weekday: w, holiday: true }));
  }
  if (always.size >= 256) always.clear();
  always.set(key, result);
  return result;
}
