/**
 * The report sheet's form as plain data, and the one step from it to a submission: validated
 * with the shared schema (src/core/report.ts), its problems turned into field errors the sheet
 * can say in words. Pure: the id, the time and the rider's position come in as arguments.
 */
import { REPORT_NOTE_MAX_CHARS, reportSubmissionSchema } from '../../core/report.ts';
import type { ReportKind, ReportSubmission } from '../../core/report.ts';
import type { LngLat } from '../../core/station.ts';

export interface ReportDraft {
  kind: ReportKind | null;
  note: string;
  /** wrong_location only: send the rider's position as where the station really is. */
  usePosition: boolean;
}

export const EMPTY_DRAFT: ReportDraft = { kind: null, note: '', usePosition: false };

export type DraftError =
  | { field: 'kind'; code: 'kind_required' }
  | { field: 'note'; code: 'note_required' }
  | { field: 'note'; code: 'note_too_long'; max: number }
  | { field: 'position'; code: 'position_outside' | 'position_unknown' }
  /** Anything the sheet has no words for (should not happen): the schema's own message. */
  | { field: 'form'; code: 'invalid'; detail: string };

export interface DraftContext {
  stationId: string;
  /** The rider's current position, when known. */
  position: LngLat | null;
  id: string;
  createdAt: Date;
}

export type DraftResult = { ok: true; submission: ReportSubmission } | { ok: false; errors: DraftError[] };

/**
 * @example
 * buildSubmission({ kind: 'other', note: '', usePosition: false }, ctx)
 * // { ok: false, errors: [{ field: 'note', code: 'note_required' }] }
 */
export function buildSubmission(draft: ReportDraft, ctx: DraftContext): DraftResult {
  const errors: DraftError[] = [];
  const wantsPosition = draft.kind === 'wrong_location' && draft.usePosition;
  if (wantsPosition && !ctx.position) errors.push({ field: 'position', code: 'position_unknown' });
  const candidate = {
    id: ctx.id,
    station_id: ctx.stationId,
    kind: draft.kind,
    note: draft.note,
    ...(wantsPosition && ctx.position ? { suggested_position: roundPosition(ctx.position) } : {}),
    created_at: ctx.createdAt.toISOString(),
  };
  const parsed = reportSubmissionSchema.safeParse(candidate);
  if (parsed.success && errors.length === 0) return { ok: true, submission: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const error = errorFor(issue.path[0], issue.code, issue.message);
    if (!errors.some((e) => e.field === error.field)) errors.push(error);
  }
  return { ok: false, errors };
}

function errorFor(field: PropertyKey | undefined, code: string, message: string): DraftError {
  switch (field) {
    case 'kind':
      return { field: 'kind', code: 'kind_required' };
    case 'note':
      return code === 'too_big' ? { field: 'note', code: 'note_too_long', max: REPORT_NOTE_MAX_CHARS } : { field: 'note', code: 'note_required' };
    case 'suggested_position':
      return { field: 'position', code: 'position_outside' };
    default:
      return { field: 'form', code: 'invalid', detail: `${String(field ?? '')}: ${message}` };
  }
}

/** Six decimals (about 10 cm) are more than any phone's fix; more digits only look precise. */
function roundPosition([lng, lat]: LngLat): LngLat {
  return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
}
