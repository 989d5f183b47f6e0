/**
 * Edit one station (or create one at a placed pin). The form is a draft (draft.ts); saving sends
 * only what changed, with If-Match. The outcome decides what shows: saved, queued offline,
 * theirs-and-mine on a conflict, or the server's refusal in words (e.g. a move outside the
 * jurisdiction). Unsaved changes are reported to `unsavedChanges.ts`, so whatever closes the
 * editor asks first; a failed check puts focus in the first field to fix; a save that looks like
 * a duplicate of a nearby station asks before it is sent.
 */
import { useEffect, useRef, useState } from 'react';
import { findDuplicates } from '../../core/import/duplicates.ts';
import type { Office } from '../../core/offices.ts';
import type { LngLat, Station } from '../../core/station.ts';
import type { StationPatchBody } from '../api/types.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { isPendingId } from '../offline/pendingStations.ts';
import { stationLabel } from '../stations/stationLabel.ts';
import type { SaveOutcome, StationActions } from '../stations/useStationActions.ts';
import { AmenityChecks, BasicsFields } from './BasicsFields.tsx';
import { ConflictView } from './ConflictView.tsx';
import { createBody, draftFromStation, draftProblems, draftProperties, isEmptyPatch, newDraft, patchBody } from './draft.ts';
import { setUnsavedChanges } from './unsavedChanges.ts';
import type { Draft } from './draft.ts';
import { EditorFooter } from './EditorFooter.tsx';
import { HolidayHours } from './HolidayHours.tsx';
import { holidayRuleInHours } from './hoursModel.ts';
import { HoursEditor } from './HoursEditor.tsx';
import { HoursMeaning } from './HoursMeaning.tsx';
import { PlaceFields } from './PlaceFields.tsx';
import { StatusFields } from './StatusFields.tsx';

interface Props {
  /** null: a new station at `lngLat`. */
  station: Station | null;
  editable: boolean;
  lngLat: LngLat;
  onLngLatChange(lngLat: LngLat): void;
  offices: readonly Office[];
  officeCode: string | null;
  officeStations: readonly Station[];
  actions: StationActions;
  now: Date;
  onClose(): void;
  onCreated(station: Station | null): void;
  /** `text`: what the list says; `queued`: the delete is kept on this device, not sent yet. */
  onDeleted(text: string, queued?: boolean): void;
  onShowHistory(): void;
  /** Shown when the editor opens (e.g. "station created", after the new station reopens as itself). */
  initialMessage?: string | null;
  /**
   * The station is still to be created (pendingStations.ts): null while it waits, the server's
   * refusal in words when it was refused. Undefined for a station the server has.
   */
  pendingRefusal?: string | null;
}

type Message = { kind: 'status' | 'error'; text: string } | null;
type Conflict = { theirs: Station; mine: StationPatchBody; baseVersion: number | null };

