/**
 * The coming week's hours in plain words, from `weekSchedule`: one line a day, today first,
 * holidays and make-up workdays named, overnight spans marked "next day".
 */
import { dependsOnOfficialCalendar, uncoveredYears } from '../core/calendarDependence.ts';
import { is24_7, weekSchedule } from '../core/hours.ts';
import type { StationProperties } from '../core/station.ts';
import type { Formatters } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages.ts';
import { useI18n } from './i18nContext.tsx';

type DaySchedule = ReturnType<typeof weekSchedule>[number];

export function HoursList({ props, now }: { props: StationProperties; now: Date }) {
  const { m, f } = useI18n();
  if (props.opening_hours === null) return <p className="hours__unknown">{m.hoursNotKnownDetail}</p>;
  // Seven lines of "all day" say less than one.
  if (is24_7(props) && !props.holiday_hours) return <p className="hours__always">{m.always24h}</p>;
  const days = weekSchedule(props, now, 7);
  // Beyond the bundled holiday calendar, a schedule that follows it may be wrong: say so.
  const missing = dependsOnOfficialCalendar(props) ? uncoveredYears(days.map((d) => d.date)) : [];
  return (
    <>
      <table className="hours">
        <tbody>
          {days.map((day, i) => (
            <tr key={day.date} className={i === 0 ? 'hours__today' : undefined}>
              <th scope="row">
                {i === 0 ? `${m.today} · ` : ''}
                {dayLabel(day.date, f)}
                {dayTag(day, m) && <span className="hours__tag">{dayTag(day, m)}</span>}
              </th>
              <td>{intervalsText(day, m)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && (
        <p className="notice notice--warn hours__calendar" data-testid="holiday-calendar-note">
          {m.holidayCalendarMissing(missing)}
        </p>
      )}
    </>
  );
}

/** 'YYYY-MM-DD' (a Beijing date) shown as a weekday and date. */
function dayLabel(date: string, f: Formatters): string {
  return f.dayAndDate(new Date(`${date}T12:00:00+08:00`));
}

function dayTag(day: DaySchedule, m: Messages): string | null {
  if (day.dayType === 'holiday') return day.holidayName ? `${day.holidayName}` : m.dayTypes.holiday;
  if (day.dayType === 'makeup_workday') return m.dayTypes.makeup_workday;
  return null;
}

function intervalsText(day: DaySchedule, m: Messages): string {
  if (day.unknown) return m.hoursUnknown;
  if (day.intervals.length === 0) return m.closedAllDay;
  return day.intervals
    .map((iv) => {
      if (iv.from === '00:00' && (iv.to === '24:00' || iv.to === '00:00')) return m.allDay;
      return `${iv.from}–${iv.overnight ? `${m.nextDay} ` : ''}${iv.to}`;
    })
    .join(', ');
}
