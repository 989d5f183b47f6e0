/**
 * Someone else saved first. Shows, field by field, what the server has now (theirs) and what
 * this editor wanted (mine), and lets the editor choose; nothing is overwritten silently. The
 * chosen fields are saved on top of their version.
 */
import { useEffect, useRef, useState } from 'react';
import type { Station } from '../../core/station.ts';
import type { StationPatchBody } from '../api/types.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { fieldLabel, formatValue } from './formatValue.ts';

interface Props {
  /** The version the editor started from, if known. */
  baseVersion: number | null;
  theirs: Station;
  mine: StationPatchBody;
  busy: boolean;
  onSave(body: StationPatchBody): void;
  onDiscard(): void;
}

type Choice = 'theirs' | 'mine';

function rowsOf(theirs: Station, mine: StationPatchBody) {
  const props = theirs.properties as Record<string, unknown>;
  const rows = Object.entries(mine.properties ?? {}).map(([field, value]) => ({ field, theirs: props[field], mine: value }));
  if (mine.geometry) rows.push({ field: 'geometry', theirs: theirs.geometry, mine: mine.geometry });
  // A field both sides set alike is no conflict.
  return rows.filter((r) => JSON.stringify(r.theirs ?? null) !== JSON.stringify(r.mine ?? null));
}

export function ConflictView({ baseVersion, theirs, mine, busy, onSave, onDiscard }: Props) {
  const i18n = useConsoleI18n();
  const { t } = i18n;
  const rows = rowsOf(theirs, mine);
  const [choices, setChoices] = useState<Record<string, Choice>>(() => Object.fromEntries(rows.map((r) => [r.field, 'mine'])));
  const heading = useRef<HTMLHeadingElement>(null);
  // An alert dialog takes the focus, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);

  const save = () => {
    const properties: Record<string, unknown> = {};
    let geometry: StationPatchBody['geometry'];
    for (const r of rows) {
      if (choices[r.field] !== 'mine') continue;
      if (r.field === 'geometry') geometry = mine.geometry;
      else properties[r.field] = r.mine;
    }
    if (!geometry && Object.keys(properties).length === 0) return onDiscard();
    onSave({ ...(Object.keys(properties).length ? { properties } : {}), ...(geometry ? { geometry } : {}) });
  };

  return (
    <section className="console-conflict" data-testid="conflict-view" aria-labelledby="conflict-title" role="alertdialog">
      <h3 id="conflict-title" ref={heading} tabIndex={-1}>
        {t.conflictTitle}
      </h3>
      <p>{t.conflictIntro(baseVersion, theirs.properties.version ?? 0)}</p>
      <div className="console-table-scroll">
        <table className="console-table console-conflict__table">
          <thead>
            <tr>
              <th scope="col">{t.colField}</th>
              <th scope="col">{t.colTheirs}</th>
              <th scope="col">{t.colMine}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} data-field={r.field}>
                <th scope="row">{fieldLabel(r.field, t)}</th>
                <td data-testid="conflict-theirs">
                  <label className="console-check">
                    <input type="radio" name={`choice-${r.field}`} checked={choices[r.field] === 'theirs'} onChange={() => setChoices((c) => ({ ...c, [r.field]: 'theirs' }))} />
                    <span>
                      <span className="visually-hidden">{t.keepTheirs}: </span>
                      {formatValue(r.field, r.theirs, i18n)}
                    </span>
                  </label>
                </td>
                <td data-testid="conflict-mine">
                  <label className="console-check">
                    <input type="radio" name={`choice-${r.field}`} checked={choices[r.field] === 'mine'} onChange={() => setChoices((c) => ({ ...c, [r.field]: 'mine' }))} />
                    <span>
                      <span className="visually-hidden">{t.keepMine}: </span>
                      {formatValue(r.field, r.mine, i18n)}
                    </span>
                  </label>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="console-actions">
        <button type="button" className="console-button console-button--primary" disabled={busy} onClick={save} data-testid="conflict-save">
          {busy ? t.saving : t.saveChoices}
        </button>
        <button type="button" className="console-button" disabled={busy} onClick={onDiscard} data-testid="conflict-discard">
          {t.discardMine}
        </button>
      </div>
    </section>
  );
}
