import { describe, expect, it } from 'vitest';
import { REPORT_REPLY_MAX_CHARS } from '../../core/report.ts';
import { checkAnswer, conflictCurrent, draftFor, replyCharsLeft } from './answer.ts';
import { officeReport } from './fixtures.ts';

describe('answer draft', () => {
  const fresh = officeReport();
  const acknowledged = officeReport({ status: 'acknowledged', reply: '已收到，明天去看', answered_by: 'sj-editor', revision: 2 });

  it('starts a new report with no outcome chosen, an answered one with its answer', () => {
    expect(draftFor(fresh)).toEqual({ status: null, reply: '' });
    expect(draftFor(acknowledged)).toEqual({ status: 'acknowledged', reply: '已收到，明天去看' });
  });

  it('sends the trimmed reply, and no reply as null', () => {
    expect(checkAnswer({ status: 'resolved', reply: '  充电桩已经修好了。 ' }, fresh)).toEqual({ ok: true, answer: { status: 'resolved', reply: '充电桩已经修好了。' } });
    expect(checkAnswer({ status: 'acknowledged', reply: '   ' }, fresh)).toEqual({ ok: true, answer: { status: 'acknowledged', reply: null } });
  });

  it('refuses a dismissal without a reason, before anything is sent', () => {
    expect(checkAnswer({ status: 'dismissed', reply: ' ' }, fresh)).toEqual({ ok: false, problem: 'replyRequired' });
    expect(checkAnswer({ status: 'dismissed', reply: '现场核实过，充电正常。' }, fresh).ok).toBe(true);
  });

  it('asks for an outcome, a shorter reply, or says nothing changed', () => {
    expect(checkAnswer({ status: null, reply: '好的' }, fresh)).toEqual({ ok: false, problem: 'statusRequired' });
    expect(checkAnswer({ status: 'resolved', reply: '修'.repeat(REPORT_REPLY_MAX_CHARS + 1) }, fresh)).toEqual({ ok: false, problem: 'replyTooLong' });
    expect(checkAnswer({ status: 'resolved', reply: '修'.repeat(REPORT_REPLY_MAX_CHARS) }, fresh).ok).toBe(true);
    expect(checkAnswer({ status: 'acknowledged', reply: '已收到，明天去看 ' }, acknowledged)).toEqual({ ok: false, problem: 'unchanged' });
  });

  it('counts the characters left the way the server does (trimmed)', () => {
    expect(replyCharsLeft('  已修好  ')).toBe(REPORT_REPLY_MAX_CHARS - 3);
    expect(replyCharsLeft('好'.repeat(REPORT_REPLY_MAX_CHARS + 2))).toBe(-2);
  });

  it('reads their answer out of a 409, and nothing out of other failures', () => {
    const theirs = officeReport({ status: 'resolved', reply: '已处理', answered_by: 'sj-colleague', answered_at: '2026-11-04T14:00:00+08:00', revision: 2 });
    const conflict = { kind: 'http' as const, status: 409, code: 'version_conflict', message: 'stale', details: { current: theirs }, retryAfterSeconds: null };
    expect(conflictCurrent(conflict)).toEqual(theirs);
    expect(conflictCurrent({ ...conflict, details: { current: { ...theirs, revision: 0 } } })).toBeNull();
    expect(conflictCurrent({ ...conflict, status: 404, code: 'report_not_found', details: null })).toBeNull();
    expect(conflictCurrent({ kind: 'network', message: 'Failed to fetch' })).toBeNull();
  });
});