export function StationEditor(props: Props) {
  const { station, editable, lngLat, actions, now } = props;
  const { t, locale } = useConsoleI18n();
  const [base, setBase] = useState<Station | null>(station);
  const [draft, setDraft] = useState<Draft>(() => (station ? draftFromStation(station) : newDraft(lngLat)));
  const [message, setMessage] = useState<Message>(props.initialMessage ? { kind: 'status', text: props.initialMessage } : null);
  const [busy, setBusy] = useState<'save' | 'delete' | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [checked, setChecked] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  /** Bumped by a save the checks refused: focus then goes to the first field to fix. */
  const [refused, setRefused] = useState(0);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (refused === 0) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [refused]);

  // The list brought a newer copy (a queued edit delivered, a refresh). Adopt it when it already
  // says what the form says; otherwise keep the form: saving then shows theirs and mine.
  useEffect(() => {
    if (!station || !base || station === base || busy) return;
    // The new station reached the server while open here: from now on edits go to its real id
    // (the form keeps whatever was not saved yet).
    // What waited in the queue has been delivered: the "kept on this device" message is over.
    const delivered = () => {
      // A station still to be created changes as edits queue behind it: nothing was sent then.
      if (queuedBody === null || isPendingId(station.id)) return;
      setQueuedBody(null);
      setMessage({ kind: 'status', text: t.queuedDelivered });
    };
    if (isPendingId(base.id) && !isPendingId(station.id)) {
      setBase(station);
      return delivered();
    }
    const newer = (station.properties.version ?? 0) >= (base.properties.version ?? 0);
    if (newer && isEmptyPatch(patchBody(station, { ...draft, lngLat }))) {
      setBase(station);
      // Only a version the server wrote says the queued change arrived; the list's own copy of
      // a queued edit (same version) says nothing of the kind.
      if ((station.properties.version ?? 0) > (base.properties.version ?? 0)) delivered();
    }
    // Only a new station object from the list should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [station]);

  const full: Draft = { ...draft, lngLat };
  // What "unsaved" means: a change to send (an existing station) that is not already waiting in
  // the offline queue, or anything typed (a new one).
  const [pristine] = useState(() => JSON.stringify(draftProperties(newDraft(lngLat))));
  const [queuedBody, setQueuedBody] = useState<string | null>(null);
  const pending = base ? patchBody(base, full) : null;
  const unsaved = pending ? !isEmptyPatch(pending) && JSON.stringify(pending) !== queuedBody : JSON.stringify(draftProperties(full)) !== pristine;
  useEffect(() => setUnsavedChanges(unsaved), [unsaved]);
  useEffect(() => () => setUnsavedChanges(false), []);
  const problems = draftProblems(full, now, base?.properties.office_code ?? props.officeCode ?? undefined);
  const problemText = (field: string) => {
    const p = problems.find((x) => x.field === field);
    return checked && p ? (t.problems[p.code as keyof typeof t.problems] ?? p.code) : undefined;
  };
  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };

  function settle(outcome: SaveOutcome, mine: StationPatchBody | null, okText: string): void {
    switch (outcome.kind) {
      case 'saved':
        setBase(outcome.station);
        setDraft(draftFromStation(outcome.station));
        props.onLngLatChange(outcome.station.geometry.coordinates);
        setConflict(null);
        setMessage({ kind: 'status', text: okText });
        if (!base) props.onCreated(outcome.station);
        return;
      case 'queued':
        if (mine) setQueuedBody(JSON.stringify(mine));
        setMessage({ kind: 'status', text: outcome.why === 'behindCreate' ? t.savedBehindCreate : outcome.why === 'resend' ? t.resendingCreate : t.savedOffline });
        if (!base) props.onCreated(null);
        return;
      case 'conflict':
        setConflict({ theirs: outcome.current, mine: mine ?? {}, baseVersion: base?.properties.version ?? null });
        setMessage(null);
        return;
      case 'deleted':
        props.onDeleted(t.deleted);
        return;
      case 'error':
        setMessage({ kind: 'error', text: outcome.message });
        return;
    }
  }

  async function save(next: Draft = full) {
    setChecked(true);
    const found = draftProblems(next, now, base?.properties.office_code ?? props.officeCode ?? undefined);
    if (found.length > 0) {
      const schema = found.find((p) => p.field === 'other');
      setRefused((n) => n + 1);
      return setMessage({ kind: 'error', text: schema && schema.field === 'other' ? schema.message : t.fixFirst });
    }
    if (!confirmNotDuplicate(next)) return;
    if (!base) {
      setBusy('save');
      settle(await actions.create(createBody(next)), null, t.created);
      return setBusy(null);
    }
    const body = patchBody(base, next);
    if (isEmptyPatch(body)) return setMessage({ kind: 'status', text: t.nothingToSave });
    setBusy('save');
    settle(await actions.patch(base, body), body, t.saved);
    setBusy(null);
  }

  /**
   * A new station, or a new name or place, that looks like a nearby station (the importer's
   * rule) is saved only when the office confirms it is another one.
   */
  function confirmNotDuplicate(next: Draft): boolean {
    if (base) {
      const body = patchBody(base, next);
      if (!body.geometry && body.properties?.name === undefined) return true;
    }
    const others = props.officeStations.filter((s) => s.id !== base?.id);
    const [match] = findDuplicates([{ rowNumber: 1, status: 'ok', lngLat: next.lngLat, properties: { name: next.name } }], others);
    if (!match || match.duplicateOf.kind !== 'station') return true;
    return window.confirm(t.confirmDuplicate(match.duplicateOf.name, match.distanceMeters, match.reason));
  }

  async function remove() {
    if (!base || !window.confirm(t.confirmDelete(base.properties.name))) return;
    setBusy('delete');
    const outcome = await actions.remove(base);
    setBusy(null);
    // A delete kept on this device: the station has left the list, and so does the editor.
    if (outcome.kind === 'queued') return props.onDeleted(outcome.why === 'behindCreate' ? t.deleteBehindCreate : t.deleteQueued, true);
    settle(outcome, null, t.deleted);
  }

  async function resolve(body: StationPatchBody) {
    if (!conflict) return;
    setBusy('save');
    settle(await actions.patch(conflict.theirs, body), body, t.conflictResolved);
    setBusy(null);
  }

  const disabled = !editable || busy !== null;
  const moved = base !== null && (base.geometry.coordinates[0] !== lngLat[0] || base.geometry.coordinates[1] !== lngLat[1]);
  const asProps = draftProperties(full) as Pick<Station['properties'], 'opening_hours' | 'holiday_hours' | 'status' | 'closure'>;
  const hoursProps = { opening_hours: asProps.opening_hours, holiday_hours: asProps.holiday_hours, status: asProps.status, closure: asProps.closure };
  return (
    <section className="console-editor" data-testid="station-editor" data-station-id={base?.id ?? ''} data-editable={editable} aria-labelledby="editor-title">
      <div className="console-editor__head">
        <button type="button" className="console-button console-button--ghost" onClick={props.onClose} data-testid="editor-close">
          ← {t.backToList}
        </button>
        <h2 id="editor-title" ref={heading} tabIndex={-1}>
          {base ? t.editTitle(stationLabel(base, locale)) : t.newTitle}
        </h2>
        {base && editable && !isPendingId(base.id) && (
          <button type="button" className="console-button" onClick={props.onShowHistory} data-testid="show-history">
            {t.showHistory}
          </button>
        )}
      </div>
      {!editable && (
        <p className="console-note" role="note" data-testid="read-only">
          {t.readOnly}
        </p>
      )}
      {base && isPendingId(base.id) && (
        <p className={props.pendingRefusal ? 'console-error' : 'console-note'} role="note" data-testid="pending-note" data-refused={props.pendingRefusal ? 'true' : 'false'}>
          {props.pendingRefusal ? t.pendingRefused(props.pendingRefusal) : t.pendingNote}
        </p>
      )}
      {conflict && (
        <ConflictView
          baseVersion={conflict.baseVersion}
          theirs={conflict.theirs}
          mine={conflict.mine}
          busy={busy !== null}
          onSave={(body) => void resolve(body)}
          onDiscard={() => settle({ kind: 'saved', station: conflict.theirs }, null, t.conflictResolved)}
        />
      )}
      <form
        ref={form}
        className="console-editor__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (editable) void save();
        }}
        noValidate
      >
        <BasicsFields draft={draft} disabled={disabled} problems={{ name: problemText('name'), address: problemText('address'), phone: problemText('phone') }} onChange={change} />
        <PlaceFields
          stationId={base?.id ?? null}
          name={draft.name}
          lngLat={lngLat}
          moved={moved}
          offices={props.offices}
          officeCode={props.officeCode}
          nearbyStations={props.officeStations}
          disabled={disabled}
          onChange={props.onLngLatChange}
        />
        <AmenityChecks value={draft.amenities} disabled={disabled} onChange={(amenities) => change({ amenities })} />
        <fieldset className="console-fieldset">
          <legend>{t.sectionHours}</legend>
          <HoursEditor value={draft.opening_hours} onChange={(opening_hours) => change({ opening_hours })} disabled={disabled} problem={problemText('opening_hours') ?? null} />
          <HoursMeaning props={hoursProps} now={now} />
          <HolidayHours
            value={draft.holiday_hours}
            onChange={(holiday_hours) => change({ holiday_hours })}
            disabled={disabled}
            ruleInHours={holidayRuleInHours(draft.opening_hours)}
            problem={checked && problems.some((p) => p.code === 'holidayTwice') ? t.problems.holidayTwice : null}
          />
        </fieldset>
        <StatusFields
          status={draft.status}
          closure={draft.closure}
          disabled={disabled}
          problems={{ 'closure.reason': problemText('closure.reason'), 'closure.until': problemText('closure.until') }}
          onChange={change}
        />
        <EditorFooter
          isNew={!base}
          editable={editable}
          busy={busy}
          verifiedAt={draft.verified_at}
          now={now}
          message={message}
          onVerify={() => {
            const next = { ...full, verified_at: now.toISOString() };
            setDraft(next);
            void save(next);
          }}
          onDelete={() => void remove()}
        />
      </form>
    </section>
  );
}
