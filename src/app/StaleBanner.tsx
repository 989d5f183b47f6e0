/** A plain warning when the data is older than the configured threshold. */
import { beijingDayDiff } from './format/openStateText.ts';
import { useI18n } from './i18nContext.tsx';

interface Props {
  dataAsOf: Date | null;
  now: Date;
  staleDays: number;
}

export function StaleBanner({ dataAsOf, now, staleDays }: Props) {
  const { m } = useI18n();
  if (!dataAsOf) return null;
  const days = beijingDayDiff(dataAsOf, now);
  if (days <= staleDays) return null;
  return (
    <p className="notice notice--warn banner" data-testid="stale-banner" role="status">
      {m.staleData(days)}
    </p>
  );
}
