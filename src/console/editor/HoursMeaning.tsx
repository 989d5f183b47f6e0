/**
 * What the hours mean, in words, with the same functions the rider app uses: "today 08:00–20:00,
 * open until 20:00", and the coming week (the rider app's own hours list).
 */
import { is24_7, stationStateAt, weekSchedule } from '../../core/hours.ts';
import type { StationProperties } from '../../core/station.ts';
import { describeState } from '../../app/format/openStateText.ts';
import { HoursList } from '../../app/HoursList.tsx';
import type { Messages } from '../../i18n/messages.ts';
import { useConsoleI18n } from '../i18n/context.tsx';

type HoursProps = Pick<StationProperties, 'opening_hours' | 'holiday_hours' | 'status' | 'closure'>;

function todayText(props: HoursProps, now: Date, m: Messages): string {
  const today = weekSchedule(props, now, 1)[0];
  if (!today || today.unknown) return m.hoursUnknown;
  if (today.intervals.length === 0) return m.closedAllDay;
  return today.intervals
    .map((iv) => (iv.from === '00:00' && (iv.to === '24:00' || iv.to === '00:00') ? m.allDay : `${iv.from}–${iv.overnight ? `${m.nextDay} ` : ''}${iv.to}`))
    .join(', ');
}

export function HoursMeaning({ props, now }: { props: HoursProps; now: Date }) {
  const { t, m, f } = useConsoleI18n();
  if (props.opening_hours === null) {
    return (
      <p className="console-meaning" data-testid="hours-meaning" aria-live="polite">
        {t.meaningUnknown}
      </p>
    );
  }
  const state = describeState(stationStateAt(props, now), now, is24_7(props), m, f);
  return (
    <div className="console-meaning-box">
      <p className="console-meaning" data-testid="hours-meaning" aria-live="polite">
        {t.meaningToday(todayText(props, now, m), state.text)}
      </p>
      <details>
        <summary>{t.weekTitle}</summary>
        <HoursList props={props as StationProperties} now={now} />
      </details>
    </div>
  );
}
