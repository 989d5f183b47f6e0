// Every instant is written in Beijing time (+08:00). The suite must pass identically under
// TZ=Asia/Shanghai, TZ=UTC and TZ=America/New_York (see package.json test:unit).
import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { fromBeijingParts, toBeijingParts, toFakeLocal } from './beijingTime.ts';
import { is24_7, stationStateAt, weekSchedule } from './hours.ts';
import type { StationProperties } from './station.ts';

type Props = Parameters<typeof stationStateAt>[0];
const hours = (opening_hours: string | null, extra: Partial<StationProperties> = {}): Props => ({
  opening_hours,
  status: 'operational',
  ...extra,
});

/** '2026-02-10T06:00+08:00': how the expectations below are written. */
function beijing(d: Date): string {
  const p = toBeijingParts(d);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}+08:00`;
}

/** The state with its dates written as Beijing ISO strings. */
function state(props: Props, at: string, closingSoonMinutes?: number) {
  const s = stationStateAt(props, new Date(at), closingSoonMinutes === undefined ? {} : { closingSoonMinutes });
  return Object.fromEntries(Object.entries(s).map(([key, value]) => [key, value instanceof Date ? beijing(value) : value]));
}

describe('stationStateAt: the everyday cases', () => {
  it('24/7 is open with no closing time, holidays included', () => {
    expect(state(hours('24/7'), '2026-02-10T03:00:00+08:00')).toEqual({ kind: 'open', closesAt: null });
    expect(state(hours('24/7'), '2026-02-17T12:00:00+08:00')).toEqual({ kind: 'open', closesAt: null });
  });

  it('overnight 22:00-06:00 is open at 02:00 and 23:00, closed at 07:00', () => {
    const night = hours('22:00-06:00');
    expect(state(night, '2026-02-10T02:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-10T06:00+08:00' });
    expect(state(night, '2026-02-10T23:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-11T06:00+08:00' });
    expect(state(night, '2026-02-10T07:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-10T22:00+08:00' });
  });

  it('split shift Mo-Fr 09:00-12:00,13:30-18:00: closed over lunch, closing soon at 17:45', () => {
    const split = hours('Mo-Fr 09:00-12:00,13:30-18:00');
    expect(state(split, '2026-02-10T12:30:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-10T13:30+08:00' });
    expect(state(split, '2026-02-10T17:45:00+08:00')).toEqual({ kind: 'closing_soon', closesAt: '2026-02-10T18:00+08:00', minutesLeft: 15 });
    expect(state(split, '2026-02-13T18:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-14T09:00+08:00' }); // make-up Saturday
  });

  it('closing soon: within 30 minutes by default, inclusive, minutes rounded down; the window is an option', () => {
    const day = hours('Mo-Su 08:00-20:00');
    expect(state(day, '2026-06-10T19:20:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-06-10T20:00+08:00' });
    expect(state(day, '2026-06-10T19:20:00+08:00', 60)).toEqual({ kind: 'closing_soon', closesAt: '2026-06-10T20:00+08:00', minutesLeft: 40 });
    expect(state(day, '2026-06-10T19:30:00+08:00')).toMatchObject({ kind: 'closing_soon', minutesLeft: 30 });
    expect(state(day, '2026-06-10T19:50:30+08:00')).toMatchObject({ kind: 'closing_soon', minutesLeft: 9 });
    expect(state(day, '2026-06-10T20:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-06-11T08:00+08:00' });
  });

  it('a station that opens more than 8 days away has opensAt null', () => {
    expect(state(hours('Dec 24 10:00-12:00'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'closed', opensAt: null });
  });
});

describe('stationStateAt: China\'s holidays and make-up working days (chinese-days, not the library)', () => {
  const office = hours('Mo-Fr 08:30-17:30; PH off');

  it('Spring Festival 2026-02-17: Mo-Fr 08:30-17:30; PH off is closed until after the break', () => {
    expect(state(office, '2026-02-17T10:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-24T08:30+08:00' });
  });

  it('also when the hours depend on the date (evaluated day by day)', () => {
    expect(state(hours('Jan-Dec Mo-Fr 08:30-17:30; PH off'), '2026-02-17T10:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-24T08:30+08:00' });
    expect(state(hours('Jan-Dec Mo-Fr 08:30-17:30'), '2026-02-14T10:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-14T17:30+08:00' });
  });

  it('without a PH rule a holiday follows its weekday', () => {
    expect(state(hours('Mo-Fr 08:30-17:30'), '2026-02-17T10:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-17T17:30+08:00' });
  });

  it('holiday_hours replace the regular hours on official holidays only', () => {
    const festive = hours('Mo-Su 08:00-22:00', { holiday_hours: '10:00-16:00' });
    expect(state(festive, '2026-02-17T09:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-17T10:00+08:00' });
    expect(state(festive, '2026-02-17T12:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-17T16:00+08:00' });
    expect(state(festive, '2026-02-24T09:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-24T22:00+08:00' });
  });

  it('a PH rule with hours applies on National Day', () => {
    expect(state(hours('Mo-Su 08:00-22:00; PH 10:00-16:00'), '2026-10-01T09:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-10-01T10:00+08:00' });
  });

  it('make-up working day 2026-02-14 (a Saturday): Mo-Fr 08:30-17:30 is open at 10:00', () => {
    expect(state(hours('Mo-Fr 08:30-17:30'), '2026-02-14T10:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-14T17:30+08:00' });
    expect(state(hours('Mo-Fr 08:30-17:30'), '2026-02-07T10:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-09T08:30+08:00' });
    // A weekend-only station is closed on it, and its Sunday rules apply on the holiday Sunday after.
    expect(state(hours('Sa,Su 10:00-16:00'), '2026-02-14T12:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-15T10:00+08:00' });
  });

  it('regression: the library treats 3/8 and 6/1 as public holidays in China; we do not', () => {
    const spec = 'Mo-Su 08:00-20:00; PH off';
    const library = new opening_hours(spec, { lat: 39.9, lon: 116.4, address: { country_code: 'cn', state: '' } });
    expect(library.getState(toFakeLocal({ year: 2026, month: 3, day: 8, hour: 10 }))).toBe(false); // the trap
    expect(state(hours(spec), '2026-03-08T10:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-03-08T20:00+08:00' });
    expect(state(hours('Mo-Fr 08:30-17:30; PH off'), '2026-06-01T10:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-06-01T17:30+08:00' });
  });
});

describe('stationStateAt: spans across midnight next to a holiday', () => {
  const nights = hours('Mo-Su 22:00-06:00; PH off'); // 2026-09-30 workday, 10-01…10-07 National Day

  it('the night starting on the eve of a holiday runs until 06:00 on the holiday', () => {
    expect(state(nights, '2026-09-30T23:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-10-01T06:00+08:00' });
    expect(state(nights, '2026-10-01T02:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-10-01T06:00+08:00' });
  });

  it('no night starts on a holiday, so the morning after the last one is closed too', () => {
    expect(state(nights, '2026-10-01T23:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-10-08T22:00+08:00' });
    expect(state(nights, '2026-10-08T01:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-10-08T22:00+08:00' });
  });

  it('a make-up Saturday counts as Friday on both sides of midnight', () => {
    const weekNights = hours('Mo-Fr 22:00-06:00');
    expect(state(weekNights, '2026-02-14T23:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-02-15T06:00+08:00' });
    expect(state(weekNights, '2026-02-08T02:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-02-09T22:00+08:00' });
  });

  it('holiday_hours that run past midnight end the next morning', () => {
    const late = hours('Mo-Su 08:00-20:00', { holiday_hours: '18:00-02:00' });
    expect(state(late, '2026-10-08T01:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-10-08T02:00+08:00' });
  });
});

describe('stationStateAt: unknown, closed by the office', () => {
  it('no hours or unreadable hours are unknown, never open and never closed', () => {
    expect(state(hours(null), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'unknown', reason: 'no_hours' });
    expect(state(hours('whenever the guard is in'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'unknown', reason: 'unreadable_hours' });
    expect(state(hours('Mo-Fr sunrise-sunset'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'unknown', reason: 'unreadable_hours' });
    expect(state(hours('Mo-Fr 08:00-18:00; SH off'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'unknown', reason: 'unreadable_hours' });
    expect(state(hours('Mo-Fr 08:00-18:00; PH +1 day off'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'unknown', reason: 'unreadable_hours' });
    expect(state(hours('Mo-Fr 08:00-18:00 unknown "call first"'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'unknown', reason: 'unreadable_hours' });
  });

  it('reads loose spellings the library accepts', () => {
    expect(state(hours('mo-fr 9-18'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-06-10T18:00+08:00' });
  });

  const closure = (from: string | undefined, until: string | undefined) =>
    hours('Mo-Su 08:00-22:00', { status: 'temporarily_closed', closure: { reason: 'heating repair', ...(from && { from }), ...(until && { until }) } });

  it('temporarily closed: inside the window, until a date or further notice', () => {
    expect(state(closure(undefined, '2026-06-12T08:00:00+08:00'), '2026-06-10T12:00:00+08:00')).toEqual({
      kind: 'temporarily_closed', reason: 'heating repair', until: '2026-06-12T08:00+08:00',
    });
    expect(state(closure(undefined, undefined), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'temporarily_closed', reason: 'heating repair', until: null });
  });

  it('temporarily closed: outside the window the hours apply, with the window cut out', () => {
    expect(state(closure(undefined, '2026-06-01T08:00:00+08:00'), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-06-10T22:00+08:00' });
    expect(state(closure('2026-06-10T12:00:00+08:00', '2026-06-11T12:00:00+08:00'), '2026-06-10T11:45:00+08:00')).toEqual({
      kind: 'closing_soon', closesAt: '2026-06-10T12:00+08:00', minutesLeft: 15,
    });
    expect(state(closure('2026-06-10T12:00:00+08:00', '2026-06-11T12:00:00+08:00'), '2026-06-10T07:00:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-06-10T08:00+08:00' });
    expect(state(closure('2026-06-10T12:00:00+08:00', '2026-06-11T12:00:00+08:00'), '2026-06-11T07:00:00+08:00')).toMatchObject({ kind: 'temporarily_closed' });
    expect(state(closure('2026-06-10T12:00:00+08:00', '2026-06-11T12:00:00+08:00'), '2026-06-11T12:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-06-11T22:00+08:00' });
  });

  it('an invalid instant is a programming error, said plainly', () => {
    expect(() => stationStateAt(hours('24/7'), new Date('not a date'))).toThrow(/expected a valid Date for `at`/);
  });

  it('permanently closed beats everything', () => {
    expect(state(hours('24/7', { status: 'permanently_closed' }), '2026-06-10T12:00:00+08:00')).toEqual({ kind: 'permanently_closed' });
  });
});

describe('device time zone: the New York DST change on 2026-03-08 shifts nothing', () => {
  // Under TZ=America/New_York the Beijing wall times 02:00-02:59 on 2026-03-08 do not exist as
  // local times, and the real clock change happens at 15:00 Beijing time.
  it('changes inside the skipped local hour come out at the right minute', () => {
    expect(state(hours('Mo-Su 02:30-22:00'), '2026-03-08T02:15:00+08:00')).toEqual({ kind: 'closed', opensAt: '2026-03-08T02:30+08:00' });
    expect(state(hours('22:00-02:30'), '2026-03-08T02:15:00+08:00')).toEqual({ kind: 'closing_soon', closesAt: '2026-03-08T02:30+08:00', minutesLeft: 15 });
  });

  it('durations across the change are real minutes', () => {
    expect(state(hours('22:00-06:00'), '2026-03-07T23:00:00+08:00')).toEqual({ kind: 'open', closesAt: '2026-03-08T06:00+08:00' });
    expect(state(hours('Mo-Su 08:00-15:30'), '2026-03-08T14:45:00+08:00')).toMatchObject({ kind: 'open', closesAt: '2026-03-08T15:30+08:00' });
    expect(state(hours('Mo-Su 08:00-15:30'), '2026-03-08T15:10:00+08:00')).toMatchObject({ kind: 'closing_soon', minutesLeft: 20 });
    expect(state(hours('22:00-06:00'), '2026-11-01T05:45:00+08:00')).toMatchObject({ kind: 'closing_soon', minutesLeft: 15 }); // New York falls back
  });
});

describe('agrees with opening_hours.js on an ordinary week', () => {
  // 2026-06-08…14: no holiday in China nor in the library's list, no DST change anywhere.
  it.each([
    '24/7', '22:00-06:00', 'Mo-Fr 09:00-12:00,13:30-18:00', 'Mo-Fr 08:30-17:30; Sa 09:00-12:00',
    'Mo-Fr 08:00-20:00; Sa,Su 10:00-16:00', 'Tu-Sa 10:00-02:00', 'Fr-Mo 20:00-04:00', 'Mo-Su 22:00-30:00',
    'Mo-Fr 08:00-18:00 || "by appointment"', 'Mo-Fr 08:00-18:00; We off', 'Mo[2] 10:00-12:00; Tu-Fr 10:00-18:00',
    'Jun Mo-Fr 07:00-21:00; Jul-May Mo-Fr 08:00-20:00', 'Mo-Su 08:00-22:00; PH off', 'Mo-Fr 10:00-12:00, Sa 10:00-11:00',
    'Mo-Fr 08:00-18:00 unknown', '"call ahead"', 'Mo-Fr 08:00+',
  ])('%s', (spec) => {
    const library = new opening_hours(spec, { lat: 39.9, lon: 116.4, address: { country_code: 'cn', state: '' } });
    for (let minute = 0; minute < 7 * 1440; minute += 20) {
      const at = fromBeijingParts({ year: 2026, month: 6, day: 8, minute });
      const ours = stationStateAt(hours(spec), at).kind;
      const fake = toFakeLocal(toBeijingParts(at));
      const theirs = library.getUnknown(fake) ? 'unknown' : library.getState(fake) ? 'open' : 'closed';
      expect(`${beijing(at)} ${ours === 'closing_soon' ? 'open' : ours}`).toBe(`${beijing(at)} ${theirs}`);
    }
  });
});

describe('weekSchedule: hours in plain words', () => {
  it('lists each Beijing date with its day type, holiday name and intervals', () => {
    expect(weekSchedule(hours('Mo-Fr 08:30-17:30; PH off'), new Date('2026-02-13T20:00:00+08:00'), 3)).toEqual([
      { date: '2026-02-13', dayType: 'workday', intervals: [{ from: '08:30', to: '17:30' }] },
      { date: '2026-02-14', dayType: 'makeup_workday', holidayName: '春节', holidayNameEn: 'Spring Festival', intervals: [{ from: '08:30', to: '17:30' }] },
      { date: '2026-02-15', dayType: 'holiday', holidayName: '春节', holidayNameEn: 'Spring Festival', intervals: [] },
    ]);
  });

  it('shows overnight spans once, on the day they start, and 24/7 as whole days', () => {
    const [eve, holiday] = weekSchedule(hours('Mo-Su 22:00-06:00; PH off'), new Date('2026-09-30T12:00:00+08:00'), 2);
    expect(eve?.intervals).toEqual([{ from: '22:00', to: '06:00', overnight: true }]);
    expect(holiday?.intervals).toEqual([]);
    expect(weekSchedule(hours('24/7'), new Date('2026-06-10T12:00:00+08:00'), 1)[0]?.intervals).toEqual([{ from: '00:00', to: '24:00' }]);
    expect(weekSchedule(hours('Mo-Fr 09:00-12:00,13:30-18:00'), new Date('2026-06-10T12:00:00+08:00'), 1)[0]?.intervals).toEqual([
      { from: '09:00', to: '12:00' },
      { from: '13:30', to: '18:00' },
    ]);
  });

  it('marks unknown hours', () => {
    expect(weekSchedule(hours(null), new Date('2026-06-10T12:00:00+08:00'), 1)).toEqual([
      { date: '2026-06-10', dayType: 'workday', intervals: [], unknown: true },
    ]);
  });
});

describe('is24_7', () => {
  it.each([
    ['24/7', undefined, true],
    ['Mo-Su 00:00-24:00', undefined, true],
    ['Mo-Su 00:00-24:00; PH off', undefined, false],
    ['24/7', '08:00-20:00', false],
    ['22:00-06:00', undefined, false],
    ['Jan-Jun 24/7', undefined, false],
  ])('%s (holiday hours %s) → %s', (spec, holiday_hours, expected) => {
    expect(is24_7(hours(spec, holiday_hours ? { holiday_hours } : {}))).toBe(expected);
  });

  it('is false for unknown hours and for a permanently closed station', () => {
    expect(is24_7(hours(null))).toBe(false);
    expect(is24_7(hours('24/7', { status: 'permanently_closed' }))).toBe(false);
  });
});
