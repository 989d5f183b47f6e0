/**
 * Rider reports (随手报). Riders, without an account: POST /api/reports and
 * GET /api/reports/status?ids=. Offices, with a session: GET /api/reports and
 * PATCH /api/reports/:id (If-Match required).
 *
 * Delivery is exactly once per report id: a repeat of the same submission is answered with the
 * stored report (200, Idempotent-Replayed), never stored again, and never counts against the
 * hourly limit. An editor sees and answers only its own office's reports; another office's
 * report gets the same 404 as one that does not exist.
 */
import type { FastifyInstance } from 'fastify';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { REPORT_STATUSES, reportAnswerSchema, reportIdSchema, reportSubmissionSchema, UNANSWERED_STATUSES } from '../../core/report.ts';
import type { OfficeReport, ReportStatus, ReportStatusView, ReportSubmission } from '../../core/report.ts';
import { officeCodeSchema } from '../../core/station.ts';
import { requireSession } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { ifMatchVersion, versionEtag } from '../httpCaching.ts';
import { REPORT_BODY_LIMIT_BYTES } from '../limits.ts';
import type { User } from '../repository.ts';
import { parseBody, zodProblems } from '../validation.ts';

/** At most MAX_NEW new reports per client address in any rolling WINDOW_MS. */
export const REPORT_LIMIT = { MAX_NEW: 20, WINDOW_MS: 60 * 60_000 } as const;
/** Ids per status request: a rider's outbox rarely holds more than a handful. */
export const MAX_STATUS_IDS = 50;

const statusIdsSchema = z
  .string()
  .transform((s) => s.split(',').map((id) => id.trim()).filter((id) => id !== ''))
  .pipe(z.array(reportIdSchema).min(1, 'at least one report id').max(MAX_STATUS_IDS, `at most ${MAX_STATUS_IDS} report ids`))
  .transform((ids) => [...new Set(ids)]);
const statusQuery = z.object({ ids: statusIdsSchema }).strict();
const listQuery = z
  .object({ status: z.enum(['unanswered', 'all', ...REPORT_STATUSES]).default('unanswered'), office: z.optional(officeCodeSchema) })
  .strict();

type IdParams = { Params: { id: string } };

function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw new ApiError(400, 'invalid_query', 'Query parameters are not valid.', zodProblems(parsed.error));
  return parsed.data;
}

/** What a rider may read back: no office-internal fields. */
export const statusView = (r: OfficeReport): ReportStatusView => ({
  id: r.id,
  station_id: r.station_id,
  status: r.status,
  reply: r.reply,
  received_at: r.received_at,
  answered_at: r.answered_at,
});

/** The content a repeat of the same id must match (the device's created_at is not part of it). */
const contentHash = (s: ReportSubmission): string =>
  createHash('sha256').update(JSON.stringify([s.station_id, s.kind, s.note, s.suggested_position ?? null])).digest('base64url');

const statusesFor = (filter: z.output<typeof listQuery>['status']): readonly ReportStatus[] =>
  filter === 'unanswered' ? UNANSWERED_STATUSES : filter === 'all' ? REPORT_STATUSES : [filter];

/** The office whose reports `user` gets for `?office=`: undefined = every office, null = none. */
function visibleOffice(user: User, requested: string | undefined): string | undefined | null {
  if (user.role === 'admin') return requested;
  if (!user.officeCode || (requested !== undefined && requested !== user.officeCode)) return null;
  return user.officeCode;
}

const maySee = (user: User, report: OfficeReport): boolean => user.role === 'admin' || report.office_code === user.officeCode;

