/**
 * "My reports": every report made on this device, newest first, with where each one is and
 * what the office answered. Opening it sends what waits and asks the server for fresh statuses
 * (when online). From a station's detail it shows only that station's reports, with a way to
 * all of them.
 */
import { useEffect } from 'react';
import type { Station } from '../../core/station.ts';
import { Dialog } from '../Dialog.tsx';
import { useI18n } from '../i18nContext.tsx';
import { useStore } from '../offline/useStore.ts';
import { SheetHeader } from '../SheetHeader.tsx';
import { MyReportRow } from './MyReportRow.tsx';
import type { ReportOutbox } from './reportOutbox.ts';
import './reports.css';

interface Props {
  outbox: ReportOutbox;
  stationsById: ReadonlyMap<string, Station>;
  /** Show only this station's reports (opened from its detail). */
  stationId: string | null;
  onShowAll: () => void;
  onOpenStation: (stationId: string) => void;
  onClose: () => void;
}

export function MyReports({ outbox, stationsById, stationId, onShowAll, onOpenStation, onClose }: Props) {
  const { m, f, locale } = useI18n();
  const t = m.reports;
  const reports = useStore(outbox.reports);
  const activity = useStore(outbox.activity);
  const check = useStore(outbox.statusCheck);
  // Opening the view is a good moment to try: send what waits, and ask what became of the rest.
  useEffect(() => {
    void outbox.load().then(() => Promise.all([outbox.sendNow(), outbox.refreshStatuses()]));
  }, [outbox]);

  const all = [...(reports ?? [])].reverse();
  const shown = stationId ? all.filter((r) => r.submission.station_id === stationId) : all;
  const anySent = all.some((r) => r.state === 'sent');
  const filterStation = stationId ? stationsById.get(stationId) : undefined;
  const filterName = filterStation
    ? locale === 'en' && filterStation.properties.name_en
      ? filterStation.properties.name_en
      : filterStation.properties.name
    : (shown[0]?.stationName ?? stationId);

  let checkText: string | null = null;
  if (anySent) {
    if (check.state === 'checking') checkText = t.checking;
    else if (check.state === 'offline') checkText = t.checkOffline;
    else if (check.state === 'unavailable') checkText = t.checkFailed;
    else if (check.checkedAt) checkText = t.checkedAt(f.dateTime(check.checkedAt));
  }

  return (
    <Dialog label={t.title} onClose={onClose} testId="my-reports" className="my-reports" dataAttributes={{ 'data-count': String(shown.length) }}>
      <SheetHeader title={t.title} closeLabel={m.close} onClose={onClose} />
      <p className="muted">{t.intro}</p>
      {checkText && (
        <p className="my-reports__check" data-testid="my-reports-check" data-state={check.state} role="status">
          {checkText}
        </p>
      )}
      {stationId && (
        <div className="my-reports__filter">
          <p>{t.onlyStation(filterName ?? '')}</p>
          <button type="button" className="action action--small" data-testid="my-reports-show-all" onClick={onShowAll}>
            {t.showAll}
          </button>
        </div>
      )}
      {reports !== null && shown.length === 0 && (
        <p className="my-reports__empty" data-testid="my-reports-empty">
          {stationId ? t.emptyForStation : t.empty}
        </p>
      )}
      {shown.length > 0 && (
        <ul className="my-reports__list">
          {shown.map((record) => (
            <MyReportRow
              key={record.id}
              record={record}
              station={stationsById.get(record.submission.station_id) ?? null}
              activity={activity}
              onOpenStation={onOpenStation}
              onRemove={(id) => void outbox.remove(id)}
            />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
