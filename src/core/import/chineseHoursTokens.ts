/**
 * The lexer for Chinese opening hours: normalises widths and dashes, then cuts the text into
 * day sets, time ranges, "all day", "closed" and "same as usual" tokens, skipping filler
 * words (开放, 营业, 夜间 …) and separators. A character that fits none of these stops it with
 * the fragment quoted, so the caller can refuse instead of guessing. chineseHours.ts turns
 * the tokens into OSM rules.
 */

export type HoursFailureCode =
  | 'empty'
  | 'by_arrangement'
  | 'unrecognised'
  | 'days_without_times'
  | 'closed_without_days'
  | 'conflicting'
  | 'invalid_time'
  | 'zero_length'
  | 'longer_than_a_day'
  | 'not_valid_osm';

export type ChineseHoursResult =
  | { ok: true; osm: string; note: string; noteZh: string }
  | { ok: false; reason: string; reasonZh: string; code: HoursFailureCode };

export type HoursFailure = Extract<ChineseHoursResult, { ok: false }>;

export const fail = (code: HoursFailureCode, reason: string, reasonZh: string): HoursFailure => ({ ok: false, code, reason, reasonZh });

/** Days as a bit set: bit 0 is Monday … bit 6 Sunday. */
export const ALL_DAYS = 0b1111111;
const WORKDAYS = 0b0011111;
const WEEKEND = 0b1100000;
/** 一 … 六 are Monday … Saturday; 日 and 天 are Sunday; 1 … 7 likewise. */
const DAY_CHARS: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, '1': 0, '2': 1, '3': 2, '4': 3, '5': 4, '6': 5, '7': 6 };

/** Readings the converter mentions in its note. */
export type Caveat = 'workday' | 'overnight' | 'whole_hours' | 'holiday' | 'holiday_same';

export type Token =
  | { t: 'days'; days: number; ph: boolean }
  | { t: 'time'; from: number; to: number }
  | { t: 'allday' }
  | { t: 'off' }
  | { t: 'same' };

// Words that mean "there are no fixed hours". Matched anywhere, before anything else.
export const ARRANGEMENT = /面议|不定时|不固定|不定|待定|另行通知|视情况|看情况|预约|电话联系|临时开放/;
const DAY_GROUPS: [RegExp, number, boolean, Caveat?][] = [
  [/每天|每日|天天|全周|每周七天|一周七天/y, ALL_DAYS, false],
  [/工作日/y, WORKDAYS, false, 'workday'],
  [/周末|双休日|双休/y, WEEKEND, false],
  [/法定节假日|法定假日|节假日|公众假期|节日|假日/y, 0, true, 'holiday'],
];
const ALL_DAY = /(?:7\s*[x×*]\s*)?24\s*(?:小时|h(?:ours?|rs?)?\b|h)|全天候|全天/iy;
const SAME = /照常开放|照常|正常开放|正常营业|正常|不休息|不休/y;
const OFF = /休息|闭馆|休馆|闭站|关闭|关门|不开放|不营业|停业|歇业|除外|休/y;
const FILLER = /营业时间|开放时间|服务时间|办公时间|时间段|时段|营业|开放|开门|对外|服务|时间|夜间|白天|日间|晚间|期间|均为|均|都|为|是|从|起|每(?=周|星期|礼拜)|:/y;
const SEPARATOR = /[;,、/()[\]和及]|\s+/y;
const DAY_PREFIX = /周|星期|礼拜/y;
const RANGE_SEP = /\s*(?:-|至|到)\s*/y;
const LIST_SEP = /\s*[、,和及]\s*/y;

