// Runs identically under TZ=Asia/Shanghai, TZ=UTC and TZ=America/New_York.
import { describe, expect, it } from 'vitest';
import {
  beijingDate,
  beijingDayNumber,
  beijingMidnight,
  dateToDayNumber,
  dayNumberToDate,
  fromBeijingParts,
  fromFakeLocal,
  toBeijingParts,
  toFakeLocal,
  weekdayOfDate,
} from './beijingTime.ts';

describe('Beijing wall clock', () => {
  it('reads an instant as Beijing time, whatever the device zone', () => {
    expect(toBeijingParts(new Date('2026-02-16T20:30:00Z'))).toEqual({
      year: 2026, month: 2, day: 17, hour: 4, minute: 30, second: 0, millisecond: 0, weekday: 2,
    });
    expect(beijingDate(new Date('2026-02-17T00:00:00+08:00'))).toBe('2026-02-17');
    expect(beijingDate(new Date('2026-02-16T23:59:59+08:00'))).toBe('2026-02-16');
  });

  it('builds the instant Beijing clocks show', () => {
    expect(fromBeijingParts({ year: 2026, month: 2, day: 17, hour: 8, minute: 30 })).toEqual(new Date('2026-02-17T08:30:00+08:00'));
    expect(fromBeijingParts({ year: 2026, month: 12, day: 32 })).toEqual(new Date('2027-01-01T00:00:00+08:00'));
  });

  it('numbers Beijing days and goes back and forth between numbers and dates', () => {
    const n = beijingDayNumber(new Date('2026-02-17T10:00:00+08:00'));
    expect(dayNumberToDate(n)).toBe('2026-02-17');
    expect(dateToDayNumber('2026-02-17')).toBe(n);
    expect(beijingMidnight(n)).toEqual(new Date('2026-02-17T00:00:00+08:00'));
    expect(weekdayOfDate('2026-02-14')).toBe(6);
    expect(weekdayOfDate('2026-03-08')).toBe(0);
  });

  it('rejects what is not a calendar date, saying what it received', () => {
    expect(() => dateToDayNumber('2026-02-30')).toThrow(/expected a calendar date 'YYYY-MM-DD', received "2026-02-30"/);
    expect(() => weekdayOfDate('17/02/2026')).toThrow(RangeError);
  });
});

describe('fake local dates for the opening_hours library', () => {
  it('carries the Beijing wall clock in its local fields', () => {
    const fake = toFakeLocal({ year: 2026, month: 2, day: 17, hour: 8, minute: 30 });
    expect([fake.getFullYear(), fake.getMonth() + 1, fake.getDate(), fake.getHours(), fake.getMinutes()]).toEqual([2026, 2, 17, 8, 30]);
    expect(fromFakeLocal(fake)).toEqual(new Date('2026-02-17T08:30:00+08:00'));
  });

  it('round-trips every minute of an ordinary day', () => {
    for (let minute = 0; minute < 1440; minute += 7) {
      const real = fromBeijingParts({ year: 2026, month: 6, day: 1, minute });
      expect(fromFakeLocal(toFakeLocal(toBeijingParts(real)))).toEqual(real);
    }
  });

  it('stays in order across the New York spring-forward gap (2026-03-08 02:00-02:59 local)', () => {
    // Under TZ=America/New_York these wall times do not exist locally: they clamp to 03:00 and
    // read back at most an hour late. Elsewhere they round-trip exactly.
    let previous = -Infinity;
    for (let minute = 110; minute <= 190; minute += 5) {
      const real = fromBeijingParts({ year: 2026, month: 3, day: 8, minute });
      const fake = toFakeLocal(toBeijingParts(real));
      expect(fake.getTime()).toBeGreaterThanOrEqual(previous);
      previous = fake.getTime();
      const error = fromFakeLocal(fake).getTime() - real.getTime();
      expect(error).toBeGreaterThanOrEqual(0);
      expect(error).toBeLessThanOrEqual(60 * 60_000);
      if (minute < 120 || minute >= 180) expect(error).toBe(0);
    }
  });
});
