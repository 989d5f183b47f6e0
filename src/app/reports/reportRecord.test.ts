import { describe, expect, test, vi } from 'vitest';
import { displayState, newReportId, restoreReportRecord } from './reportRecord.ts';
import type { ReportRecord } from './reportRecord.ts';

const ID = '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a01';
const submission = { id: ID, station_id: 'cy-0001', kind: 'gone', note: '', created_at: '2026-11-04T14:30:00+08:00' } as const;
const base = { id: ID, submission, stationName: '双井驿站', stationNameEn: null };
const view = { id: ID, station_id: 'cy-0001', reply: null, received_at: '2026-11-04T14:31:00+08:00', answered_at: null };

describe('a stored report', () => {
  test('what "My reports" shows for each state', () => {
    const queued: ReportRecord = { ...base, state: 'queued', attempts: 0, lastTriedAt: null };
    const failed: ReportRecord = { ...base, state: 'failed', failedAt: '2026-11-04T14:31:00+08:00', failure: { httpStatus: 404, code: 'station_not_found', message: '' } };
    const sent = (status: 'open' | 'acknowledged' | 'resolved' | 'dismissed' | null): ReportRecord => ({
      ...base,
      state: 'sent',
      sentAt: '2026-11-04T14:31:00+08:00',
      view: status ? { ...view, status } : null,
      checkedAt: null,
    });
    expect([queued, failed, sent(null), sent('open'), sent('acknowledged'), sent('resolved'), sent('dismissed')].map(displayState)).toEqual([
      'queued',
      'failed',
      'open',
      'open',
      'acknowledged',
      'resolved',
      'dismissed',
    ]);
  });

  test('restore: a good record comes back as it was; a damaged one is skipped, not a crash', () => {
    const good = { ...base, state: 'sent', sentAt: '2026-11-04T14:31:00+08:00', view: { ...view, status: 'resolved', reply: '已修好' }, checkedAt: null };
    expect(restoreReportRecord(structuredClone(good))).toEqual(good);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(restoreReportRecord({ ...good, state: 'lost' })).toBeNull();
    expect(restoreReportRecord({ ...good, submission: { ...submission, kind: 'teahouse' } })).toBeNull();
    expect(restoreReportRecord(null)).toBeNull();
    expect(restoreReportRecord({ ...good, id: '0b9e7a52-3f7e-4f7d-9a51-1d6c2f9b0a99' }), 'key and submission id must agree').toBeNull();
    warn.mockRestore();
  });

  test('ids are version 4 UUIDs, with or without crypto.randomUUID (plain-http deployments)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(newReportId()).toMatch(uuid);
    const insecure = { getRandomValues: <T extends ArrayBufferView>(a: T) => crypto.getRandomValues(a as unknown as Uint8Array) as unknown as T } as Crypto;
    const ids = new Set(Array.from({ length: 100 }, () => newReportId(insecure)));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(uuid);
  });
});
