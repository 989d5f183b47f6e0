/**
 * One report in "My reports": station, kind, note, when, its state in words, the office's
 * reply, and what the rider can do (withdraw a waiting report, delete a refused one).
 */
import { useEffect, useState } from 'react';
import type { Station } from '../../core/station.ts';
import { useI18n } from '../i18nContext.tsx';
import { displayState } from './reportRecord.ts';
import type { ReportRecord } from './reportRecord.ts';
import { ReportStateBadge } from './ReportStateBadge.tsx';
import { failureReason } from './reportText.ts';
import type { SenderActivity } from './sender.ts';

interface Props {
  record: ReportRecord;
  /** The station as the data has it now; null when it is no longer there. */
  station: Station | null;
  activity: SenderActivity;
  onOpenStation: (stationId: string) => void;
  onRemove: (id: string) => void;
}

export function MyReportRow({ record, station, activity, onOpenStation, onRemove }: Props) {
  const { m, f, locale } = useI18n();
  const t = m.reports;
  const state = displayState(record);
  const en = locale === 'en';
  const name = station ? (en && station.properties.name_en ? station.properties.name_en : station.properties.name) : en && record.stationNameEn ? record.stationNameEn : record.stationName;
  const { submission } = record;
  const sending = activity.sendingId === record.id;
  const view = record.state === 'sent' ? record.view : null;
  // Deleting loses what the rider wrote: the first tap asks, the second deletes.
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => setConfirming(false), 5000);
    return () => clearTimeout(timer);
  }, [confirming]);

  let hint: string;
  switch (record.state) {
    case 'queued':
      hint = sending ? t.stateHints.sending : activity.hold === 'rate-limited' ? t.stateHints.rateLimited : record.attempts > 0 ? t.stateHints.queuedTried(record.attempts) : t.stateHints.queued;
      break;
    case 'failed':
      hint = t.failedHint;
      break;
    case 'sent':
      hint = t.stateHints[view?.status ?? 'open'];
      break;
  }

  return (
    <li className={`my-report my-report--${state}`} data-testid="my-report" data-report-id={record.id} data-report-state={state} data-station-id={submission.station_id}>
      <div className="my-report__head">
        {station ? (
          <button type="button" className="my-report__station" onClick={() => onOpenStation(station.id)}>
            {name}
          </button>
        ) : (
          <span className="my-report__station my-report__station--gone">
            {name} <small>（{t.stationGone}）</small>
          </span>
        )}
        <ReportStateBadge state={state} text={t.states[state]} />
      </div>
      <p className="my-report__kind">{t.kinds[submission.kind]}</p>
      {submission.note && <p className="my-report__note">{submission.note}</p>}
      <p className="muted my-report__meta">
        {t.reportedAt(f.dateTime(new Date(submission.created_at)))}
        {submission.suggested_position && ` · ${t.withPosition}`}
      </p>
      <p className="my-report__hint" data-testid="my-report-hint">
        {hint}
      </p>
      {record.state === 'failed' && (
        <p className="notice notice--error my-report__reason" data-testid="my-report-reason">
          {failureReason(record.failure, t)}
        </p>
      )}
      {view?.reply && (
        <div className="my-report__reply" data-testid="my-report-reply">
          <p className="my-report__reply-label">
            {t.replyLabel}
            {view.answered_at && <span className="muted my-report__reply-time"> · {t.answeredAt(f.dateTime(new Date(view.answered_at)))}</span>}
          </p>
          <p>{view.reply}</p>
        </div>
      )}
      {record.state !== 'sent' && (
        <button
          type="button"
          className="action action--small my-report__remove"
          data-testid="my-report-delete"
          data-confirming={confirming ? 'true' : 'false'}
          disabled={sending}
          onClick={() => (confirming ? onRemove(record.id) : setConfirming(true))}
          onBlur={() => setConfirming(false)}
        >
          {record.state === 'queued' ? (confirming ? t.confirmCancel : t.cancelQueued) : confirming ? t.confirmRemove : t.remove}
        </button>
      )}
    </li>
  );
}
