/**
 * Rider reports (随手报): a rider tells the street office that something about a station is wrong,
 * and later sees what the office did. One schema for the rider app, its offline outbox, the API
 * and the console.
 *
 * The report id is made on the rider's device (a random UUID) before anything is sent. It is the
 * delivery key: the server stores a report once per id, and a repeat of the same submission is
 * answered with the stored report, so a report queued offline and sent twice arrives once.
 */
import { z } from 'zod/mini';
import { lngLatSchema, trimmed } from './station.ts';

/** What riders report, most common first. Order here is the display order. */
export const REPORT_KINDS = [
  'closed_but_listed_open',
  'wrong_hours',
  'charger_broken',
  'amenity_missing',
  'wrong_location',
  'gone',
  'dirty_or_unsafe',
  'other',
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * open: received, nobody has answered yet · acknowledged: the office is on it ·
 * resolved: fixed (or the data corrected) · dismissed: could not confirm, or not a problem.
 */
export const REPORT_STATUSES = ['open', 'acknowledged', 'resolved', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** Statuses that still need the office's attention (the console's "open reports" count). */
export const UNANSWERED_STATUSES: readonly ReportStatus[] = ['open', 'acknowledged'];

export const REPORT_NOTE_MAX_CHARS = 500;
export const REPORT_REPLY_MAX_CHARS = 500;

const isoDateTime = z.iso.datetime({ offset: true });
export const reportIdSchema = z.uuid();

/** Beijing municipality with a margin: a suggested position outside it is a mistake. */
const BEIJING_BOUNDS = { minLng: 115.3, maxLng: 117.6, minLat: 39.4, maxLat: 41.1 } as const;

/** What the rider's device sends (POST /api/reports) and keeps in its outbox until delivered. */
export const reportSubmissionSchema = z
  .strictObject({
    id: reportIdSchema,
    station_id: trimmed(1, 100),
    kind: z.enum(REPORT_KINDS),
    note: z.string().check(z.trim(), z.maxLength(REPORT_NOTE_MAX_CHARS)),
    /** Only for wrong_location: where the rider says the station really is (WGS-84). */
    suggested_position: z.optional(lngLatSchema),
    /** When the rider pressed send, on the device's clock (informational: the server keeps its own). */
    created_at: isoDateTime,
  })
  .check(
    z.superRefine((r, ctx) => {
      if (r.kind === 'other' && r.note.length < 2) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'a report of kind "other" needs a note saying what is wrong' });
      }
      if (r.suggested_position) {
        if (r.kind !== 'wrong_location') {
          ctx.addIssue({ code: 'custom', path: ['suggested_position'], message: 'only a wrong_location report carries a suggested position' });
        }
        const [lng, lat] = r.suggested_position;
        const b = BEIJING_BOUNDS;
        if (!(lng >= b.minLng && lng <= b.maxLng && lat >= b.minLat && lat <= b.maxLat)) {
          ctx.addIssue({ code: 'custom', path: ['suggested_position'], message: 'a [lng, lat] position in Beijing (WGS-84)' });
        }
      }
    }),
  );
export type ReportSubmission = z.infer<typeof reportSubmissionSchema>;

/** What anyone holding the id may read back (GET /api/reports/status): no office-internal fields. */
export const reportStatusSchema = z.strictObject({
  id: reportIdSchema,
  station_id: z.string(),
  status: z.enum(REPORT_STATUSES),
  /** The office's answer to the rider, if any. */
  reply: z.nullable(z.string().check(z.maxLength(REPORT_REPLY_MAX_CHARS))),
  /** When the server stored the report. */
  received_at: isoDateTime,
  /** When the office last changed status or reply; null until then. */
  answered_at: z.nullable(isoDateTime),
});
export type ReportStatusView = z.infer<typeof reportStatusSchema>;

/** The whole report, as the console sees it (GET /api/reports). */
export const officeReportSchema = z.strictObject({
  id: reportIdSchema,
  station_id: z.string(),
  /** The station's name when the report arrived (the station may since be renamed or deleted). */
  station_name: z.string(),
  office_code: z.string(),
  kind: z.enum(REPORT_KINDS),
  note: z.string(),
  suggested_position: z.nullable(lngLatSchema),
  created_at: isoDateTime,
  received_at: isoDateTime,
  status: z.enum(REPORT_STATUSES),
  reply: z.nullable(z.string()),
  answered_at: z.nullable(isoDateTime),
  answered_by: z.nullable(z.string()),
  /** Starts at 1, +1 on every answer; PATCH needs it in If-Match. */
  revision: z.number().check(z.int(), z.positive()),
});
export type OfficeReport = z.infer<typeof officeReportSchema>;

/** The office's answer (PATCH /api/reports/:id). A dismissal must say why. */
export const reportAnswerSchema = z
  .strictObject({
    status: z.enum(REPORT_STATUSES),
    reply: z.nullable(z.string().check(z.trim(), z.maxLength(REPORT_REPLY_MAX_CHARS))),
  })
  .check(
    z.superRefine((a, ctx) => {
      if (a.status === 'dismissed' && !a.reply) {
        ctx.addIssue({ code: 'custom', path: ['reply'], message: 'a dismissed report needs a reply telling the rider why' });
      }
    }),
  );
export type ReportAnswer = z.infer<typeof reportAnswerSchema>;

/** Whether the office still owes the rider an outcome. */
export const isUnanswered = (status: ReportStatus): boolean => UNANSWERED_STATUSES.includes(status);
