/**
 * The API client's rider report calls against a scripted fetch: what goes out (query, If-Match,
 * Idempotency-Key, CSRF) and what comes back (only reports that pass the shared schema).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { officeReport } from '../reports/fixtures.ts';
import { createApiClient } from './client.ts';
import { describeFailure } from './describeFailure.ts';
import { zhCN } from '../i18n/zhCN.ts';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function scripted(status: number, body: unknown) {
  const sent: Sent[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const client = createApiClient({ fetchImpl });
  client.csrfToken = 'csrf-1';
  return { client, sent };
}

afterEach(() => vi.restoreAllMocks());

describe('api client: rider reports', () => {
  it('asks for a status (and an office only when given), and drops a report that fails the schema with a warning', async () => {
    const good = officeReport();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { client, sent } = scripted(200, { reports: [good, { ...good, id: 'not-a-uuid', kind: 'aliens' }] });

    const result = await client.reports('unanswered');
    expect(result.ok && result.value).toEqual([good]);
    expect(sent[0]).toMatchObject({ url: '/api/reports?status=unanswered', method: 'GET' });
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toMatch(/^report 1 from the server skipped: id: .*kind: /);

    await client.reports('dismissed', '110105017');
    expect(sent[1]!.url).toBe('/api/reports?status=dismissed&office=110105017');
  });

  it('sends an answer with If-Match on the revision seen, a fresh Idempotency-Key and the CSRF token', async () => {
    const answered = officeReport({ status: 'resolved', reply: '已修好', answered_by: 'sj-editor', answered_at: '2026-11-04T14:31:00+08:00', revision: 4 });
    const { client, sent } = scripted(200, { report: answered });
    const result = await client.answerReport(answered.id, { status: 'resolved', reply: '已修好' }, 3);
    expect(result.ok && result.value).toEqual(answered);
    expect(sent[0]).toMatchObject({ url: `/api/reports/${answered.id}`, method: 'PATCH', body: { status: 'resolved', reply: '已修好' } });
    expect(sent[0]!.headers).toMatchObject({ 'if-match': '"3"', 'x-csrf-token': 'csrf-1', 'content-type': 'application/json' });
    expect(sent[0]!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{32,36}$/);

    await client.answerReport(answered.id, { status: 'resolved', reply: '已修好' }, 3);
    expect(sent[1]!.headers['idempotency-key']).not.toBe(sent[0]!.headers['idempotency-key']);
  });

  it('keeps a 409 with the current report for the caller, and an unreadable success is a failure in words', async () => {
    const theirs = officeReport({ status: 'dismissed', reply: '不是问题', revision: 2 });
    const conflict = await scripted(409, { error: { code: 'version_conflict', message: 'stale', details: { current: theirs } } }).client.answerReport(theirs.id, { status: 'resolved', reply: null }, 1);
    expect(conflict.ok).toBe(false);
    if (!conflict.ok) expect(conflict.failure).toMatchObject({ kind: 'http', status: 409, code: 'version_conflict', details: { current: theirs } });

    const garbled = await scripted(200, { report: { id: theirs.id } }).client.answerReport(theirs.id, { status: 'resolved', reply: null }, 2);
    expect(garbled.ok).toBe(false);
    if (!garbled.ok) expect(describeFailure(garbled.failure, zhCN)).toBe(zhCN.errBadResponse);

    const gone = await scripted(404, { error: { code: 'report_not_found', message: 'no such report', details: null } }).client.answerReport(theirs.id, { status: 'resolved', reply: null }, 2);
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(describeFailure(gone.failure, zhCN)).toBe('这条报告不存在，或不属于你的街道。请刷新列表。');
  });
});
