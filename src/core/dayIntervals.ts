/**
 * The spans an OpenStreetMap `opening_hours` spec gives to one Beijing day, under China's calendar.
 *
 * A day "owns" the spans that start on it, chosen by that day's rules; a span crossing midnight
 * runs into the next morning whatever the next day is (hours.ts takes the union of the days).
 * The `opening_hours` library evaluates each day, fed like this:
 * - Fake local dates (beijingTime.ts), since it reads the device's zone.
 * - The weekday selectors (hoursSpec.ts) are rewritten for day D: one that matches D *under
 *   China's calendar* becomes D's weekday name, any other a weekday three days away, so no rule
 *   matches D-1 or D+1. `PH` matches exactly the chinese-days holidays (the library's PH list is
 *   never used); a make-up working day counts as its nearest weekday (Saturday as Friday, Sunday
 *   as Monday); nth weekdays (`Mo[1]`) are checked against the real date. The library then applies
 *   the rules (later ones override earlier ones for D, comments, `unknown`) natively over D and D+1.
 * - A spec that does not depend on the date gives the same spans to every day on which the same
 *   selectors match: it is evaluated once per such combination, on a reference Wednesday on which
 *   the device zone changes no clocks (so the DST gap of beijingTime.ts never arises). Specs with
 *   dates, months or weeks are evaluated on the day itself (the gap remains possible there).
 * - Caches, all bounded: parses by string, spans per (spec, selector combination) and per (spec, day).
 * - Plain specs (`24/7`, `Mo-Fr 08:30-17:30; PH off`, …) skip the library: simpleHours.ts reads and
 *   evaluates them the same way, so the rider app can load the library only when a spec needs it.
 */
import opening_hours from 'opening_hours';
import { dayNumberToDate, isRegularLocalDay } from './beijingTime.ts';
import { dayTypeOf } from './holidays.ts';
import { NAMES, NOMINATIM, readSpec, rewrite, selectorMatches } from './hoursSpec.ts';
import type { DayFlags, SpecSelectors } from './hoursSpec.ts';
import { compileSimpleHours, simpleDaySpans } from './simpleHours.ts';
import type { SimpleHours } from './simpleHours.ts';

export type { DayFlags } from './hoursSpec.ts';

/** A span owned by a day, in minutes after that day's Beijing midnight (`toMinute` up to 2880). */
export interface DayInterval {
  fromMinute: number;
  toMinute: number;
  /** The spec itself says the state is unknown here (`unknown`, open end `08:00+`). */
  unknown: boolean;
}

type Ok = SpecSelectors & {
  ok: true;
  simple?: undefined;
  /** No date, month or week selectors: the hours repeat every week. */
  stable: boolean;
  byMask: Map<string, DayInterval[] | null>;
  days: Map<number, DayInterval[]>;
};
/** A plain spec, evaluated without the library (simpleHours.ts). */
type Simple = { ok: true; simple: SimpleHours; stable: true; days: Map<number, DayInterval[]> };
/** A spec checked once; `ok: false` when it cannot be read (see hoursSpec.ts). */
export type CompiledHours = Ok | Simple | { ok: false };

const parses = new Map<string, opening_hours | null>();
const compiled = new Map<string, CompiledHours>();
const flagCache = new Map<number, DayFlags>();
function remember<K, V>(map: Map<K, V>, key: K, value: V, max: number): V {
  if (map.size >= max) map.delete(map.keys().next().value as K);
  map.set(key, value);
  return value;
}

function parse(spec: string): opening_hours | null {
  const hit = parses.get(spec);
  if (hit !== undefined) return hit;
  let oh: opening_hours | null = null;
  try {
    oh = new opening_hours(spec, NOMINATIM, 0);
  } catch {
    oh = null;
  }
  return remember(parses, spec, oh, 512);
}

/**
 * Parses and checks a spec once; later calls with the same string return the cached result.
 * @example
 * compileHours('Mo-Fr 08:30-17:30; PH off').ok // true
 * compileHours('sometimes').ok // false
 */
export function compileHours(spec: string): CompiledHours {
  const hit = compiled.get(spec);
  if (hit) return hit;
  const simple = compileSimpleHours(spec);
  const result: CompiledHours = simple ? { ok: true, simple, stable: true, days: new Map() } : compileWithLibrary(spec);
  return remember(compiled, spec, result, 256);
}

/**
 * compileHours through the opening_hours library, whatever the spec (simpleHours.test.ts compares
 * the two ways on the plain specs).
 */
export function compileWithLibrary(spec: string): CompiledHours {
  const read = readSpec(spec);
  let result: CompiledHours = { ok: false };
  if (read) {
    // Every selector as Saturday is the variant `evaluate` parses for "no selector matches" on the
    // reference Wednesday, so this parse gets reused. It also proves the rewritten spec parses.
    const check = parse(rewrite(read, () => 'Sa'));
    if (check) result = { ok: true, ...read, stable: check.isWeekStable(), byMask: new Map(), days: new Map() };
  }
  return result;
}