export function normalise(text: string): string {
  return text
    .normalize('NFKC') // full-width digits, ：，；（）～ → ASCII
    .replace(/[\u2010-\u2015\u2212\u301c\u223c~]/g, '-') // hyphens, en/em dashes, 〜, ∼, ~
    .replace(/。/g, ';')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tries `re` (sticky) at `i`; returns the match or null. */
function at(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** `周一至周五`, `周六、周日`, `星期一至五`, `周1-5`: a set of weekdays, or null. */
function readDays(s: string, i: number): { days: number; end: number } | null {
  // The first day needs its 周/星期/礼拜, so 日间 or 天天 are never read as Sunday.
  type Day = NonNullable<ReturnType<typeof readDay>>;
  let current: Day | null = readDay(s, i, { prefixed: true, bareDigit: false });
  let days = 0;
  while (current) {
    const range = at(RANGE_SEP, s, current.end);
    const to: Day | null = range ? readDay(s, current.end + range[0].length, { prefixed: false, bareDigit: current.digit }) : null;
    for (let d = current.day; ; d = (d + 1) % 7) {
      days |= 1 << d;
      if (!to || d === to.day) break;
    }
    const end: number = to ? to.end : current.end;
    const list = at(LIST_SEP, s, end);
    const next: Day | null = list ? readDay(s, end + list[0].length, { prefixed: false, bareDigit: false }) : null;
    if (!next) return { days, end };
    current = next;
  }
  return null;
}

/** One day: 周一 / 星期日 / 周7, or without prefix a bare 五 / 日 (after 至 or 、) or 5 (in 周1-5). */
function readDay(
  s: string,
  i: number,
  allow: { prefixed: boolean; bareDigit: boolean },
): { day: number; end: number; digit: boolean } | null {
  const prefix = at(DAY_PREFIX, s, i);
  if (allow.prefixed && !prefix) return null;
  const j = prefix ? i + prefix[0].length : i;
  const ch = s[j];
  const day = ch === undefined ? undefined : DAY_CHARS[ch];
  if (ch === undefined || day === undefined) return null;
  const digit = ch >= '0' && ch <= '9';
  if (digit && !prefix && !allow.bareDigit) return null;
  return { day, end: j + 1, digit };
}

const TIME_POINT =
  /(上午|早上|早晨|清晨|早|中午|下午|傍晚|晚上|晚|凌晨)?\s*(次日|翌日|第二天|隔天)?\s*(上午|早上|早晨|清晨|早|中午|下午|傍晚|晚上|晚|凌晨)?\s*(\d{1,2})(?:\s*[:.]\s*(\d{2})|\s*(点半)|\s*[点时](?:\s*(\d{1,2})\s*分?)?)?/y;

interface TimePoint {
  hour: number;
  minute: number;
  marked: boolean;
  nextDay: boolean;
  end: number;
}

function readTimePoint(s: string, i: number): TimePoint | null {
  const m = at(TIME_POINT, s, i);
  if (!m) return null;
  const period = m[1] ?? m[3];
  let hour = Number(m[4]);
  const minute = m[5] !== undefined ? Number(m[5]) : m[6] ? 30 : m[7] !== undefined ? Number(m[7]) : 0;
  if (period && /下午|傍晚|晚/.test(period) && hour < 12) hour += 12;
  else if (period === '晚上' && hour === 12) hour = 24;
  else if (period === '中午' && hour < 11) hour += 12;
  const marked = m[5] !== undefined || m[6] !== undefined || /[点时]/.test(m[0]);
  return { hour, minute, marked, nextDay: Boolean(m[2]), end: i + m[0].length };
}

function readTimeRange(s: string, i: number): { token: Token; end: number; caveats: Caveat[] } | HoursFailure | null {
  const from = readTimePoint(s, i);
  if (!from) return null;
  const sep = at(RANGE_SEP, s, from.end);
  if (!sep) return null;
  const to = readTimePoint(s, from.end + sep[0].length);
  if (!to) return null;
  const src = s.slice(i, to.end);
  const caveats: Caveat[] = [];
  if (!from.marked && !to.marked) caveats.push('whole_hours');
  if (from.nextDay) return fail('invalid_time', `"${src}": a range cannot start on the next day`, `“${src}”：开始时间不能是次日`);
  const bad = [from, to].find((p) => p.minute > 59 || p.hour > 24 || (p.hour === 24 && p.minute > 0));
  if (bad || from.hour === 24) return fail('invalid_time', `"${src}" is not a valid time range`, `“${src}”不是有效的时间段`);
  const fromMin = from.hour * 60 + from.minute;
  let toMin = to.hour * 60 + to.minute;
  if (toMin === 0) toMin = 24 * 60; // "-0:00" / "-次日0:00" means until midnight
  if (toMin === fromMin) return fail('zero_length', `"${src}" starts and ends at the same time`, `“${src}”开始和结束时间相同`);
  if (to.nextDay && toMin > fromMin && toMin !== 24 * 60) {
    return fail('longer_than_a_day', `"${src}" would last more than 24 hours`, `“${src}”超过 24 小时`);
  }
  if (toMin < fromMin) caveats.push('overnight');
  return { token: { t: 'time', from: fromMin, to: toMin }, end: to.end, caveats };
}

export function tokenize(s: string): { tokens: Token[]; caveats: Set<Caveat> } | HoursFailure {
  const tokens: Token[] = [];
  const caveats = new Set<Caveat>();
  let i = 0;
  while (i < s.length) {
    const time = readTimeRange(s, i);
    if (time && 'ok' in time) return time;
    if (time) {
      tokens.push(time.token);
      time.caveats.forEach((c) => caveats.add(c));
      i = time.end;
      continue;
    }
    const allDay = at(ALL_DAY, s, i);
    if (allDay) {
      if (/[x×*]/i.test(allDay[0])) tokens.push({ t: 'days', days: ALL_DAYS, ph: false });
      tokens.push({ t: 'allday' });
      i += allDay[0].length;
      continue;
    }
    const days = readDays(s, i);
    if (days) {
      tokens.push({ t: 'days', days: days.days, ph: false });
      i = days.end;
      continue;
    }
    const group = DAY_GROUPS.map(([re, d, ph, caveat]) => ({ m: at(re, s, i), d, ph, caveat })).find((g) => g.m);
    if (group?.m) {
      tokens.push({ t: 'days', days: group.d, ph: group.ph });
      if (group.caveat) caveats.add(group.caveat);
      i += group.m[0].length;
      continue;
    }
    const simple: [RegExp, Token | null][] = [
      [SAME, { t: 'same' }],
      [OFF, { t: 'off' }],
      [FILLER, null],
      [SEPARATOR, null],
    ];
    const hit = simple.map(([re, token]) => ({ m: at(re, s, i), token })).find((h) => h.m);
    if (hit?.m) {
      if (hit.token) tokens.push(hit.token);
      i += hit.m[0].length;
      continue;
    }
    const fragment = s.slice(i, i + 8);
    return fail('unrecognised', `could not read "${fragment}"`, `无法识别“${fragment}”`);
  }
  return { tokens, caveats };
}

