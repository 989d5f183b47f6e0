import { describe, expect, it } from 'vitest';
import { officeReport } from './fixtures.ts';
import { elapsedSince, matchesFilter, newestFirst, unansweredByStation, upsertReport, withAnsweredHere } from './reportList.ts';

const NOW = new Date('2026-11-04T14:30:00+08:00');

describe('report list', () => {
  const charger = officeReport({ kind: 'charger_broken', received_at: '2026-11-04T11:20:00+08:00' });
  const hours = officeReport({ kind: 'wrong_hours', status: 'acknowledged', received_at: '2026-11-04T14:00:00+08:00' });
  const fixed = officeReport({ kind: 'gone', station_id: 'sj-002', status: 'resolved', received_at: '2026-11-03T09:00:00+08:00' });
  const other = officeReport({ kind: 'other', station_id: 'sj-002', received_at: '2026-11-04T08:00:00+08:00' });
  const kinds = (list: { kind: string }[]) => list.map((r) => r.kind);

  it('lists the newest received first', () => {
    expect(kinds(newestFirst([charger, fixed, hours, other]))).toEqual(['wrong_hours', 'charger_broken', 'other', 'gone']);
  });

  it('counts only reports still owed an answer (open or acknowledged), per station', () => {
    expect(unansweredByStation([charger, hours, fixed, other])).toEqual(new Map([['sj-001', 2], ['sj-002', 1]]));
    expect(unansweredByStation([fixed])).toEqual(new Map());
  });

  it('filters: unanswered is open + acknowledged, all is everything, else one status', () => {
    const all = [charger, hours, fixed];
    expect(kinds(all.filter((r) => matchesFilter(r, 'unanswered')))).toEqual(['charger_broken', 'wrong_hours']);
    expect(kinds(all.filter((r) => matchesFilter(r, 'all')))).toEqual(['charger_broken', 'wrong_hours', 'gone']);
    expect(kinds(all.filter((r) => matchesFilter(r, 'acknowledged')))).toEqual(['wrong_hours']);
  });

  it('takes an answer in place, but never lets an older revision replace a newer one', () => {
    const answered = { ...charger, status: 'resolved' as const, reply: '已经修好了', revision: 2 };
    expect(upsertReport([hours, charger], answered).map((r) => [r.kind, r.status])).toEqual([
      ['wrong_hours', 'acknowledged'],
      ['charger_broken', 'resolved'],
    ]);
    expect(upsertReport([answered], charger)[0]!.reply).toBe('已经修好了');
    expect(kinds(upsertReport([charger], hours))).toEqual(['wrong_hours', 'charger_broken']);
  });

  it('keeps a report answered here in sight after the refreshed unanswered list dropped it', () => {
    const resolvedHere = { ...charger, status: 'resolved' as const, revision: 2 };
    const refreshed = [hours];
    expect(withAnsweredHere(refreshed, [resolvedHere]).map((r) => [r.kind, r.status])).toEqual([
      ['wrong_hours', 'acknowledged'],
      ['charger_broken', 'resolved'],
    ]);
  });

  it('says how long ago in the largest whole unit, and "just now" for a clock slightly behind', () => {
    expect(elapsedSince(new Date('2026-11-04T14:29:31+08:00'), NOW)).toEqual({ unit: 'justNow' });
    expect(elapsedSince(new Date('2026-11-04T14:31:00+08:00'), NOW)).toEqual({ unit: 'justNow' });
    expect(elapsedSince(new Date('2026-11-04T14:05:00+08:00'), NOW)).toEqual({ unit: 'minutes', n: 25 });
    expect(elapsedSince(new Date(charger.received_at), NOW)).toEqual({ unit: 'hours', n: 3 });
    expect(elapsedSince(new Date(fixed.received_at), NOW)).toEqual({ unit: 'days', n: 1 });
  });
});