/**
 * The flags of a Beijing day from the official calendar (cached).
 * @example
 * calendarFlags(20498) // { weekday: 5, holiday: false } (2026-02-14, a make-up Saturday, counts as Friday)
 */
export function calendarFlags(dayNumber: number): DayFlags {
  const hit = flagCache.get(dayNumber);
  if (hit) return hit;
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  const info = dayTypeOf(dayNumberToDate(dayNumber));
  const flags: DayFlags =
    info.type === 'makeup_workday'
      ? { weekday: weekday === 6 ? 5 : 1, holiday: false }
      : { weekday, holiday: info.type === 'holiday' };
  return remember(flagCache, dayNumber, flags, 4096);
}

let referenceDay: number | undefined;
/** A Wednesday on which (and on the day after which) the device zone changes no clocks. */
function reference(): number {
  const ymd = (n: number) => dayNumberToDate(n).split('-').map(Number) as [number, number, number];
  const regular = (n: number) => isRegularLocalDay(...ymd(n)) && isRegularLocalDay(...ymd(n + 1));
  referenceDay ??= Array.from({ length: 52 }, (_, i) => 20250 + 7 * i).find(regular) ?? 20250; // 20250 = 2025-06-11
  return referenceDay;
}

/** Runs the library over days `dayNumber` and the next, with the selectors set by `mask`. */
function evaluate(c: Ok, dayNumber: number, mask: boolean[]): DayInterval[] | null {
  const weekday = (((dayNumber + 4) % 7) + 7) % 7;
  let i = 0;
  const oh = parse(rewrite(c, () => NAMES[mask[i++] ? weekday : (weekday + 3) % 7]!));
  if (!oh) return null;
  const [y, m, d] = dayNumberToDate(dayNumber).split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d);
  const end = new Date(y, m - 1, d + 2);
  const minute = (x: Date) =>
    x.getTime() >= end.getTime() ? 2880 : (x.getDate() === start.getDate() ? 0 : 1440) + x.getHours() * 60 + x.getMinutes();
  const out: DayInterval[] = [];
  for (const [from, to, unknown] of oh.getOpenIntervals(start, end)) {
    const iv = { fromMinute: minute(from), toMinute: minute(to), unknown };
    const last = out[out.length - 1];
    if (last && last.toMinute === iv.fromMinute && last.unknown === iv.unknown) last.toMinute = iv.toMinute;
    else if (iv.toMinute > iv.fromMinute) out.push(iv);
  }
  // The library keeps the after-midnight part of a span even when a later rule overrode its
  // day (`Mo-Su 22:00-06:00; PH off` would still open 00:00-06:00 after a holiday). D owns only
  // what continues a span still open at D's midnight: drop the disconnected rest.
  return out.filter((iv) => iv.fromMinute < 1440);
}

/**
 * The spans day `dayNumber` owns under explicit flags (weekday, holiday); null when the spec
 * cannot be read. Used directly for "what if" questions such as is24_7.
 * @example
 * ownSpans(compileHours('22:00-06:00'), 20494, { weekday: 2, holiday: false })
 * // [{ fromMinute: 1320, toMinute: 1800, unknown: false }]: 22:00 until 06:00 the next morning
 */
export function ownSpans(c: CompiledHours, dayNumber: number, flags: DayFlags): DayInterval[] | null {
  if (!c.ok) return null;
  if (c.simple) return simpleDaySpans(c.simple, flags).map((span) => ({ ...span, unknown: false }));
  const mask = c.selectors.map((sel) => selectorMatches(sel, flags, dayNumber));
  if (!c.stable) return evaluate(c, dayNumber, mask);
  const key = mask.map(Number).join('');
  const hit = c.byMask.get(key);
  return hit !== undefined ? hit : remember(c.byMask, key, evaluate(c, reference(), mask), 64);
}

/**
 * The spans a Beijing day owns under the official calendar (cached per spec and day).
 * @example
 * dayIntervals(compileHours('Mo-Fr 08:30-17:30; PH off'), 20501) // [] (2026-02-17, Spring Festival)
 */
export function dayIntervals(c: CompiledHours, dayNumber: number): DayInterval[] | null {
  if (!c.ok) return null;
  const hit = c.days.get(dayNumber);
  if (hit) return hit;
  const result = ownSpans(c, dayNumber, calendarFlags(dayNumber));
  return result && remember(c.days, dayNumber, result, 512);
}

/**
 * True when the spec gives the same hours every week (no dates, months or week numbers).
 * @example
 * isWeekStable(compileHours('Mo-Fr 08:30-17:30; PH off')) // true
 */
export function isWeekStable(c: CompiledHours): boolean {
  return c.ok && c.stable;
}
