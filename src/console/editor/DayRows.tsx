/** Seven day rows: closed, all day, or one or two periods (a period may run past midnight). */
import type { DayHours, DayKey, Span, WeekRows } from './hoursModel.ts';
import { DAY_KEYS, isOvernight } from './hoursModel.ts';
import { useConsoleI18n } from '../i18n/context.tsx';

interface Props {
  rows: WeekRows;
  onChange(rows: WeekRows): void;
  disabled: boolean;
}

const DEFAULT_SPAN: Span = { from: '08:00', to: '20:00' };
const shown = (time: string) => (time === '24:00' ? '00:00' : time);

export function DayRows({ rows, onChange, disabled }: Props) {
  const { t } = useConsoleI18n();
  const set = (day: DayKey, hours: DayHours) => onChange({ ...rows, [day]: hours });
  const setSpan = (day: DayKey, index: number, patch: Partial<Span>) => {
    const h = rows[day];
    if (h.kind !== 'spans') return;
    set(day, { kind: 'spans', spans: h.spans.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  };
  const copyMonday = () => onChange(Object.fromEntries(DAY_KEYS.map((d) => [d, rows.Mo])) as WeekRows);

  return (
    <div className="console-days" data-testid="day-rows">
      {DAY_KEYS.map((day) => {
        const h = rows[day];
        const kindId = `day-kind-${day}`;
        return (
          <div key={day} className="console-day" data-day={day}>
            <label htmlFor={kindId} className="console-day__name">
              {t.days[day]}
            </label>
            <select
              id={kindId}
              value={h.kind}
              disabled={disabled}
              onChange={(e) => {
                const kind = e.target.value as DayHours['kind'];
                set(day, kind === 'spans' ? { kind, spans: [DEFAULT_SPAN] } : { kind });
              }}
            >
              <option value="closed">{t.dayClosed}</option>
              <option value="allDay">{t.dayAllDay}</option>
              <option value="spans">{t.dayHours}</option>
            </select>
            {h.kind === 'spans' &&
              h.spans.map((span, i) => (
                <span key={i} className="console-day__span">
                  <input
                    type="time"
                    aria-label={`${t.days[day]} ${t.from} ${i + 1}`}
                    value={shown(span.from)}
                    disabled={disabled}
                    onChange={(e) => setSpan(day, i, { from: e.target.value })}
                  />
                  <span aria-hidden="true">–</span>
                  <input
                    type="time"
                    aria-label={`${t.days[day]} ${t.to} ${i + 1}`}
                    value={shown(span.to)}
                    disabled={disabled}
                    onChange={(e) => setSpan(day, i, { to: e.target.value })}
                  />
                  {isOvernight(span) && span.to !== '00:00' && <span className="console-tag">{t.nextDayShort}</span>}
                  {h.spans.length > 1 && (
                    <button
                      type="button"
                      className="console-button console-button--small"
                      disabled={disabled}
                      onClick={() => set(day, { kind: 'spans', spans: h.spans.filter((_, j) => j !== i) })}
                    >
                      {t.removeSpan}
                    </button>
                  )}
                </span>
              ))}
            {h.kind === 'spans' && h.spans.length < 2 && (
              <button
                type="button"
                className="console-button console-button--small"
                disabled={disabled}
                onClick={() => set(day, { kind: 'spans', spans: [...h.spans, { from: '13:30', to: '18:00' }] })}
              >
                {t.addSpan}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" className="console-button console-button--small" onClick={copyMonday} disabled={disabled}>
        {t.copyMonday}
      </button>
    </div>
  );
}
