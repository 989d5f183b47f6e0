import { describe, expect, it } from 'vitest';
import { normalise, tokenize } from './chineseHoursTokens.ts';

describe('normalise', () => {
  it('maps full-width characters and every kind of dash to ASCII', () => {
    expect(normalise('每天７：００～２２：００')).toBe('每天7:00-22:00');
    expect(normalise('每天7:00—22:00')).toBe('每天7:00-22:00');
    expect(normalise(' 工作日  9:00–12:00，13:30〜18:00。')).toBe('工作日 9:00-12:00,13:30-18:00;');
  });
});

describe('tokenize', () => {
  it('cuts days, times, all-day and closed words, skipping fillers', () => {
    expect(tokenize('周一至周五 8:30-17:30,节假日休息')).toEqual({
      tokens: [
        { t: 'days', days: 0b0011111, ph: false },
        { t: 'time', from: 510, to: 1050 },
        { t: 'days', days: 0, ph: true },
        { t: 'off' },
      ],
      caveats: new Set(['holiday']),
    });
    expect(tokenize('全天开放')).toMatchObject({ tokens: [{ t: 'allday' }] });
    expect(tokenize('夜间 22:00-次日6:00')).toMatchObject({ tokens: [{ t: 'time', from: 1320, to: 360 }], caveats: new Set(['overnight']) });
  });

  it('reads day lists and short ranges', () => {
    expect(tokenize('周六、日')).toMatchObject({ tokens: [{ t: 'days', days: 0b1100000 }] });
    expect(tokenize('周一至五')).toMatchObject({ tokens: [{ t: 'days', days: 0b0011111 }] });
    expect(tokenize('周五至周一')).toMatchObject({ tokens: [{ t: 'days', days: 0b1110001 }] });
  });

  it('never reads 日间 or 天天 as Sunday', () => {
    expect(tokenize('日间')).toEqual({ tokens: [], caveats: new Set() });
    expect(tokenize('天天')).toMatchObject({ tokens: [{ t: 'days', days: 0b1111111 }] });
  });

  it('stops at the first character it cannot place, quoting it', () => {
    expect(tokenize('夏季 6:00-22:00')).toMatchObject({ ok: false, code: 'unrecognised' });
  });
});
