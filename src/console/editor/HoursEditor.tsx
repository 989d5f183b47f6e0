/**
 * The friendly hours editor. Presets and day rows write OpenStreetMap `opening_hours`; the text
 * field below shows (and accepts) the same string, checked as you type by the compiler the
 * rider app evaluates with. Hours too rich for rows (holiday rules, months) stay editable as text.
 */
import { useEffect, useRef, useState } from 'react';
import { useConsoleI18n } from '../i18n/context.tsx';
import { DayRows } from './DayRows.tsx';
import { checkSpec, HOURS_PRESETS, parseWeek, presetSpec, rowsToSpec } from './hoursModel.ts';
import type { WeekRows } from './hoursModel.ts';

interface Props {
  value: string | null;
  onChange(value: string | null): void;
  disabled: boolean;
  /** Shown under the text field when the form was checked. */
  problem: string | null;
}

export function HoursEditor({ value, onChange, disabled, problem }: Props) {
  const { t } = useConsoleI18n();
  const [rows, setRows] = useState<WeekRows | null>(() => (value === null ? null : parseWeek(value)));
  // The spec the rows last wrote; a different value came from outside (text, preset, reload).
  const written = useRef(value);
  useEffect(() => {
    if (value === written.current) return;
    written.current = value;
    setRows(value === null ? null : parseWeek(value));
  }, [value]);

  const emit = (next: string | null) => {
    written.current = next;
    onChange(next);
  };
  const changeRows = (next: WeekRows) => {
    setRows(next);
    emit(rowsToSpec(next));
  };
  const applyPreset = (spec: string) => {
    setRows(parseWeek(spec));
    emit(spec);
  };

  const unknown = value === null;
  const check = unknown ? null : checkSpec(value);
  const liveProblem = check && !check.ok ? t.problems[check.reason] : null;
  return (
    <div className="console-hours" data-testid="hours-editor">
      <label className="console-check">
        <input type="checkbox" checked={unknown} disabled={disabled} onChange={(e) => emit(e.target.checked ? null : '24/7')} data-testid="hours-unknown" />
        <span>{t.hoursUnknown}</span>
      </label>
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
          {rows ? <DayRows rows={rows} onChange={changeRows} disabled={disabled} /> : <p className="console-note">{t.customHours}</p>}
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
