/** What the data is (SAMPLE), where the outlines come from, and how fresh it is. */
import { SheetHeader } from './SheetHeader.tsx';
import type { ReactNode } from 'react';
import { Dialog } from './Dialog.tsx';
import type { DataState } from './state/types.ts';
import { HOLIDAY_CALENDAR_YEARS } from '../core/holidays.ts';
import { useI18n } from './i18nContext.tsx';

export function AboutData({ data, onClose, children }: { data: DataState; onClose: () => void; children?: ReactNode }) {
  const { m, f } = useI18n();
  const loaded = data.status === 'loaded' ? data.data : null;
  return (
    <Dialog label={m.aboutTitle} onClose={onClose} testId="about-data" className="about">
      <SheetHeader title={m.aboutTitle} closeLabel={m.close} onClose={onClose} />
      <p className="notice notice--sample" data-testid="sample-notice">
        <strong>{m.aboutSample}</strong>
      </p>
      {loaded && (
        <>
          {loaded.dataAsOf && <p data-testid="data-date">{m.aboutDataDate(f.date(loaded.dataAsOf))}</p>}
          <p>{m.aboutFetched(f.dateTime(loaded.fetchedAt))}</p>
          <p>{m.aboutCounts(loaded.stations.length, loaded.hubs.length, loaded.offices.length)}</p>
          {loaded.problems.length > 0 && <p className="notice notice--warn">{m.aboutProblems(loaded.problems.length)}</p>}
        </>
      )}
      <p>{m.aboutOutlines}</p>
      <p>{m.aboutSubdistricts}</p>
      <p>{m.aboutMap}</p>
      <p>{m.aboutGlyphs}</p>
      <p data-testid="holiday-calendar">{m.aboutHolidayCalendar(HOLIDAY_CALENDAR_YEARS.first, HOLIDAY_CALENDAR_YEARS.last)}</p>
      <p>{m.aboutPrivacy}</p>
      {/* The offline section (src/app/areas mounts "offline map areas" here). */}
      {children}
    </Dialog>
  );
}
