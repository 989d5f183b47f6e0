/** Name, kind, host, address, phone; and the amenities as checkboxes. */
import { AMENITIES, HOST_TYPES, STATION_KINDS } from '../../core/station.ts';
import type { Amenity } from '../../core/station.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import type { Draft } from './draft.ts';

interface Props {
  draft: Draft;
  disabled: boolean;
  problems: Partial<Record<'name' | 'address' | 'phone', string>>;
  onChange(patch: Partial<Draft>): void;
}

export function BasicsFields({ draft, disabled, problems, onChange }: Props) {
  const { t, m } = useConsoleI18n();
  const text = (key: 'name' | 'name_en' | 'address' | 'address_en' | 'phone', label: string, extra: { maxLength: number; type?: string; autoComplete?: string }) => (
    <label className="console-field">
      <span>{label}</span>
      <input
        name={key}
        value={draft[key]}
        disabled={disabled}
        maxLength={extra.maxLength}
        type={extra.type ?? 'text'}
        autoComplete={extra.autoComplete ?? 'off'}
        aria-invalid={key in problems && Boolean(problems[key as keyof typeof problems])}
        onChange={(e) => onChange({ [key]: e.target.value })}
        data-testid={`field-${key}`}
      />
      {problems[key as keyof typeof problems] && <span className="console-field-error">{problems[key as keyof typeof problems]}</span>}
    </label>
  );
  return (
    <fieldset className="console-fieldset">
      <legend>{t.sectionBasics}</legend>
      {text('name', t.name, { maxLength: 120 })}
      {text('name_en', t.nameEn, { maxLength: 160 })}
      <div className="console-row">
        <label className="console-field">
          <span>{t.kind}</span>
          <select value={draft.kind} disabled={disabled} onChange={(e) => onChange({ kind: e.target.value as Draft['kind'] })} data-testid="field-kind">
            {STATION_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="console-field">
          <span>{t.hostType}</span>
          <select value={draft.host_type} disabled={disabled} onChange={(e) => onChange({ host_type: e.target.value as Draft['host_type'] })} data-testid="field-host_type">
            {HOST_TYPES.map((h) => (
              <option key={h} value={h}>
                {m.hostTypes[h]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {text('address', t.address, { maxLength: 200, autoComplete: 'street-address' })}
      {text('address_en', t.addressEn, { maxLength: 240 })}
      {text('phone', t.phone, { maxLength: 20, type: 'tel' })}
    </fieldset>
  );
}

export function AmenityChecks({ value, disabled, onChange }: { value: Amenity[]; disabled: boolean; onChange(value: Amenity[]): void }) {
  const { t, m } = useConsoleI18n();
  return (
    <fieldset className="console-fieldset" data-testid="amenity-checks">
      <legend>{t.sectionAmenities}</legend>
      <div className="console-checks">
        {AMENITIES.map((a) => (
          <label key={a} className="console-check">
            <input
              type="checkbox"
              value={a}
              checked={value.includes(a)}
              disabled={disabled}
              onChange={(e) => onChange(e.target.checked ? [...value, a] : value.filter((x) => x !== a))}
            />
            <span>{m.amenities[a]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
