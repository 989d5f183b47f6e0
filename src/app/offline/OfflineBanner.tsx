/**
 * Says when the list comes from the device rather than the network: offline (the browser says
 * so, or the last refresh could not reach the data), or a copy the server has not confirmed for
 * more than `staleDays` days. Also says when the map has areas that were never stored.
 */
import { useEffect } from 'react';
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
  now: Date;
  staleDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function OfflineBanner({ source, shell, fetchedAt, now, staleDays }: Props) {
  const { locale, f } = useI18n();
  const t = offlineMessages(locale);
  const status = useStore(source.status);
  const tilesMissing = useStore(shell?.tilesMissing) ?? false;
  const online = status?.network === 'online';
  useEffect(() => {
    if (online) shell?.clearTilesMissing();
  }, [online, shell]);
  if (!status) return null;

  const checkedAt = status.checkedAt;
  const days = checkedAt ? Math.floor((now.getTime() - checkedAt.getTime()) / DAY_MS) : 0;
  const stale = checkedAt !== null && days > staleDays;

  if (status.network === 'offline') {
    return (
      <div
        className="notice notice--warn banner offline-banner"
        data-testid="offline-banner"
        data-reason="offline"
        data-stale={stale ? 'true' : 'false'}
        role="status"
      >
        <p>{fetchedAt ? t.offline(f.dateTime(fetchedAt)) : t.offlineNoCopyDate}</p>
        {stale && checkedAt && <p>{t.staleCopy(days, f.date(checkedAt))}</p>}
        {tilesMissing && <p data-testid="tiles-missing">{t.tilesMissing}</p>}
      </div>
    );
  }
  if (stale && checkedAt) {
    return (
      <p className="notice notice--warn banner offline-banner" data-testid="offline-banner" data-reason="stale-copy" data-stale="true" role="status">
        {t.staleCopy(days, f.date(checkedAt))}
      </p>
    );
  }
  return null;
}
