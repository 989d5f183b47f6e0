/**
 * Status and temporary closure. A closure has a reason, an optional start and an optional end,
 * in Beijing time; at its end the station opens again by itself (the hours logic ignores a
 * closure whose window is over), so nobody has to remember to reopen it.
 */
import { STATION_STATUSES } from '../../core/station.ts';
import type { StationStatus } from '../../core/station.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import type { ClosureDraft } from './draft.ts';
import { fromBeijingInput } from './draft.ts';

interface Props {
  status: StationStatus;
  closure: ClosureDraft;
  disabled: boolean;
  problems: Partial<Record<'closure.reason' | 'closure.until', string>>;
  onChange(patch: { status?: StationStatus; closure?: ClosureDraft }): void;
}

export function StatusFields({ status, closure, disabled, problems, onChange }: Props) {
  const { t, f } = useConsoleI18n();
  const setClosure = (patch: Partial<ClosureDraft>) => onChange({ closure: { ...closure, ...patch } });
  const when = (value: string) => {
    const iso = fromBeijingInput(value);
    return iso ? f.dateTime(new Date(iso)) : null;
  };
  const label = (s: StationStatus) => (s === 'temporarily_closed' ? t.scheduleClosure : t.statuses[s]);
  return (
    <fieldset className="console-fieldset" data-testid="status-fields">
      <legend>{t.statusLegend}</legend>
      <div className="console-radios">
        {STATION_STATUSES.map((s) => (
          <label key={s} className="console-check">
            <input type="radio" name="station-status" value={s} checked={status === s} disabled={disabled} onChange={() => onChange({ status: s })} />
            <span>{label(s)}</span>
          </label>
        ))}
      </div>
      {status === 'temporarily_closed' && (
        <div className="console-closure" data-testid="closure-fields">
          <label className="console-field">
            <span>{t.closureReason}</span>
            <input
              value={closure.reason}
              maxLength={200}
              disabled={disabled}
              aria-invalid={Boolean(problems['closure.reason'])}
              onChange={(e) => setClosure({ reason: e.target.value })}
              data-testid="closure-reason"
            />
            {problems['closure.reason'] && <span className="console-field-error">{problems['closure.reason']}</span>}
          </label>
          <label className="console-field">
            <span>{t.closureFrom}</span>
            <input type="datetime-local" value={closure.from} disabled={disabled} onChange={(e) => setClosure({ from: e.target.value })} data-testid="closure-from" />
            <span className="console-muted">{t.closureFromHelp}</span>
          </label>
          <label className="console-field">
            <span>{t.closureUntil}</span>
            <input
              type="datetime-local"
              value={closure.until}
              disabled={disabled}
              aria-invalid={Boolean(problems['closure.until'])}
              onChange={(e) => setClosure({ until: e.target.value })}
              data-testid="closure-until"
            />
            <span className="console-muted">{t.closureUntilHelp}</span>
            {problems['closure.until'] && <span className="console-field-error">{problems['closure.until']}</span>}
          </label>
          {/* No summary of an impossible window ("closed from the 5th, reopens on the 1st"). */}
          {closure.reason.trim() && !problems['closure.until'] && !(closure.from && closure.until && closure.from >= closure.until) && (
            <p className="console-note" data-testid="closure-summary">
              {t.closureSummary(closure.reason.trim(), when(closure.from), when(closure.until))}
            </p>
          )}
          <button type="button" className="console-button console-button--small" disabled={disabled} onClick={() => onChange({ status: 'operational' })}>
            {t.endClosure}
          </button>
        </div>
      )}
    </fieldset>
  );
}
