/**
 * The one banner about how far to trust the list, so the rider never reads two warnings at once:
 * - offline: the list comes from this device (the browser says so, or the last refresh could
 *   not reach the data); says since when, and whether the map has areas never stored;
 * - stale copy: online, but the server has not confirmed this device's copy for more than
 *   `staleDays` days;
 * - stale data: the copy is confirmed, but the data itself (its newest updated/verified date)
 *   is older than `staleDays` days: whoever publishes it has stopped keeping it up to date.
 * An unconfirmed copy says nothing about the data's own age, so "stale data" is only told when
 * the copy is confirmed or its age is unknown.
 */
import { useEffect } from 'react';
import { beijingDayDiff } from '../format/openStateText.ts';
import { useI18n } from '../i18nContext.tsx';
import type { StationSource } from '../data/stationSource.ts';
import { offlineMessages } from './messages.ts';
import type { ServiceWorkerShell } from './serviceWorker.ts';
import { useStore } from './useStore.ts';
import './offline.css';

interface Props {
  source: StationSource;
  shell: ServiceWorkerShell | null;
  /** When this device received the data it shows. */
  fetchedAt: Date | null;
  /** The data's own date: its newest updated_at / verified_at. */
  dataAsOf: Date | null;
  now: Date;
  staleDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function OfflineBanner({ source, shell, fetchedAt, dataAsOf, now, staleDays }: Props) {
  const { locale, f, m } = useI18n();
  const t = offlineMessages(locale);
  const status = useStore(source.status);
  const tilesMissing = useStore(shell?.tilesMissing) ?? false;
  const online = status?.network === 'online';
  useEffect(() => {
    if (online) shell?.clearTilesMissing();
  }, [online, shell]);
  // No data on screen yet: the list's own load error says what happened and what to do.
  if (!status || !fetchedAt) return null;

  const checkedAt = status.checkedAt;
  const copyDays = checkedAt ? Math.floor((now.getTime() - checkedAt.getTime()) / DAY_MS) : 0;
  const staleCopy = checkedAt !== null && copyDays > staleDays;
  const dataDays = dataAsOf ? beijingDayDiff(dataAsOf, now) : 0;
  const staleData = !staleCopy && dataAsOf !== null && dataDays > staleDays;
  const offline = status.network === 'offline';
  if (!offline && !staleCopy && !staleData) return null;

  const reason = offline ? 'offline' : staleCopy ? 'stale-copy' : 'stale-data';
  return (
    <div
      className="notice notice--warn banner offline-banner"
      data-testid="offline-banner"
      data-reason={reason}
      data-stale={staleCopy || staleData ? 'true' : 'false'}
      role="status"
    >
      {offline && <p>{t.offline(f.dateTime(fetchedAt))}</p>}
      {staleCopy && checkedAt && <p>{t.staleCopy(copyDays, f.date(checkedAt))}</p>}
      {staleData && <p data-testid="stale-banner">{m.staleData(dataDays)}</p>}
      {offline && tilesMissing && <p data-testid="tiles-missing">{t.tilesMissing}</p>}
    </div>
  );
}
