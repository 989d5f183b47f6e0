/**
 * The office's answer to one report, as a form draft: the status chosen and the reply to the
 * rider. `checkAnswer` turns the draft into the body PATCH /api/reports/:id takes, or says what
 * is missing, before anything is sent; `conflictCurrent` reads someone else's answer out of a 409.
 */
import { officeReportSchema, REPORT_REPLY_MAX_CHARS, reportAnswerSchema } from '../../core/report.ts';
import type { OfficeReport, ReportAnswer, ReportStatus } from '../../core/report.ts';
import type { ApiFailure } from '../api/result.ts';

/** What an office can answer; "open" is only where a report starts. */
export const ANSWER_STATUSES = ['acknowledged', 'resolved', 'dismissed'] as const satisfies readonly ReportStatus[];
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export interface AnswerDraft {
  /** null until the editor chooses (a new report has no answer to start from). */
  status: AnswerStatus | null;
  reply: string;
}

export type AnswerProblem = 'statusRequired' | 'replyRequired' | 'replyTooLong' | 'unchanged';

export type AnswerCheck = { ok: true; answer: ReportAnswer } | { ok: false; problem: AnswerProblem };

const isAnswerStatus = (s: ReportStatus): s is AnswerStatus => (ANSWER_STATUSES as readonly ReportStatus[]).includes(s);

/** The form as a report's current answer fills it. */
export function draftFor(report: OfficeReport): AnswerDraft {
  return { status: isAnswerStatus(report.status) ? report.status : null, reply: report.reply ?? '' };
}

/** Characters left for the reply, as the server counts them (after trimming). */
export const replyCharsLeft = (reply: string): number => REPORT_REPLY_MAX_CHARS - reply.trim().length;

/**
 * The answer to send on top of `base`, or the one thing to fix first.
 *
 * @example checkAnswer({ status: 'dismissed', reply: ' ' }, report) // { ok: false, problem: 'replyRequired' }
 */
export function checkAnswer(draft: AnswerDraft, base: OfficeReport): AnswerCheck {
  if (draft.status === null) return { ok: false, problem: 'statusRequired' };
  const reply = draft.reply.trim() || null;
  if (reply !== null && reply.length > REPORT_REPLY_MAX_CHARS) return { ok: false, problem: 'replyTooLong' };
  const parsed = reportAnswerSchema.safeParse({ status: draft.status, reply });
  if (!parsed.success) {
    // The schema's only rule beyond length: a dismissal says why.
    return { ok: false, problem: parsed.error.issues.some((i) => i.path[0] === 'reply') ? 'replyRequired' : 'statusRequired' };
  }
  if (parsed.data.status === base.status && parsed.data.reply === base.reply) return { ok: false, problem: 'unchanged' };
  return { ok: true, answer: parsed.data };
}

/** Someone else's answer, from a 409 `version_conflict` (null for any other failure). */
export function conflictCurrent(failure: ApiFailure): OfficeReport | null {
  if (failure.kind !== 'http' || failure.status !== 409 || failure.code !== 'version_conflict') return null;
  const parsed = officeReportSchema.safeParse((failure.details as { current?: unknown } | null)?.current);
  return parsed.success ? parsed.data : null;
}
