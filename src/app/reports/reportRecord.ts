/**
 * One rider report as this device keeps it (IndexedDB `reports`, keyPath 'id'): what was
 * submitted, the station's name at that moment, and where the report is on its way.
 *
 *   queued ──201/200──▶ sent (with the office's status view, refreshed later)
 *      │
 *      └──400 / 404 station_not_found / 409 report_id_conflict──▶ failed (kept until deleted)
 *
 * Everything read back from storage goes through `restoreReportRecord`, the one validator.
 */
import { z } from 'zod/mini';
import { reportStatusSchema, reportSubmissionSchema } from '../../core/report.ts';
import type { ReportStatus, ReportStatusView, ReportSubmission } from '../../core/report.ts';

/** Why the server refused a report for good (its error code and words, for the rider). */
export interface ReportFailure {
  httpStatus: number;
  /** The API's error code, e.g. 'station_not_found'; 'http_<status>' when the answer had none. */
  code: string;
  message: string;
}

interface RecordBase {
  id: string;
  submission: ReportSubmission;
  /** The station's names when the rider reported: it may be renamed or removed since. */
  stationName: string;
  stationNameEn: string | null;
}

export type ReportDelivery =
  | { state: 'queued'; attempts: number; lastTriedAt: string | null }
  | {
      state: 'sent';
      sentAt: string;
      /** What the server said about it; null when its answer could not be read (refreshed later). */
      view: ReportStatusView | null;
      /** When the status was last asked for (ISO 8601); null until then. */
      checkedAt: string | null;
    }
  | { state: 'failed'; failedAt: string; failure: ReportFailure };

export type ReportRecord = RecordBase & ReportDelivery;

/** What "My reports" shows for a report: where it is on the device, or the office's status. */
export type ReportDisplayState = 'queued' | 'failed' | ReportStatus;

/**
 * @example
 * displayState({ ...record, state: 'sent', view: { ...view, status: 'resolved' } }) // 'resolved'
 */
export function displayState(record: ReportRecord): ReportDisplayState {
  switch (record.state) {
    case 'queued':
      return 'queued';
    case 'failed':
      return 'failed';
    case 'sent':
      // Just delivered and not yet asked about: the server stores every new report as open.
      return record.view?.status ?? 'open';
    default:
      return assertNever(record);
  }
}

const isoDateTime = z.iso.datetime({ offset: true });
const base = {
  id: z.uuid(),
  submission: reportSubmissionSchema,
  stationName: z.string(),
  stationNameEn: z.nullable(z.string()),
};
const recordSchema = z.discriminatedUnion('state', [
  z.object({ ...base, state: z.literal('queued'), attempts: z.number().check(z.int(), z.nonnegative()), lastTriedAt: z.nullable(isoDateTime) }),
  z.object({ ...base, state: z.literal('sent'), sentAt: isoDateTime, view: z.nullable(reportStatusSchema), checkedAt: z.nullable(isoDateTime) }),
  z.object({
    ...base,
    state: z.literal('failed'),
    failedAt: isoDateTime,
    failure: z.object({ httpStatus: z.number().check(z.int()), code: z.string(), message: z.string() }),
  }),
]);

/**
 * A stored record as the app may trust it, or null (with the reason logged) when it cannot be
 * read: a record the app cannot show is skipped, never a crash.
 */
export function restoreReportRecord(raw: unknown): ReportRecord | null {
  const parsed = recordSchema.safeParse(raw);
  if (!parsed.success) {
    console.warn('a stored report could not be read and is skipped', parsed.error.issues, raw);
    return null;
  }
  const record = parsed.data as ReportRecord;
  return record.id === record.submission.id ? record : null;
}

/** Oldest first (the order they are sent in); ties by id so the order is stable. */
export const byCreatedAt = (a: ReportRecord, b: ReportRecord): number =>
  Date.parse(a.submission.created_at) - Date.parse(b.submission.created_at) || a.id.localeCompare(b.id);

/**
 * A random (version 4) UUID. `crypto.randomUUID` exists only in secure contexts (https,
 * localhost); a deployment on plain http inside a network still gets a valid id.
 */
export function newReportId(crypto: Crypto = globalThis.crypto): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function assertNever(value: never): never {
  throw new Error(`unexpected report record ${JSON.stringify(value)}`);
}