const reportNotFound = (): ApiError => new ApiError(404, 'report_not_found', 'No such report.');

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store } = ctx;
  // Addresses are kept only as a keyed hash whose key lives in memory, and only for the hour the
  // limit looks back: the database never holds anything that leads back to a rider's address.
  // A restart forgets the counts, which costs an abuser at most one more hour's worth.
  const addressSecret = randomBytes(32);
  const submitterKey = (ip: string) => createHmac('sha256', addressSecret).update(ip).digest('base64url');

  /** Throws 429 when `key` already sent MAX_NEW new reports in the window before `at`. */
  function assertUnderLimit(key: string, at: Date): void {
    const recent = store.reports.receivedSince(key, new Date(at.getTime() - REPORT_LIMIT.WINDOW_MS));
    if (recent.length < REPORT_LIMIT.MAX_NEW) return;
    // A slot frees when the oldest report that still fills the limit leaves the window.
    const oldest = recent[recent.length - REPORT_LIMIT.MAX_NEW] ?? at;
    const seconds = Math.max(1, Math.ceil((oldest.getTime() + REPORT_LIMIT.WINDOW_MS - at.getTime()) / 1000));
    throw new ApiError(
      429,
      'too_many_reports',
      `More than ${REPORT_LIMIT.MAX_NEW} reports from this address within an hour; try again in ${seconds} s.`,
      { retryAfterSeconds: seconds },
      { 'retry-after': String(seconds) },
    );
  }

  app.post('/api/reports', { config: { public: true }, bodyLimit: REPORT_BODY_LIMIT_BYTES }, async (request, reply) => {
    const submission = parseBody(reportSubmissionSchema, request.body);
    const at = ctx.clock.now();
    const hash = contentHash(submission);
    const key = submitterKey(request.ip);
    const { report, replayed } = store.transaction(() => {
      const existing = store.reports.get(submission.id);
      if (existing) {
        if (existing.contentHash !== hash) {
          throw new ApiError(409, 'report_id_conflict', `Report ${submission.id} was already received with different content; a new report needs a new id.`);
        }
        return { report: existing.report, replayed: true };
      }
      assertUnderLimit(key, at);
      const station = store.stations.get(submission.station_id);
      if (!station || station.deleted) {
        throw new ApiError(404, 'station_not_found', `There is no station ${submission.station_id} (it may have been removed); the report was not stored.`);
      }
      store.reports.forgetSubmittersBefore(new Date(at.getTime() - REPORT_LIMIT.WINDOW_MS));
      const added = store.reports.add({
        submission,
        officeCode: station.officeCode,
        stationName: station.station.properties.name,
        receivedAt: at,
        contentHash: hash,
        submitterKey: key,
      });
      return { report: added.report, replayed: false };
    });
    if (replayed) void reply.header('idempotent-replayed', 'true');
    return reply.code(replayed ? 200 : 201).send({ report: statusView(report) });
  });

  app.get('/api/reports/status', async (request, reply) => {
    const { ids } = parseQuery(statusQuery, request.query);
    void reply.header('cache-control', 'no-store');
    return { reports: store.reports.getMany(ids).map(statusView) };
  });

  app.get('/api/reports', async (request, reply) => {
    const { user } = requireSession(request);
    const query = parseQuery(listQuery, request.query);
    const office = visibleOffice(user, query.office);
    void reply.header('cache-control', 'no-store');
    if (office === null) return { reports: [] };
    return { reports: store.reports.list({ ...(office === undefined ? {} : { officeCode: office }), statuses: statusesFor(query.status) }) };
  });

  app.patch<IdParams>('/api/reports/:id', async (request, reply) => {
    const { user } = requireSession(request);
    const expected = ifMatchVersion(request.headers['if-match']);
    const answer = parseBody(reportAnswerSchema, request.body);
    const at = ctx.clock.now();
    const report = store.transaction(() => {
      const current = store.reports.get(request.params.id)?.report;
      if (!current || !maySee(user, current)) throw reportNotFound();
      if (expected === undefined) {
        throw new ApiError(428, 'if_match_required', `Send If-Match with the revision you answered (now "${current.revision}").`);
      }
      const change = { status: answer.status, reply: answer.reply || null, by: user.username, at };
      const next = expected === current.revision ? store.reports.answer(current.id, expected, change) : null;
      if (!next) {
        throw new ApiError(409, 'version_conflict', `You answered revision ${expected}; the report is now at revision ${current.revision}.`, {
          currentRevision: current.revision,
          current,
        }, { etag: versionEtag(current.revision) });
      }
      return next;
    });
    void reply.header('etag', versionEtag(report.revision));
    return { report };
  });
}
