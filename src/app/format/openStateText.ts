/**
 * Turns an OpenState into the words a rider reads, and a tone for its colour. Every state kind
 * is handled explicitly; "unknown" is never worded as open or as closed.
 */
import type { OpenState } from '../../core/openState.ts';
import type { RankedStation } from '../../core/rank.ts';
import type { Formatters } from '../../i18n/i18n.ts';
import type { Messages } from '../../i18n/messages.ts';

export type Tone = 'open' | 'soon' | 'closed' | 'unknown';

export interface StateText {
  text: string;
  tone: Tone;
}

const DAY_MS = 86_400_000;
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Days between two instants' Beijing calendar dates (0 = same day). */
export function beijingDayDiff(from: Date, to: Date): number {
  const day = (d: Date) => Math.floor((d.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
  return day(to) - day(from);
}

/** '22:00', '明天 06:00' / 'tomorrow 06:00', or a date and time further out. */
export function whenText(at: Date, now: Date, m: Messages, f: Formatters): string {
  const days = beijingDayDiff(now, at);
  if (days === 0) return f.time(at);
  if (days === 1) return `${m.tomorrow} ${f.time(at)}`;
  return `${f.dayAndDate(at)} ${f.time(at)}`;
}

/**
 * @param is24h whether the station's hours are 24/7, to word an endless "open" honestly
 */
export function describeState(state: OpenState, now: Date, is24h: boolean, m: Messages, f: Formatters): StateText {
  switch (state.kind) {
    case 'open':
      if (state.closesAt) return { text: m.openUntil(whenText(state.closesAt, now, m, f)), tone: 'open' };
      return { text: is24h ? m.open24h : m.open, tone: 'open' };
    case 'closing_soon':
      return { text: m.closesInMinutes(minutesUntil(state.closesAt, now)), tone: 'soon' };
    case 'closed':
      return { text: state.opensAt ? m.closedOpensAt(whenText(state.opensAt, now, m, f)) : m.closed, tone: 'closed' };
    case 'temporarily_closed':
      return {
        text: state.until ? m.temporarilyClosedUntil(f.date(state.until)) : m.temporarilyClosed,
        tone: 'closed',
      };
    case 'permanently_closed':
      return { text: m.permanentlyClosed, tone: 'closed' };
    case 'unknown':
      return { text: state.reason === 'no_hours' ? m.hoursUnknown : m.hoursUnreadable, tone: 'unknown' };
    default:
      return assertNever(state);
  }
}

/**
 * The one line of state a result row shows: the state on arrival, except that a station that
 * is open now but shuts before the rider gets there says exactly that.
 */
export function describeRanked(r: RankedStation, now: Date, is24h: boolean, m: Messages, f: Formatters): StateText {
  if (r.closesBeforeArrival) {
    const closesAt = 'closesAt' in r.stateNow ? r.stateNow.closesAt : null;
    return { text: m.closesBeforeArrival(closesAt ? f.time(closesAt) : '—'), tone: 'closed' };
  }
  return describeState(r.stateAtArrival, now, is24h, m, f);
}

function minutesUntil(at: Date, now: Date): number {
  return Math.max(0, Math.round((at.getTime() - now.getTime()) / 60_000));
}

function assertNever(value: never): never {
  throw new Error(`unhandled open state ${JSON.stringify(value)}`);
}
