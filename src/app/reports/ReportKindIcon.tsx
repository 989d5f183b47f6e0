/**
 * Line icons for the report kinds, drawn for this app. Always shown beside their words, so they
 * are hidden from screen readers.
 */
import type { ReportKind } from '../../core/report.ts';

const PATHS: Record<ReportKind, string> = {
  closed_but_listed_open: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M5.6 5.6l12.8 12.8',
  wrong_hours: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z M12 7v5l3.5 2',
  charger_broken: 'M13 2 5 13h6l-1 9 8-12h-6z M3 3l18 18',
  amenity_missing: 'M4 8h16v12H4z M6 8l2-4h8l2 4 M9.5 12.5a2.5 2.5 0 1 1 3.2 2.4c-.5.2-.7.5-.7 1 M12 18v.2',
  wrong_location: 'M12 21s-6.5-5.6-6.5-10.5a6.5 6.5 0 0 1 13 0C18.5 15.4 12 21 12 21z M12 7v4 M12 13.8v.2',
  gone: 'M4 21V9.5L12 3l8 6.5V21z M9 12l6 6 M15 12l-6 6',
  dirty_or_unsafe: 'M12 3 2 20.5h20z M12 9.5v5 M12 17.5v.2',
  other: 'M4 4.5h16v11H9.5L5 19.5v-4H4z M8.5 10h.2 M12 10h.2 M15.5 10h.2',
};

export function ReportKindIcon({ kind }: { kind: ReportKind }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path d={PATHS[kind]} fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
