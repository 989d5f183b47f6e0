/**
 * The station detail's way to report: "Report a problem", the confirmation once the sheet has
 * closed, and a way to this station's reports in "My reports" when the rider has any. Keeps the
 * sheet's draft while the detail is open, so closing the sheet by mistake loses nothing.
 */
import { useEffect, useState } from 'react';
import type { LngLat, Station } from '../../core/station.ts';
import { useI18n } from '../i18nContext.tsx';
import { useStore } from '../offline/useStore.ts';
import { EMPTY_DRAFT } from './draft.ts';
import type { ReportDraft } from './draft.ts';
import type { ReportOutbox, SubmitOutcome } from './reportOutbox.ts';
import { ReportSheet } from './ReportSheet.tsx';
import { confirmationText } from './reportText.ts';
import './reports.css';

interface Props {
  station: Station;
  position: LngLat | null;
  outbox: ReportOutbox;
  now: () => Date;
  onOpenMyReports: (stationId: string) => void;
}

export function ReportEntry({ station, position, outbox, now, onOpenMyReports }: Props) {
  const { m } = useI18n();
  const t = m.reports;
  const reports = useStore(outbox.reports);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ReportDraft>(EMPTY_DRAFT);
  const [done, setDone] = useState<Exclude<SubmitOutcome, { kind: 'not-saved' }> | null>(null);
  useEffect(() => void outbox.load(), [outbox]);
  const mine = reports?.filter((r) => r.submission.station_id === station.id).length ?? 0;
  const confirmation = done ? confirmationText(done, t) : null;

  return (
    <section className="detail__section report-entry" aria-labelledby="detail-report">
      <h3 id="detail-report">{t.entryTitle}</h3>
      {confirmation && done && (
        <div
          className={`notice report-confirmation report-confirmation--${done.kind}`}
          data-testid="report-confirmation"
          data-outcome={done.kind}
          role="status"
        >
          {confirmation.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <button
        type="button"
        className="action action--wide"
        data-testid="report-button"
        aria-haspopup="dialog"
        onClick={() => {
          setDone(null);
          setOpen(true);
        }}
      >
        {t.button}
      </button>
      {mine > 0 && (
        <button type="button" className="action action--wide action--quiet" data-testid="detail-my-reports" onClick={() => onOpenMyReports(station.id)}>
          {t.forStation(mine)}
        </button>
      )}
      {open && (
        <ReportSheet
          station={station}
          position={position}
          outbox={outbox}
          now={now}
          draft={draft}
          onDraft={setDraft}
          onDone={(outcome) => {
            setDraft(EMPTY_DRAFT);
            setDone(outcome);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </section>
  );
}
