/**
 * An OpenStreetMap `opening_hours` spec reduced to what China's calendar changes: its weekday
 * selectors (`Mo-Fr`, `Sa,Su,PH`, `PH Mo-Fr`, `Mo[1]`). dayIntervals.ts rewrites them per day.
 *
 * Works on the library's canonical spelling (`prettifyValue`), where rules are separated by
 * `; `, `, ` or ` || ` and lists have no spaces. Rules without a weekday selector get `Mo-Su`,
 * which means the same, so every rule can be switched on or off per day. Returns null for what
 * cannot be evaluated right in China: school holidays `SH` (no data), offsets such as
 * `PH +1 day`, two selectors in one rule, and sunrise/sunset/dawn/dusk (the library computes
 * those from real instants, which the fake local dates of beijingTime.ts would skew).
 */
import opening_hours from 'opening_hours';
import { MS_PER_DAY } from './beijingTime.ts';

/** Effective weekday (0 = Sunday; a make-up day counts as a weekday) and whether it is a holiday. */
export interface DayFlags {
  weekday: number;
  holiday: boolean;
}

/** A weekday or range (`Sa-Mo` wraps), with the nth-of-month list of `Mo[1,-1]` if any. */
type Item = { from: number; to: number; nth: string | null };
/** One rule's weekday selector: where it sits in the text, and what it matches. */
export interface Selector {
  start: number;
  end: number;
  /** The list contains `PH`: it also matches official holidays. */
  ph: boolean;
  /** `PH Mo-Fr`: a holiday that is also one of the weekdays. */
  phAnd: boolean;
  items: Item[];
}

/** A spec ready for rewriting: canonical text with a selector in every rule, and where they are. */
export interface SpecSelectors {
  text: string;
  selectors: Selector[];
}

/** Weekday names by JavaScript day index (0 = Sunday). */
export const NAMES = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const ITEM = `(?:PH|${DAY}(?:-${DAY})?(?:\\[[-0-9,]+\\])?)`;
const LIST_RE = new RegExp(`(?<![A-Za-z])${ITEM}(?:,${ITEM})*(?![A-Za-z])`, 'g');
const UNSUPPORTED_RE = /(?<![A-Za-z])(?:SH|sunrise|sunset|dawn|dusk)(?![A-Za-z])/;
const RULE_SEP_RE = /; |, | \|\| /g;
const TIME_OR_MODIFIER_RE = /\d\d:\d\d|24\/7|"|(?<![A-Za-z])(?:open|closed|off|unknown)(?![A-Za-z])/;
/** Location passed to the library. Its PH list for China is never consulted: every PH gets rewritten. */
export const NOMINATIM = { lat: 39.9, lon: 116.4, address: { country_code: 'cn', state: '' } };

/** Comment text blanked out (quotes kept), so positions stay valid. */
const blankComments = (s: string) => s.replace(/"[^"]*"/g, (q) => `"${' '.repeat(q.length - 2)}"`);

function readSelectors(text: string): Selector[] | null {
  const plain = blankComments(text);
  const found: Selector[] = [];
  for (const m of plain.matchAll(LIST_RE)) {
    const sel: Selector = { start: m.index, end: m.index + m[0].length, ph: false, phAnd: false, items: [] };
    for (const item of m[0].split(/,(?![^[]*\])/)) {
      if (item === 'PH') sel.ph = true;
      else {
        const [, from = '', to = from, nth = null] = /^(\w\w)(?:-(\w\w))?(?:\[(.*)\])?$/.exec(item) ?? [];
        sel.items.push({ from: NAMES.indexOf(from), to: NAMES.indexOf(to), nth });
      }
    }
    if (/^ [+-]\d/.test(plain.slice(sel.end))) return null; // `PH +1 day`, `Mo[1] -2 days`
    const prev = found[found.length - 1];
    if (prev && prev.end + 1 === sel.start) {
      if (!prev.ph || prev.items.length || sel.ph) return null; // only `PH Mo-Fr` is understood
      found[found.length - 1] = { ...sel, start: prev.start, ph: true, phAnd: true };
    } else found.push(sel);
  }
  return found;
}

