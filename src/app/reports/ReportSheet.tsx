/**
 * "Report a problem": what is wrong (large choices with icon and words), a note (required for
 * "other"), for a wrong location the rider's position as where the station really is, and Send.
 * The form checks itself with the shared schema and says each problem beside its field; what
 * was typed lives in the parent (ReportEntry), so closing the sheet or a failure loses nothing.
 */
import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { REPORT_KINDS, REPORT_NOTE_MAX_CHARS } from '../../core/report.ts';
import type { ReportKind } from '../../core/report.ts';
import type { LngLat, Station } from '../../core/station.ts';
import { distanceKm } from '../../core/tileCover.ts';
import { Dialog } from '../Dialog.tsx';
import { useI18n } from '../i18nContext.tsx';
import { SheetHeader } from '../SheetHeader.tsx';
import { buildSubmission } from './draft.ts';
import type { DraftError, ReportDraft } from './draft.ts';
import type { ReportOutbox, SubmitOutcome } from './reportOutbox.ts';
import { newReportId } from './reportRecord.ts';
import { ReportKindIcon } from './ReportKindIcon.tsx';

interface Props {
  station: Station;
  /** The rider's current position, when it is one (not a hub or a remembered place). */
  position: LngLat | null;
  outbox: ReportOutbox;
  now: () => Date;
  draft: ReportDraft;
  onDraft: (draft: ReportDraft) => void;
  /** The report is stored (and sent, or waiting): the sheet is done. */
  onDone: (outcome: Exclude<SubmitOutcome, { kind: 'not-saved' }>) => void;
  onClose: () => void;
}

export function ReportSheet({ station, position, outbox, now, draft, onDraft, onDone, onClose }: Props) {
  const { m, f, locale } = useI18n();
  const t = m.reports;
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<DraftError[]>([]);
  const [notSaved, setNotSaved] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const p = station.properties;
  const name = locale === 'en' && p.name_en ? p.name_en : p.name;
  const errorOf = (field: DraftError['field']) => errors.find((e) => e.field === field) ?? null;
  const change = (next: Partial<ReportDraft>, clears: DraftError['field'][]) => {
    onDraft({ ...draft, ...next });
    if (clears.length) setErrors((list) => list.filter((e) => !clears.includes(e.field)));
  };
  const noteRequired = draft.kind === 'other';
  const offerPosition = draft.kind === 'wrong_location' && position !== null;
  const distanceM = position ? distanceKm(position, station.geometry.coordinates) * 1000 : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const built = buildSubmission(
      { ...draft, usePosition: offerPosition && draft.usePosition },
      { stationId: station.id, position, id: newReportId(), createdAt: now() },
    );
    if (!built.ok) {
      setErrors(built.errors);
      // Take the rider to the first field that needs them.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setErrors([]);
    setNotSaved(null);
    setSending(true);
    const outcome = await outbox.submit({ submission: built.submission, stationName: p.name, stationNameEn: p.name_en ?? null });
    setSending(false);
    if (outcome.kind === 'not-saved') setNotSaved(outcome.detail);
    else onDone(outcome);
  };

  const kindError = errorOf('kind');
  const noteError = errorOf('note');
  const positionError = errorOf('position');
  const formError = errors.find((e): e is Extract<DraftError, { field: 'form' }> => e.field === 'form') ?? null;
  return (
    <Dialog label={`${t.sheetTitle} · ${name}`} onClose={onClose} testId="report-sheet" dataAttributes={{ 'data-station-id': station.id }} className="report-sheet">
      <SheetHeader title={t.sheetTitle} closeLabel={m.close} onClose={onClose} />
      <p className="report-sheet__station">{name}</p>
      <form ref={formRef} className="report-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="report-kinds">
          <legend>{t.kindLegend}</legend>
          {REPORT_KINDS.map((kind: ReportKind, i) => (
            <label key={kind} className="report-kind">
              <input
                type="radio"
                name={`${ids}-kind`}
                value={kind}
                data-testid={`report-kind-${kind}`}
                checked={draft.kind === kind}
                aria-invalid={kindError && i === 0 ? 'true' : undefined}
                aria-describedby={kindError ? `${ids}-kind-error` : undefined}
                onChange={() => change({ kind }, ['kind', 'note', 'position'])}
              />
              <ReportKindIcon kind={kind} />
              <span className="report-kind__text">
                <span className="report-kind__name">{t.kinds[kind]}</span>
                <span className="report-kind__hint">{t.kindHints[kind]}</span>
              </span>
            </label>
          ))}
          {kindError && (
            <p className="field-error" id={`${ids}-kind-error`} data-testid="report-kind-error">
              {t.errors.kind_required}
            </p>
          )}
        </fieldset>

        {offerPosition && (
          <div className="report-position">
            <label className="report-check">
              <input
                type="checkbox"
                data-testid="report-use-position"
                checked={draft.usePosition}
                aria-invalid={positionError ? 'true' : undefined}
                aria-describedby={`${ids}-position-hint${positionError ? ` ${ids}-position-error` : ''}`}
                onChange={(e) => change({ usePosition: e.target.checked }, ['position'])}
              />
              <span>{t.usePosition}</span>
            </label>
            <p className="muted report-position__hint" id={`${ids}-position-hint`}>
              {distanceM !== null && t.usePositionHint(f.distance(distanceM))}
            </p>
            {positionError && (
              <p className="field-error" id={`${ids}-position-error`} data-testid="report-position-error">
                {positionError.code === 'position_outside' ? t.errors.position_outside : t.errors.position_unknown}
              </p>
            )}
          </div>
        )}

        <div className="report-note">
          <label htmlFor={`${ids}-note`}>{noteRequired ? t.noteLabelRequired : t.noteLabel}</label>
          <textarea
            id={`${ids}-note`}
            data-testid="report-note"
            rows={3}
            maxLength={REPORT_NOTE_MAX_CHARS}
            placeholder={t.notePlaceholder}
            value={draft.note}
            required={noteRequired}
            aria-invalid={noteError ? 'true' : undefined}
            aria-describedby={`${ids}-note-count${noteError ? ` ${ids}-note-error` : ''}`}
            onChange={(e) => change({ note: e.target.value }, ['note'])}
          />
          <p
            className={`report-note__count ${draft.note.length > REPORT_NOTE_MAX_CHARS * 0.9 ? 'report-note__count--near' : ''}`}
            id={`${ids}-note-count`}
            data-testid="report-note-count"
          >
            {t.noteCount(draft.note.length, REPORT_NOTE_MAX_CHARS)}
          </p>
          {noteError && (
            <p className="field-error" id={`${ids}-note-error`} data-testid="report-note-error">
              {noteError.code === 'note_too_long' ? t.errors.note_too_long(noteError.max) : t.errors.note_required}
            </p>
          )}
        </div>

        {formError && (
          <p className="field-error" data-testid="report-form-error">
            {t.errors.invalid(formError.detail)}
          </p>
        )}
        {notSaved !== null && (
          <p className="notice notice--error" role="alert" data-testid="report-form-error">
            {t.errors.notSaved(notSaved)}
          </p>
        )}
        <div className="muted report-form__privacy">
          <p>{t.privacy}</p>
          {offerPosition && draft.usePosition && <p>{t.privacyWithPosition}</p>}
        </div>
        <button type="submit" className="action report-send" data-testid="report-send" disabled={sending} aria-busy={sending}>
          {sending ? t.sending : t.send}
        </button>
      </form>
    </Dialog>
  );
}
