/**
 * The friendly hours editor's model: seven day rows ↔ an OpenStreetMap `opening_hours` string.
 *
 * Only the plain weekly shape round-trips (`24/7`, `Mo-Fr 08:30-17:30; Sa 10:00-14:00`,
 * `22:00-06:00`, `off`), optionally followed by public-holiday rules at the end
 * (`…; PH off`, `…; PH 10:00-16:00`), which the rows keep as they are: anything richer (PH
 * before a weekday rule, months, weeks, comments, `+`, `||`) is "custom" and is edited as text. Whether a string is valid at all is decided by the same compiler the
 * rider app evaluates with (`compileHours`), never by this file.
 */
import { compileHours } from '../../core/dayIntervals.ts';

export const DAY_KEYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
export type DayKey = (typeof DAY_KEYS)[number];

/** 'HH:MM'. A span whose `to` is not after `from` runs past midnight (overnight). */
export interface Span {
  from: string;
  to: string;
}

export type DayHours = { kind: 'closed' } | { kind: 'allDay' } | { kind: 'spans'; spans: Span[] };
export type WeekRows = Record<DayKey, DayHours>;

export type HoursPreset = '24_7' | 'everyDay' | 'weekdays' | 'overnight' | 'splitShift';
export const HOURS_PRESETS: readonly HoursPreset[] = ['24_7', 'everyDay', 'weekdays', 'overnight', 'splitShift'];

const PRESET_SPECS: Record<HoursPreset, string> = {
  '24_7': '24/7',
  everyDay: 'Mo-Su 08:00-20:00',
  weekdays: 'Mo-Fr 09:00-18:00',
  overnight: 'Mo-Su 22:00-06:00',
  splitShift: 'Mo-Fr 09:00-12:00,13:30-18:00',
};

export const presetSpec = (preset: HoursPreset): string => PRESET_SPECS[preset];

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
const SPAN = /^([01]\d|2[0-4]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/;

export function closedWeek(): WeekRows {
  return Object.fromEntries(DAY_KEYS.map((d) => [d, { kind: 'closed' }])) as WeekRows;
}

/** A time input cannot hold 24:00: an end of 00:00 after a start means midnight. */
const endTime = (s: Span): string => (s.to === '00:00' && s.from !== '00:00' ? '24:00' : s.to);

function dayHoursKey(h: DayHours): string {
  switch (h.kind) {
    case 'closed':
      return 'off';
    case 'allDay':
      return '00:00-24:00';
    case 'spans':
      return h.spans.map((s) => `${s.from}-${endTime(s)}`).join(',');
  }
}

/** `Mo,Tu,We,Fr` → `Mo-We,Fr`. */
function daySelector(days: DayKey[]): string {
  const idx = days.map((d) => DAY_KEYS.indexOf(d)).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const first = DAY_KEYS[idx[i]!]!;
    const last = DAY_KEYS[idx[j]!]!;
    parts.push(j === i ? first : j === i + 1 ? `${first},${last}` : `${first}-${last}`);
    i = j + 1;
  }
  return parts.join(',');
}

/**
 * Writes the rows as OSM syntax; days left closed are simply not named (closed by default).
 * @example rowsToSpec(parseWeek('Mo-Fr 08:30-17:30')!) // 'Mo-Fr 08:30-17:30'
 */
export function rowsToSpec(rows: WeekRows): string {
  const keys = DAY_KEYS.map((d) => dayHoursKey(rows[d]));
  if (keys.every((k) => k === '00:00-24:00')) return '24/7';
  if (keys.every((k) => k === 'off')) return 'off';
  const groups = new Map<string, DayKey[]>();
  DAY_KEYS.forEach((d, i) => {
    const k = keys[i]!;
    if (k === 'off' || k === '') return;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  });
  return [...groups.entries()].map(([times, days]) => `${daySelector(days)} ${times}`).join('; ');
}

function readDays(selector: string): DayKey[] | null {
  const out = new Set<DayKey>();
  for (const part of selector.split(',')) {
    const [a, b] = part.split('-');
    const from = DAY_KEYS.indexOf(a as DayKey);
    const to = b === undefined ? from : DAY_KEYS.indexOf(b as DayKey);
    if (from < 0 || to < 0) return null;
    // Mo-Su is a range; Sa-Mo wraps around the week end.
    for (let i = from; ; i = (i + 1) % 7) {
      out.add(DAY_KEYS[i]!);
      if (i === to) break;
    }
  }
  return [...out];
}

function readTimes(text: string): DayHours | null {
  if (text === 'off' || text === 'closed') return { kind: 'closed' };
  const spans: Span[] = [];
  for (const part of text.split(',')) {
    const m = SPAN.exec(part.trim());
    if (!m) return null;
    spans.push({ from: `${m[1]}:${m[2]}`, to: `${m[3]}:${m[4]}` });
  }
  if (spans.length === 1 && spans[0]!.from === '00:00' && spans[0]!.to === '24:00') return { kind: 'allDay' };
  return { kind: 'spans', spans };
}