/** Gives every rule a weekday selector (`Mo-Su` where it has none); null if a rule has two. */
function withSelectors(canonical: string): string | null {
  const plain = blankComments(canonical);
  const bounds = [0, ...[...plain.matchAll(RULE_SEP_RE)].flatMap((m) => [m.index, m.index + m[0].length]), plain.length];
  let out = '';
  for (let i = 0; i < bounds.length; i += 2) {
    const [start, end] = [bounds[i]!, bounds[i + 1]!];
    const rule = plain.slice(start, end);
    const lists = readSelectors(rule);
    if (!lists || lists.length > 1) return null;
    const text = canonical.slice(start, end);
    const at = lists.length ? -1 : (TIME_OR_MODIFIER_RE.exec(rule)?.index ?? rule.length);
    out += at < 0 ? text : at < rule.length ? `${text.slice(0, at)}Mo-Su ${text.slice(at)}` : `${text} Mo-Su`;
    out += canonical.slice(end, bounds[i + 2] ?? end);
  }
  return out;
}

/**
 * Reads a spec (any spelling the library accepts); null when it is invalid or unsupported.
 * @example
 * readSpec('10:00-16:00; PH off') // { text: 'Mo-Su 10:00-16:00; PH off', selectors: [{ start: 0, end: 5, … }, …] }
 * readSpec('Mo-Fr sunrise-sunset') // null
 */
export function readSpec(spec: string): SpecSelectors | null {
  let canonical: string | undefined;
  try {
    if (!UNSUPPORTED_RE.test(blankComments(spec))) canonical = new opening_hours(spec, NOMINATIM, 0).prettifyValue();
  } catch {
    canonical = undefined; // not valid opening_hours syntax
  }
  const text = canonical && !UNSUPPORTED_RE.test(blankComments(canonical)) ? withSelectors(canonical) : null;
  const selectors = text ? readSelectors(text) : null;
  return text && selectors ? { text, selectors } : null;
}

/**
 * The spec with each weekday selector replaced by `replace(selector)`.
 * @example
 * rewrite(readSpec('Mo-Fr 08:00-18:00; PH off')!, () => 'We') // 'We 08:00-18:00; We off'
 */
export function rewrite(c: SpecSelectors, replace: (sel: Selector) => string): string {
  let text = '';
  let at = 0;
  for (const sel of c.selectors) {
    text += c.text.slice(at, sel.start) + replace(sel);
    at = sel.end;
  }
  return text + c.text.slice(at);
}

function nthMatches(nth: string, dayNumber: number): boolean {
  const d = new Date(dayNumber * MS_PER_DAY);
  const dim = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  const k = Math.ceil(d.getUTCDate() / 7);
  const kBack = -Math.ceil((dim - d.getUTCDate() + 1) / 7);
  return nth.split(',').some((part) => {
    const range = /^(\d+)-(\d+)$/.exec(part);
    return range ? k >= Number(range[1]) && k <= Number(range[2]) : Number(part) === k || Number(part) === kBack;
  });
}

/**
 * Whether a selector matches a day; `dayNumber` (Beijing days since 1970) is for nth weekdays.
 * @example
 * selectorMatches(readSpec('PH off')!.selectors[0]!, { weekday: 2, holiday: true }, 20501) // true
 */
export function selectorMatches(sel: Selector, day: DayFlags, dayNumber: number): boolean {
  const w = day.weekday;
  const inItems = sel.items.some((it) => {
    const inRange = it.from <= it.to ? it.from <= w && w <= it.to : w >= it.from || w <= it.to; // Sa-Mo wraps
    return inRange && (it.nth === null || nthMatches(it.nth, dayNumber));
  });
  return sel.phAnd ? day.holiday && inItems : (sel.ph && day.holiday) || inItems;
}

