/**
 * The friendly hours editor. Presets and day rows write OpenStreetMap `opening_hours`; the text
 * field below shows (and accepts) the same string, checked as you type by the compiler the
 * rider app evaluates with. Hours too rich for rows (holiday rules, months) stay editable as text.
 */
import { useEffect, useRef, useState } from 'react';
import { useConsoleI18n } from '../i18n/context.tsx';
import { DayRows } from './DayRows.tsx';
import { checkSpec, HOURS_PRESETS, hoursToSpec, parseHours, presetSpec, rowsProblem } from './hoursModel.ts';
import type { WeekHours, WeekRows } from './hoursModel.ts';

interface Props {
  value: string | null;
  onChange(value: string | null): void;
  disabled: boolean;
  /** Shown under the text field when the form was checked. */
  problem: string | null;
}

export function HoursEditor({ value, onChange, disabled, problem }: Props) {
  const { t } = useConsoleI18n();
  // The rows, and the public-holiday rule (`PH off`) they keep at the end of the spec.
  const [week, setWeek] = useState<WeekHours | null>(() => (value === null ? null : parseHours(value)));
  // The spec the rows last wrote; a different value came from outside (text, preset, reload).
  const written = useRef(value);
  useEffect(() => {
    if (value === written.current) return;
    written.current = value;
    setWeek(value === null ? null : parseHours(value));
  }, [value]);

  const emit = (next: string | null) => {
    written.current = next;
    onChange(next);
  };
  const changeRows = (rows: WeekRows) => {
    const holidayRule = week?.holidayRule ?? null;
    setWeek({ rows, holidayRule });
    emit(hoursToSpec(rows, holidayRule));
  };
  const dropHolidayRule = () => {
    if (!week) return;
    setWeek({ rows: week.rows, holidayRule: null });
    emit(hoursToSpec(week.rows, null));
  };
  const applyPreset = (spec: string) => {
    setWeek(parseHours(spec));
    emit(spec);
  };

  const unknown = value === null;
  const check = unknown ? null : checkSpec(value);
  // A day row with a time left empty writes hours nobody can read: name the day instead.
  const emptyDay = week ? rowsProblem(week.rows) : null;
  const liveProblem = emptyDay ? t.dayTimesMissing(t.days[emptyDay]) : check && !check.ok ? t.problems[check.reason] : null;
  return (
    <div className="console-hours" data-testid="hours-editor">
      <label className="console-check">
        <input type="checkbox" checked={unknown} disabled={disabled} onChange={(e) => emit(e.target.checked ? null : '24/7')} data-testid="hours-unknown" />
        <span>{t.hoursUnknown}</span>
      </label>
      {unknown && (
        <p className="console-note" data-testid="hours-unknown-note">
          {t.hoursUnknownNote}
        </p>
      )}
      {!unknown && (
        <>
          <div className="console-presets" role="group" aria-label={t.presetsLabel}>
            {HOURS_PRESETS.map((p) => (
              <button
                key={p}
                type="button"
                className="console-button console-button--chip"
                aria-pressed={value === presetSpec(p)}
                disabled={disabled}
                data-preset={p}
                onClick={() => applyPreset(presetSpec(p))}
              >
                {t.presets[p]}
              </button>
            ))}
          </div>
          {week ? <DayRows rows={week.rows} onChange={changeRows} disabled={disabled} /> : <p className="console-note">{t.customHours}</p>}
          {week?.holidayRule && (
            <p className="console-note console-hours__holiday" data-testid="hours-holiday-rule">
              <span>{t.holidayRuleKept(week.holidayRule)}</span>{' '}
              <button type="button" className="console-button console-button--small" disabled={disabled} onClick={dropHolidayRule} data-testid="hours-holiday-rule-drop">
                {t.holidayRuleDrop}
              </button>
            </p>
          )}
          <label className="console-field">
            <span>{t.rawLabel}</span>
            <input
              className="console-mono"
              value={value}
              disabled={disabled}
              spellCheck={false}
              autoCapitalize="off"
              aria-invalid={liveProblem !== null}
              aria-describedby="hours-raw-help"
              data-testid="hours-raw"
              onChange={(e) => {
                written.current = null; // re-derive the rows from what was typed
                onChange(e.target.value);
              }}
            />
          </label>
          <p id="hours-raw-help" className={liveProblem || problem ? 'console-field-error' : 'console-muted'} data-testid="hours-check">
            {liveProblem ?? problem ?? `${t.rawValid} · ${t.rawHelp}`}
          </p>
        </>
      )}
    </div>
  );
}
