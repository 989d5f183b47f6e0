/**
 * A report's state as a label. Like the open-state badge, it shows as colour AND shape (clock,
 * cross, dot, half dot, tick, dash), so it reads without colour vision and in glare.
 */
import type { ReportDisplayState } from './reportRecord.ts';

const SHAPES: Record<ReportDisplayState, string> = {
  queued: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z M12 8v4.5l3 1.8',
  failed: 'M6 6l12 12 M18 6 6 18',
  open: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7z',
  acknowledged: 'M12 4a8 8 0 1 0 0 16 8 8 0 0 0 0-16z M12 4v16',
  resolved: 'M4.5 12.5l5 5L19.5 7',
  dismissed: 'M5 12h14',
};

export function ReportStateBadge({ state, text }: { state: ReportDisplayState; text: string }) {
  return (
    <span className={`report-state report-state--${state}`} data-testid="my-report-state">
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <path d={SHAPES[state]} fill="none" stroke="currentColor" strokeWidth="2.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span>{text}</span>
    </span>
  );
}
