/**
 * Words for a ranked station's state, as the command line shows them, in Beijing time whatever
 * the machine's zone. Both instants matter: "closes in 12 min" is counted from now, but whether
 * the station is any use depends on the state at arrival.
 */
import { is24_7 } from '../core/hours.ts';
import type { OpenState } from '../core/openState.ts';
import type { RankedStation } from '../core/rank.ts';
import { STATION_TIME_ZONE } from '../core/station.ts';

const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone: STATION_TIME_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: STATION_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** "22:30", or "03-04 08:00" when the instant is on another Beijing day than `now`. */
export function beijingClock(at: Date, now: Date): string {
  const day = ymd.format(at);
  return day === ymd.format(now) ? hhmm.format(at) : `${day.slice(5)} ${hhmm.format(at)}`;
}

/** "2026-03-02T22:30:00+08:00": China has kept UTC+8 without daylight saving since 1991. */
export function beijingIso(at: Date): string {
  const shifted = new Date(at.getTime() + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

/**
 * One phrase for the table.
 *
 * @example
 * describeRanked(r, now) // "open 24/7", "closes in 12 min", "open until 22:00", "opens at 07:00 (before you arrive)"
 */
export function describeRanked(r: RankedStation, now: Date): string {
  const nowState = r.stateNow;
  if (r.closesBeforeArrival) {
    const closesAt = closingOf(nowState);
    return closesAt ? `closes at ${beijingClock(closesAt, now)}, before you arrive` : 'closes before you arrive';
  }
  if (r.openAtArrival) {
    switch (nowState.kind) {
      case 'closing_soon':
        return `closes in ${nowState.minutesLeft} min`;
      case 'open':
        if (nowState.closesAt) return `open until ${beijingClock(nowState.closesAt, now)}`;
        return is24_7(r.station.properties) ? 'open 24/7' : 'open';
      case 'closed':
        return nowState.opensAt ? `opens at ${beijingClock(nowState.opensAt, now)} (before you arrive)` : 'open when you arrive';
      default:
        return 'open when you arrive';
    }
  }
  return describeState(r.stateAtArrival, now);
}

/** A state on its own, e.g. for a station that is not open at arrival. */
export function describeState(state: OpenState, now: Date): string {
  switch (state.kind) {
    case 'open':
      return state.closesAt ? `open until ${beijingClock(state.closesAt, now)}` : 'open';
    case 'closing_soon':
      return `closes in ${state.minutesLeft} min`;
    case 'closed':
      return state.opensAt ? `closed, opens at ${beijingClock(state.opensAt, now)}` : 'closed';
    case 'temporarily_closed':
      return `temporarily closed (${state.reason})${state.until ? ` until ${beijingClock(state.until, now)}` : ''}`;
    case 'permanently_closed':
      return 'permanently closed';
    case 'unknown':
      return state.reason === 'no_hours' ? 'hours unknown' : 'hours unreadable';
  }
}

/** When an open state ends, if it says. */
export function closingOf(state: OpenState): Date | null {
  return state.kind === 'open' || state.kind === 'closing_soon' ? state.closesAt : null;
}