/**
 * Reads a plain weekly spec into rows, or null when it is richer than rows can show (a
 * public-holiday rule included: see parseHours for the rows plus that rule).
 * @example parseWeek('24/7')!.Mo // { kind: 'allDay' }
 * @example parseWeek('Mo-Fr 08:00-12:00; PH off') // null
 */
export function parseWeek(spec: string): WeekRows | null {
  const text = spec.trim().replace(/\s+/g, ' ');
  if (text === '24/7') return Object.fromEntries(DAY_KEYS.map((d) => [d, { kind: 'allDay' }])) as WeekRows;
  const rows = closedWeek();
  for (const raw of text.split(';')) {
    const rule = raw.trim();
    if (!rule) continue;
    if (/^PH\b/.test(rule)) return null;
    const m = /^((?:Mo|Tu|We|Th|Fr|Sa|Su)(?:[-,](?:Mo|Tu|We|Th|Fr|Sa|Su))*)?\s*(.+)$/.exec(rule);
    if (!m) return null;
    const days = m[1] ? readDays(m[1]) : [...DAY_KEYS];
    const times = readTimes(m[2]!.trim());
    if (!days || !times) return null;
    for (const d of days) rows[d] = times; // a later rule replaces an earlier one for its days (OSM)
  }
  return rows;
}

/** The weekly rows and, when the spec ends with public-holiday rules, those rules as written. */
export interface WeekHours {
  rows: WeekRows;
  /** E.g. `PH off` or `PH 10:00-16:00`; null when the spec has no holiday rule. */
  holidayRule: string | null;
}

/**
 * Splits trailing `PH …` rules off a weekly spec. They must come last: a weekday rule after them
 * would override them on a holiday (OSM: a later rule wins), which rows cannot show.
 * @example parseHours('Mo-Fr 08:30-17:30; PH off') // { rows: {Mo…Fr 08:30-17:30}, holidayRule: 'PH off' }
 * @example parseHours('PH off; Mo-Fr 08:30-17:30') // null (edit as text)
 */
export function parseHours(spec: string): WeekHours | null {
  const rules = spec
    .trim()
    .replace(/\s+/g, ' ')
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean);
  let first = rules.length;
  while (first > 0 && /^PH\s/.test(rules[first - 1]!)) first--;
  const holiday = rules.slice(first);
  if (holiday.some((r) => readTimes(r.slice(3).trim()) === null)) return null;
  const week = rules.slice(0, first).join('; ');
  const rows = week ? parseWeek(week) : null;
  if (!rows) return null;
  return { rows, holidayRule: holiday.length > 0 ? holiday.join('; ') : null };
}

/**
 * Writes rows plus the holiday rule kept from the spec they came from.
 * @example hoursToSpec(parseWeek('Mo-Fr 09:00-18:00')!, 'PH off') // 'Mo-Fr 09:00-18:00; PH off'
 */
export function hoursToSpec(rows: WeekRows, holidayRule: string | null): string {
  const week = rowsToSpec(rows);
  return holidayRule ? `${week}; ${holidayRule}` : week;
}

/**
 * The public-holiday part written in the hours themselves, as written (`PH off`), or null.
 * @example holidayRuleInHours('Mo-Fr 08:30-17:30; PH off') // 'PH off'
 * @example holidayRuleInHours('Mo-Fr,PH 08:00-12:00') // 'Mo-Fr,PH 08:00-12:00'
 */
export function holidayRuleInHours(spec: string | null): string | null {
  if (!spec) return null;
  const rules = spec.split(';').map((r) => r.trim()).filter((r) => /\bPH\b/.test(r));
  return rules.length > 0 ? rules.join('; ') : null;
}

export type SpecCheck = { ok: true } | { ok: false; reason: 'empty' | 'tooLong' | 'unreadable' | 'badTime' };

/** Whether a spec can be saved: the same compiler the rider app uses must read it. */
export function checkSpec(spec: string): SpecCheck {
  const text = spec.trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (text.length > 500) return { ok: false, reason: 'tooLong' };
  return compileHours(text).ok ? { ok: true } : { ok: false, reason: 'unreadable' };
}

/** Row-level checks before writing the spec: times present and well-formed. */
export function rowsProblem(rows: WeekRows): DayKey | null {
  for (const d of DAY_KEYS) {
    const h = rows[d];
    if (h.kind !== 'spans') continue;
    if (h.spans.length === 0 || h.spans.some((s) => !TIME.test(s.from) || !TIME.test(s.to) || s.from === s.to)) return d;
    if (h.spans.some((s) => s.from === '24:00')) return d;
  }
  return null;
}

/** The spans across midnight, for the "ends next morning" hint. */
export const isOvernight = (s: Span): boolean => s.to !== '24:00' && s.to <= s.from;
