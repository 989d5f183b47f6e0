/**
 * One rider report as the office reads it: which station (a button to it in the editor), what
 * kind of problem in words, the rider's note, when it arrived, the place the rider suggests (with
 * a button that opens the editor with the pin there), and the answer so far; the answer form
 * opens beneath it.
 */
import type { ReactNode } from 'react';
import { distance } from '@turf/turf';
import type { OfficeReport } from '../../core/report.ts';
import type { Station } from '../../core/station.ts';
import { stationLabel } from '../stations/stationLabel.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import type { OpenStationRequest } from '../stations/StationsView.tsx';
import { elapsedSince } from './reportList.ts';
import type { Elapsed } from './reportList.ts';

interface Props {
  report: OfficeReport;
  /** The station as it is now; undefined once deleted. */
  station: Station | undefined;
  now: Date;
  /** What just happened to this report here ("saved"), if anything. */
  notice: string | null;
  answering: boolean;
  onAnswer(): void;
  onOpenStation(request: OpenStationRequest): void;
  /** The answer form, when open. */
  children?: ReactNode;
}

export function ReportCard({ report, station, now, notice, answering, onAnswer, onOpenStation, children }: Props) {
  const { t, f, locale } = useConsoleI18n();
  const r = t.reports;
  const name = station ? stationLabel(station, locale) : report.station_name;
  const received = new Date(report.received_at);
  const ago = (e: Elapsed) => (e.unit === 'justNow' ? r.ago.justNow : r.ago[e.unit](e.n));
  const suggested = report.suggested_position;
  const away = suggested && station ? f.distance(distance(station.geometry.coordinates, suggested, { units: 'meters' })) : null;

  return (
    <li className={`console-report console-report--${report.status}`} data-testid="report-row" data-report-id={report.id} data-report-status={report.status} data-station-id={report.station_id}>
      <div className="console-report__head">
        {station ? (
          <button type="button" className="console-link console-name" onClick={() => onOpenStation({ id: station.id, pinAt: null, message: null })} aria-label={r.openStation(name)} data-testid="report-station">
            {name}
          </button>
        ) : (
          <span className="console-report__station console-name" data-testid="report-station">
            {name} <span className="console-tag">{r.stationGone}</span>
          </span>
        )}
        <span className={`console-status console-status--${report.status}`} data-testid="report-status">
          {r.statuses[report.status]}
        </span>
      </div>
      <p className="console-report__kind" data-testid="report-kind" data-kind={report.kind}>
        {r.kinds[report.kind]}
      </p>
      <dl className="console-facts">
        <dt>{r.riderNote}</dt>
        <dd data-testid="report-note">{report.note ? report.note : <span className="console-muted">{r.noNote}</span>}</dd>
        <dt>{r.received}</dt>
        <dd data-testid="report-received">
          <time dateTime={report.received_at} title={f.dateTime(received)}>
            {ago(elapsedSince(received, now))}
          </time>
          <span className="console-muted"> · {f.dateTime(received)}</span>
        </dd>
        {suggested && (
          <>
            <dt>{r.suggested}</dt>
            <dd className="console-facts__with-action" data-testid="report-suggested">
              <span className="console-mono">{r.suggestedAt(`${suggested[0].toFixed(6)}, ${suggested[1].toFixed(6)}`, away)}</span>
              {station && (
                <button
                  type="button"
                  className="console-button console-button--small"
                  onClick={() => onOpenStation({ id: station.id, pinAt: suggested, message: r.suggestedFlash })}
                  data-testid="report-move-pin"
                >
                  {r.moveToSuggested}
                </button>
              )}
            </dd>
          </>
        )}
        <dt>{r.currentAnswer}</dt>
        <dd data-testid="report-current-reply">
          {report.reply ?? <span className="console-muted">{r.noReplyYet}</span>}
          {report.answered_at && (
            <span className="console-muted console-report__by">{r.answeredBy(report.answered_by ?? '?', f.dateTime(new Date(report.answered_at)))}</span>
          )}
        </dd>
      </dl>
      {notice && (
        <p className="console-success" role="status" data-testid="report-notice">
          {notice}
        </p>
      )}
      {answering ? (
        children
      ) : (
        <div className="console-actions">
          <button type="button" className="console-button" onClick={onAnswer} data-testid="report-answer">
            {report.status === 'open' ? r.answer : r.changeAnswer}
          </button>
        </div>
      )}
    </li>
  );
}
