import { describe, expect, it } from 'vitest';
import { formattersFor, loadLocale, messagesFor } from '../../i18n/i18n.ts';
import { beijingDayDiff, describeState, whenText } from './openStateText.ts';

await loadLocale('en'); // English is a lazy chunk
const zh = { m: messagesFor('zh-CN'), f: formattersFor('zh-CN') };
const en = { m: messagesFor('en'), f: formattersFor('en') };
const now = new Date('2026-03-02T21:40:00+08:00');

describe('describeState', () => {
  it('words closing soon in minutes from now', () => {
    const state = { kind: 'closing_soon', closesAt: new Date('2026-03-02T22:00:00+08:00'), minutesLeft: 20 } as const;
    expect(describeState(state, now, false, en.m, en.f)).toEqual({ text: 'Closes in 20 min', tone: 'soon' });
    expect(describeState(state, now, false, zh.m, zh.f).text).toBe('20 分钟后关门');
  });

  it('says when a closed station opens, "tomorrow" included', () => {
    const state = { kind: 'closed', opensAt: new Date('2026-03-03T07:00:00+08:00') } as const;
    expect(describeState(state, now, false, en.m, en.f).text).toBe('Closed · opens tomorrow 07:00');
  });

  it('never words unknown hours as open or closed', () => {
    const text = describeState({ kind: 'unknown', reason: 'no_hours' }, now, false, zh.m, zh.f);
    expect(text).toEqual({ text: '营业时间未知', tone: 'unknown' });
  });

  it('names the end of a temporary closure', () => {
    const state = { kind: 'temporarily_closed', reason: '装修', until: new Date('2026-03-10T00:00:00+08:00') } as const;
    expect(describeState(state, now, false, en.m, en.f).text).toBe('Temporarily closed until 10 Mar 2026');
  });

  it('says 24 hours only for 24/7 stations', () => {
    expect(describeState({ kind: 'open', closesAt: null }, now, true, en.m, en.f).text).toBe('Open 24 hours');
    expect(describeState({ kind: 'open', closesAt: null }, now, false, en.m, en.f).text).toBe('Open');
  });
});

describe('Beijing calendar days', () => {
  it('counts days in Beijing, not in the device time zone', () => {
    // 23:30 and 00:30 Beijing are different days even though both are 15:30/16:30 UTC on one day.
    expect(beijingDayDiff(new Date('2026-03-02T23:30:00+08:00'), new Date('2026-03-03T00:30:00+08:00'))).toBe(1);
    expect(whenText(new Date('2026-03-02T22:00:00+08:00'), now, zh.m, zh.f)).toBe('22:00');
  });
});
