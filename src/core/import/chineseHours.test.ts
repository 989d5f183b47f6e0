import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { chineseHoursToOsm } from './chineseHours.ts';

const BEIJING = { lat: 39.9, lon: 116.4, address: { country_code: 'cn', state: '北京市' } };
const osmOf = (text: string): string | null => {
  const r = chineseHoursToOsm(text);
  return r.ok ? r.osm : null;
};

describe('chineseHoursToOsm: the sample sheet (shared/data/README.md table)', () => {
  it.each([
    ['24小时', '24/7'],
    ['每天7:00—22:00', 'Mo-Su 07:00-22:00'],
    ['周一至周五 8:30-17:30', 'Mo-Fr 08:30-17:30'],
    ['全天开放', '24/7'],
    ['工作日 9:00-12:00, 13:30-18:00', 'Mo-Fr 09:00-12:00,13:30-18:00'],
    ['夜间 22:00-次日6:00', '22:00-06:00'],
    ['周一至周日 6:00-23:00', 'Mo-Su 06:00-23:00'],
  ])('%s → %s', (text, expected) => {
    expect(osmOf(text)).toBe(expected);
  });

  it('面议 ("by arrangement") is refused with a reason in both languages, never guessed', () => {
    const r = chineseHoursToOsm('面议');
    expect(r).toMatchObject({ ok: false, code: 'by_arrangement' });
    if (!r.ok) {
      expect(r.reason).toContain('面议');
      expect(r.reasonZh).toContain('面议');
    }
  });
});

describe('chineseHoursToOsm: other ways offices write hours', () => {
  it.each([
    ['24h', '24/7'],
    ['24H', '24/7'],
    ['２４小时', '24/7'],
    ['7×24小时', '24/7'],
    ['全天', '24/7'],
    ['每天７：００～２２：００', 'Mo-Su 07:00-22:00'],
    ['每天7:00~22:00', 'Mo-Su 07:00-22:00'],
    ['每天7:00至22:00', 'Mo-Su 07:00-22:00'],
    ['每日 7:00–22:00', 'Mo-Su 07:00-22:00'],
    ['工作日 9:00-12:00，13:30-18:00', 'Mo-Fr 09:00-12:00,13:30-18:00'],
    ['工作日 9:00-12:00、13:30-18:00', 'Mo-Fr 09:00-12:00,13:30-18:00'],
    ['周一至周五 8:30-17:30，节假日休息', 'Mo-Fr 08:30-17:30; PH off'],
    ['节假日休息', 'PH off'],
    ['周末 10:00-16:00', 'Sa,Su 10:00-16:00'],
    ['双休日 10:00-16:00', 'Sa,Su 10:00-16:00'],
    ['周六、周日 9:00-12:00', 'Sa,Su 09:00-12:00'],
    ['周一至周五 8:00-18:00；周末休息', 'Mo-Fr 08:00-18:00; Sa,Su off'],
    ['周一至周五 8:30-17:30；周末及节假日休息', 'Mo-Fr 08:30-17:30; Sa,Su,PH off'],
    ['周一至五 8:00至17:00', 'Mo-Fr 08:00-17:00'],
    ['星期一到星期六 8点半-18点', 'Mo-Sa 08:30-18:00'],
    ['周1-5 08:00-18:00', 'Mo-Fr 08:00-18:00'],
    ['周一至周五9-18点', 'Mo-Fr 09:00-18:00'],
    ['上午9点-下午5点', '09:00-17:00'],
    ['营业时间：8:00-20:00', '08:00-20:00'],
    ['每天8:00-20:00，周三休息', 'Mo-Su 08:00-20:00; We off'],
    ['24小时（节假日休息）', 'Mo-Su 00:00-24:00; PH off'],
    ['周一至周五 8:00-17:00 节假日照常', 'Mo-Fr 08:00-17:00'],
    ['晚上10点-次日早上6点', '22:00-06:00'],
  ])('%s → %s', (text, expected) => {
    expect(osmOf(text)).toBe(expected);
  });

  it('puts holiday rules last, because later OSM rules override earlier ones', () => {
    expect(osmOf('节假日休息，周一至周五 8:00-17:00')).toBe('Mo-Fr 08:00-17:00; PH off');
  });

  it('notes its readings: 工作日 ignores 调休, overnight hours, whole hours', () => {
    const workday = chineseHoursToOsm('工作日 9:00-18:00');
    expect(workday.ok && workday.note).toContain('调休');
    expect(workday.ok && workday.noteZh).toContain('调休');
    const night = chineseHoursToOsm('夜间 22:00-次日6:00');
    expect(night.ok && night.note).toContain('midnight');
  });
});

describe('chineseHoursToOsm: OpenStreetMap syntax passes through', () => {
  it.each([
    ['24/7', '24/7'],
    ['Mo-Fr 08:00-17:00', 'Mo-Fr 08:00-17:00'],
    ['Mo-Fr 08:30-17:30; PH off', 'Mo-Fr 08:30-17:30; PH off'],
    ['Mo-Fr 8:00-17:00', 'Mo-Fr 08:00-17:00'],
    ['Mo-Fr 08:00-17:00 "节假日另行通知"', 'Mo-Fr 08:00-17:00 "节假日另行通知"'],
    // Valid with a style warning from the library: stored values must survive export → import.
    ['24/7; PH off', '24/7; PH off'],
  ])('%s → %s', (text, expected) => {
    expect(osmOf(text)).toBe(expected);
  });
});

describe('chineseHoursToOsm: refuses what it cannot read completely', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['面议', 'by_arrangement'],
    ['不定', 'by_arrangement'],
    ['时间不固定', 'by_arrangement'],
    ['节假日另行通知', 'by_arrangement'],
    ['需提前预约', 'by_arrangement'],
    ['夏季 6:00-22:00，冬季 7:00-20:00', 'unrecognised'],
    ['早8晚10', 'unrecognised'],
    ['周一至周五', 'days_without_times'],
    ['开放', 'days_without_times'],
    ['休息', 'closed_without_days'],
    ['8:00-8:00', 'zero_length'],
    ['8:00-次日9:00', 'longer_than_a_day'],
    ['25:00-26:00', 'invalid_time'],
    ['8:75-9:00', 'invalid_time'],
    ['周一 8:00-12:00 休息', 'conflicting'],
  ])('%j → %s', (text, code) => {
    const r = chineseHoursToOsm(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.length).toBeGreaterThan(0);
      expect(r.reasonZh.length).toBeGreaterThan(0);
    }
  });
});

describe('chineseHoursToOsm: every result is clean OSM syntax', () => {
  it.each(['24小时', '工作日 9:00-12:00, 13:30-18:00', '夜间 22:00-次日6:00', '周一至周五 8:30-17:30；周末及节假日休息', '24小时（节假日休息）'])(
    '%s',
    (text) => {
      const r = chineseHoursToOsm(text);
      expect(r.ok).toBe(true);
      if (r.ok) expect(new opening_hours(r.osm, BEIJING).getWarnings()).toEqual([]);
    },
  );
});
