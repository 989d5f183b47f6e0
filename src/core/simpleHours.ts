/**
 * The plain `opening_hours` specs almost every station has (`24/7`, `Mo-Su 07:00-22:00`,
 * `Mo-Fr 08:30-17:30; PH off`, `22:00-06:00`, `Mo-Fr 09:00-12:00,13:30-18:00`), read and evaluated
 * without the opening_hours library. Why: that library is most of the rider app's code
 * (~90 KB compressed), and on a slow connection the list must not wait for it; the app loads it
 * only for a spec outside this subset (src/app/offline/lazyOpeningHours.ts).
 *
 * The subset: `24/7`, or rules separated by `;` (each overriding earlier ones on the days it
 * matches, as in OSM), each an optional weekday selector (`Mo-Fr`, `Sa,Su,PH`, `Sa-Mo`, `PH`) and
 * either `off`/`closed` or time spans `HH:MM-HH:MM[,HH:MM-HH:MM…]` (an end at or before the start
 * runs past midnight). Anything else (`, ` additional rules, `||`, comments, `unknown`, open ends,
 * dates, `PH Mo-Fr`, nth weekdays, sun times) returns null and goes to the library.
 * Evaluated per day exactly as dayIntervals.ts evaluates with the library (simpleHours.test.ts
 * compares the two on every weekday/holiday combination).
 */
import type { DayFlags } from './hoursSpec.ts';

/** A span a day owns, in minutes after its midnight (`toMinute` up to 2880). */
export interface SimpleSpan {
  fromMinute: number;
  toMinute: number;
}

interface SimpleRule {
  /** null: every day. */
  days: { from: number; to: number }[] | null;
  ph: boolean;
  spans: SimpleSpan[];
}

export interface SimpleHours {
  rules: SimpleRule[];
}

const DAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const SELECTOR = new RegExp(`^(?:PH|${DAY}(?:-${DAY})?)(?:,(?:PH|${DAY}(?:-${DAY})?))*$`);
const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;

function minutes(text: string): number | null {
  const m = TIME.exec(text);
  if (!m) return null;
  const value = Number(m[1]) * 60 + Number(m[2]);
  return value <= 1440 ? value : null;
}

function readSpans(text: string): SimpleSpan[] | null {
  const spans: SimpleSpan[] = [];
  for (const part of text.split(',')) {
    const [a, b, extra] = part.split('-');
    if (a === undefined || b === undefined || extra !== undefined) return null;
    const from = minutes(a);
    const to = minutes(b);
    if (from === null || to === null || from >= 1440) return null;
    spans.push({ fromMinute: from, toMinute: to > from ? to : to + 1440 });
  }
  // Overlapping or touching spans are one opening, as the library reports them.
  spans.sort((x, y) => x.fromMinute - y.fromMinute);
  const merged: SimpleSpan[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.fromMinute <= last.toMinute) last.toMinute = Math.max(last.toMinute, s.toMinute);
    else merged.push({ ...s });
  }
  return merged;
}

function readRule(text: string): SimpleRule | null {
  if (text === '24/7') return { days: null, ph: false, spans: [{ fromMinute: 0, toMinute: 1440 }] };
  const words = text.split(' ');
  if (words.length > 2 || words.some((w) => w === '')) return null;
  const selector = words.length === 2 ? words[0]! : null;
  const body = words[words.length - 1]!;
  let rule: SimpleRule = { days: null, ph: false, spans: [] };
  if (selector !== null) {
    if (!SELECTOR.test(selector)) return null;
    const days: { from: number; to: number }[] = [];
    for (const item of selector.split(',')) {
      if (item === 'PH') rule.ph = true;
      else {
        const [from = '', to = from] = item.split('-');
        days.push({ from: DAYS.indexOf(from), to: DAYS.indexOf(to) });
      }
    }
    rule = { ...rule, days };
  } else if (SELECTOR.test(body)) {
    return null; // a selector alone ("Mo-Fr") means "open all day" in OSM; leave it to the library
  }
  if (body === 'off' || body === 'closed') return rule;
  const spans = readSpans(body);
  return spans ? { ...rule, spans } : null;
}

const cache = new Map<string, SimpleHours | null>();

/**
 * Reads a spec of the simple subset; null for anything else (the caller uses the library).
 * @example
 * compileSimpleHours('Mo-Fr 08:30-17:30; PH off') // { rules: [Mo-Fr 510–1050, PH off] }
 * compileSimpleHours('Mo-Fr 08:00-12:00, Sa 10:00-12:00') // null (an additional rule)
 */
export function compileSimpleHours(spec: string): SimpleHours | null {
  const hit = cache.get(spec);
  if (hit !== undefined) return hit;
  const rules: SimpleRule[] = [];
  let ok = spec.trim() !== '';
  for (const part of spec.trim().split(/ *; */)) {
    const rule = ok ? readRule(part) : null;
    if (!rule) {
      ok = false;
      break;
    }
    rules.push(rule);
  }
  const result = ok ? { rules } : null;
  if (cache.size >= 512) cache.delete(cache.keys().next().value as string);
  cache.set(spec, result);
  return result;
}

function matches(rule: SimpleRule, day: DayFlags): boolean {
  if (rule.days === null) return true;
  if (rule.ph && day.holiday) return true;
  const w = day.weekday;
  return rule.days.some((d) => (d.from <= d.to ? d.from <= w && w <= d.to : w >= d.from || w <= d.to)); // Sa-Mo wraps
}

/**
 * The spans a day with these flags owns: those of the last rule that matches it. Like the library,
 * an earlier rule it overrides still contributes the part of its overnight spans after midnight,
 * but only where that continues one of the day's own spans (dayIntervals.ts drops the rest).
 * @example
 * simpleDaySpans(compileSimpleHours('22:00-06:00')!, { weekday: 2, holiday: false }) // [{ fromMinute: 1320, toMinute: 1800 }]
 */
export function simpleDaySpans(hours: SimpleHours, day: DayFlags): SimpleSpan[] {
  const matching = hours.rules.filter((rule) => matches(rule, day));
  const winner = matching[matching.length - 1];
  if (!winner) return [];
  const pieces = winner.spans.map((s) => ({ ...s }));
  for (const rule of matching.slice(0, -1)) {
    for (const s of rule.spans) if (s.toMinute > 1440) pieces.push({ fromMinute: Math.max(s.fromMinute, 1440), toMinute: s.toMinute });
  }
  pieces.sort((a, b) => a.fromMinute - b.fromMinute);
  const merged: SimpleSpan[] = [];
  for (const s of pieces) {
    const last = merged[merged.length - 1];
    if (last && s.fromMinute <= last.toMinute) last.toMinute = Math.max(last.toMinute, s.toMinute);
    else merged.push(s);
  }
  return merged.filter((s) => s.fromMinute < 1440);
}
