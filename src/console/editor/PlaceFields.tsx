/**
 * Where the station is: the coordinates as fields (the keyboard way to move it; the map pin is
 * the pointer way), whether the point is inside the office's jurisdiction, and whether another
 * station looks like the same one (the importer's duplicate rule, `findDuplicates`).
 */
import { useEffect, useMemo, useState } from 'react';
import { distance } from '@turf/turf';
import { findDuplicates } from '../../core/import/duplicates.ts';
import { officeAt } from '../../core/offices.ts';
import type { Office } from '../../core/offices.ts';
import type { LngLat, Station } from '../../core/station.ts';
import { useConsoleI18n } from '../i18n/context.tsx';

interface Props {
  stationId: string | null;
  name: string;
  lngLat: LngLat;
  moved: boolean;
  /** The offices, for the jurisdiction check; the user's office code (null: admin). */
  offices: readonly Office[];
  officeCode: string | null;
  /** Stations to compare against for duplicates. */
  nearbyStations: readonly Station[];
  disabled: boolean;
  onChange(lngLat: LngLat): void;
}

const NEAR_METERS = 50;

function CoordinateInput({ label, value, min, max, disabled, onValue, testId }: { label: string; value: number; min: number; max: number; disabled: boolean; onValue(v: number): void; testId: string }) {
  const [text, setText] = useState(value.toFixed(6));
  useEffect(() => setText((prev) => (Number(prev) === value ? prev : value.toFixed(6))), [value]);
  return (
    <label className="console-field">
      <span>{label}</span>
      <input
        inputMode="decimal"
        value={text}
        disabled={disabled}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const v = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isFinite(v) && v >= min && v <= max) onValue(v);
        }}
      />
    </label>
  );
}

export function PlaceFields({ stationId, name, lngLat, moved, offices, officeCode, nearbyStations, disabled, onChange }: Props) {
  const { t, locale } = useConsoleI18n();
  const office = useMemo(() => officeAt(offices, lngLat), [offices, lngLat]);
  const outside = officeCode !== null && office?.properties.code !== officeCode;
  const others = useMemo(() => nearbyStations.filter((s) => s.id !== stationId), [nearbyStations, stationId]);
  const duplicates = useMemo(
    () => (name.trim() ? findDuplicates([{ rowNumber: 1, status: 'ok', lngLat, properties: { name } }], others, NEAR_METERS) : []),
    [name, lngLat, others],
  );
  const near = useMemo(() => others.filter((s) => distance(s.geometry.coordinates, lngLat, { units: 'meters' }) <= NEAR_METERS), [others, lngLat]);
  // The nearest three by name, so the office can tell whether this is one of them.
  const nearNames = useMemo(
    () =>
      [...near]
        .sort((a, b) => distance(a.geometry.coordinates, lngLat, { units: 'meters' }) - distance(b.geometry.coordinates, lngLat, { units: 'meters' }))
        .slice(0, 3)
        .map((s) => (locale === 'en' && s.properties.name_en ? s.properties.name_en : s.properties.name))
        .join(locale === 'en' ? ', ' : '、') + (near.length > 3 ? (locale === 'en' ? '…' : '等') : ''),
    [near, lngLat, locale],
  );
  const officeLabel = office ? (locale === 'en' ? office.properties.name_en : office.properties.name) : '—';

  return (
    <fieldset className="console-fieldset" data-testid="place-fields">
      <legend>{t.sectionPlace}</legend>
      <p className="console-muted">{t.moveHint}</p>
      <div className="console-row">
        <CoordinateInput label={t.lng} value={lngLat[0]} min={73} max={136} disabled={disabled} onValue={(v) => onChange([v, lngLat[1]])} testId="field-lng" />
        <CoordinateInput label={t.lat} value={lngLat[1]} min={3} max={54} disabled={disabled} onValue={(v) => onChange([lngLat[0], v])} testId="field-lat" />
      </div>
      {moved && (
        <p className="console-note" role="status" data-testid="moved-notice">
          {t.movedNotice}
        </p>
      )}
      {outside && (
        <p className="console-warning" role="alert" data-testid="outside-warning">
          {t.outsideWarning(officeLabel)}
        </p>
      )}
      {duplicates.map((d) =>
        d.duplicateOf.kind === 'station' ? (
          <p key={d.duplicateOf.id} className="console-warning" role="alert" data-testid="duplicate-warning">
            {t.duplicateWarning(d.duplicateOf.name, d.distanceMeters, d.reason)}
          </p>
        ) : null,
      )}
      {duplicates.length === 0 && near.length > 0 && (
        <p className="console-note" data-testid="nearby-note">
          {t.nearbyNote(near.length, nearNames)}
        </p>
      )}
    </fieldset>
  );
}
