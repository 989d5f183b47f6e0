import { describe, expect, test, vi } from 'vitest';
import { getReportStatuses, postReport, retryAfterSeconds } from './reportApi.ts';

const URL_STATUS = new URL('http://rider.test/api/reports/status');
const ID = '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a01';
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => async () =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

describe('the report API, as values', () => {
  test('Retry-After: seconds, an HTTP date, the error details, else a minute; kept between 1 s and an hour', () => {
    const now = Date.parse('2026-11-04T06:30:00Z');
    expect(retryAfterSeconds('120', null)).toBe(120);
    expect(retryAfterSeconds('Wed, 04 Nov 2026 06:32:30 GMT', null, now)).toBe(150);
    expect(retryAfterSeconds(null, { retryAfterSeconds: 42.2 })).toBe(43);
    expect(retryAfterSeconds(null, null)).toBe(60);
    expect(retryAfterSeconds('0', null)).toBe(1);
    expect(retryAfterSeconds('999999', null)).toBe(3600);
  });

  test('a 201 whose body cannot be read still counts as delivered (its status is asked for later)', async () => {
    const submission = { id: ID, station_id: 'cy-0001', kind: 'gone' as const, note: '', created_at: '2026-11-04T14:30:00+08:00' };
    expect(await postReport(answer(201, '<html>'), new URL('http://rider.test/api/reports'), submission)).toEqual({ kind: 'delivered', view: null, replayed: false });
    expect(await postReport(answer(503, 'busy'), new URL('http://rider.test/api/reports'), submission)).toEqual({ kind: 'unavailable', detail: 'HTTP 503' });
    expect(await postReport(answer(409, { error: { code: 'version_conflict', message: '' } }), new URL('http://rider.test/api/reports'), submission)).toMatchObject({
      kind: 'unavailable',
    });
  });

  test('statuses: unreadable views are left out, the others kept; more than 50 ids is a programming error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = { id: ID, station_id: 'cy-0001', status: 'acknowledged', reply: '明天去看', received_at: '2026-11-04T14:31:00+08:00', answered_at: '2026-11-04T16:00:00+08:00' };
    const result = await getReportStatuses(answer(200, { reports: [good, { ...good, status: 'lost' }] }), URL_STATUS, [ID]);
    expect(result).toEqual({ kind: 'ok', views: [good] });
    warn.mockRestore();
    expect(await getReportStatuses(answer(400, { error: { code: 'invalid_query' } }), URL_STATUS, [ID])).toEqual({ kind: 'unavailable', detail: 'HTTP 400' });
    await expect(getReportStatuses(answer(200, { reports: [] }), URL_STATUS, Array.from({ length: 51 }, () => ID))).rejects.toThrow(/at most 50/);
  });
});
