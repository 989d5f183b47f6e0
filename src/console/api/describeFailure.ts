/**
 * Every failure in words that say what happened and what to do, in the console's language.
 * The server's own message (English) is the fallback for codes the console does not know.
 */
import type { ConsoleMessages } from '../i18n/messages.ts';
import type { ApiFailure } from './result.ts';

type Detail = { field?: string; message?: string };

function detailText(details: unknown): string {
  if (!Array.isArray(details)) return '';
  return (details as Detail[])
    .slice(0, 4)
    .map((d) => d.message ?? d.field ?? '')
    .filter(Boolean)
    .join('; ');
}

/**
 * @param officeName the name of an office by its code, for "this place belongs to 劲松街道"
 */
export function describeFailure(failure: ApiFailure, t: ConsoleMessages, officeName: (code: string) => string | null = () => null): string {
  if (failure.kind === 'network') return t.errNetwork;
  switch (failure.code) {
    case 'unauthenticated':
      return t.errUnauthenticated;
    case 'csrf':
      return t.errCsrf;
    case 'not_found':
      return t.errNotFound;
    case 'outside_jurisdiction': {
      const code = (failure.details as { officeCode?: string } | null)?.officeCode;
      return t.errOutsideJurisdiction((code && officeName(code)) ?? code ?? '?');
    }
    case 'outside_all_jurisdictions':
      return t.errOutsideAll;
    case 'too_many_attempts':
      return t.loginRateLimited(failure.retryAfterSeconds ?? 30);
    case 'version_conflict':
      return t.errConflict;
    case 'report_not_found':
      return t.reports.errNotFound;
    case 'invalid_response':
      return t.errBadResponse;
    case 'unreadable_import': {
      // The importer's message for a whole file it cannot read (missing columns, a CRS conflict).
      const message = (failure.details as { message?: { zh?: string; en?: string } } | null)?.message;
      return t.errInvalid(message?.[t.importerText] ?? failure.message);
    }
    case 'invalid_station':
    case 'invalid_body':
    case 'office_mismatch':
      return t.errInvalid(detailText(failure.details) || failure.message);
    default:
      if (failure.status >= 500) return t.errServer;
      return t.errOther(failure.message);
  }
}

/** A refusal kept in the offline queue, back in the shape describeFailure reads. */
export function storedFailure(error: { status: number; code: string; message: string; details?: unknown }): ApiFailure {
  return { kind: 'http', status: error.status, code: error.code, message: error.message, details: error.details ?? null, retryAfterSeconds: null };
}
