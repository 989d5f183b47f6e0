/** The words for a report's outcome: a refusal's reason and the sheet's confirmation. */
import type { ReportsMessages } from '../../i18n/messages.ts';
import type { SubmitOutcome } from './reportOutbox.ts';
import type { ReportFailure } from './reportRecord.ts';

/**
 * @example failureReason({ httpStatus: 404, code: 'station_not_found', message: '' }, m) // '这个驿站已从数据中删除，报告无法送达'
 */
export function failureReason(failure: ReportFailure, m: ReportsMessages): string {
  switch (failure.code) {
    case 'station_not_found':
    case 'report_id_conflict':
    case 'invalid_body':
      return m.failureReasons[failure.code];
    default:
      return m.failureReasons.other(failure.message || `HTTP ${failure.httpStatus}`);
  }
}

/** What the station detail says once the sheet has closed; null for an outcome that keeps it open. */
export function confirmationText(outcome: SubmitOutcome, m: ReportsMessages): string[] | null {
  switch (outcome.kind) {
    case 'sent':
      return [m.confirmSent];
    case 'queued': {
      const main = outcome.why === 'slow' ? m.confirmSlow : outcome.why === 'rate-limited' ? m.confirmRateLimited : m.confirmQueued;
      return outcome.durable ? [main] : [main, m.notDurable];
    }
    case 'failed':
      return [m.confirmFailed(failureReason(outcome.failure, m))];
    case 'not-saved':
      return null;
    default:
      return assertNever(outcome);
  }
}

function assertNever(value: never): never {
  throw new Error(`unexpected outcome ${JSON.stringify(value)}`);
}
