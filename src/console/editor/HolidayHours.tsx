/** Hours on official public holidays: as usual, closed, 24 hours, or a spec of their own. */
import { useState } from 'react';
import { useConsoleI18n } from '../i18n/context.tsx';
import { checkSpec } from './hoursModel.ts';

type Choice = 'same' | 'closed' | 'allDay' | 'custom';

const choiceOf = (value: string): Choice => (value.trim() === '' ? 'same' : value === 'off' ? 'closed' : value === '24/7' ? 'allDay' : 'custom');

interface Props {
  value: string;
  onChange(value: string): void;
  disabled: boolean;
  /** The holiday rule the opening hours carry themselves (`PH off`), if any: "same" then means it. */
  ruleInHours: string | null;
  /** Shown under the choices when the form was checked. */
  problem: string | null;
}

export function HolidayHours({ value, onChange, disabled, ruleInHours, problem }: Props) {
  const { t } = useConsoleI18n();
  const [custom, setCustom] = useState(choiceOf(value) === 'custom');
  const choice: Choice = custom ? 'custom' : choiceOf(value);
  const check = choice === 'custom' && value.trim() ? checkSpec(value) : null;
  const pick = (c: Choice) => {
    setCustom(c === 'custom');
    if (c === 'same') onChange('');
    if (c === 'closed') onChange('off');
    if (c === 'allDay') onChange('24/7');
  };
  const labels: Record<Choice, string> = { same: ruleInHours ? t.holidayFromHours(ruleInHours) : t.holidaySame, closed: t.holidayClosed, allDay: t.holidayAllDay, custom: t.holidayCustom };
  return (
    <fieldset className="console-fieldset">
      <legend>{t.holidayLegend}</legend>
      <div className="console-radios">
        {(['same', 'closed', 'allDay', 'custom'] as const).map((c) => (
          <label key={c} className="console-check">
            <input type="radio" name="holiday-hours" checked={choice === c} disabled={disabled} onChange={() => pick(c)} aria-invalid={problem !== null && choice === c} data-holiday-choice={c} />
            <span>{labels[c]}</span>
          </label>
        ))}
      </div>
      {problem && (
        <p className="console-field-error" role="alert" data-testid="holiday-problem">
          {problem}
        </p>
      )}
      {choice === 'custom' && (
        <label className="console-field">
          <span>{t.rawLabel}</span>
          <input className="console-mono" value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} aria-invalid={check !== null && !check.ok} />
          {check && !check.ok && <span className="console-field-error">{t.problems[check.reason]}</span>}
        </label>
      )}
    </fieldset>
  );
}
