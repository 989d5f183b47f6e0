/**
 * The office's answer to one report: an outcome and a reply to the rider, saved with If-Match on
 * the revision the editor saw. If someone else answered in between (409), their answer is shown
 * and this editor either saves theirs-then-mine or keeps theirs; nothing is overwritten unseen.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { REPORT_REPLY_MAX_CHARS } from '../../core/report.ts';
import type { OfficeReport } from '../../core/report.ts';
import type { ApiClient } from '../api/client.ts';
import { describeFailure } from '../api/describeFailure.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { ANSWER_STATUSES, checkAnswer, conflictCurrent, draftFor, replyCharsLeft } from './answer.ts';
import type { AnswerDraft } from './answer.ts';

interface Props {
  client: ApiClient;
  report: OfficeReport;
  onSaved(report: OfficeReport): void;
  /** Someone else's answer arrived (a 409): the list shows it while this form decides. */
  onTheirs(report: OfficeReport): void;
  /** The editor keeps their answer: the form closes. */
  onKeptTheirs(report: OfficeReport): void;
  onClose(): void;
  onExpired(): void;
}

export function AnswerForm({ client, report, onSaved, onTheirs, onKeptTheirs, onClose, onExpired }: Props) {
  const { t, f } = useConsoleI18n();
  const r = t.reports;
  const id = useId();
  // The revision this answer goes on top of: the one the editor saw when the form opened.
  const [base] = useState(report);
  const [draft, setDraft] = useState<AnswerDraft>(() => draftFor(report));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ text: string; field: 'status' | 'reply' | null } | null>(null);
  const [conflict, setConflict] = useState<OfficeReport | null>(null);
  const reply = useRef<HTMLTextAreaElement>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const choices = useRef<HTMLFieldSetElement>(null);
  // The form opened: the keyboard lands on the outcome (the chosen one, else the first).
  useEffect(() => {
    const radios = choices.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    ([...(radios ?? [])].find((x) => x.checked) ?? radios?.[0])?.focus();
  }, []);
  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  const change = (patch: Partial<AnswerDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setError(null);
  };

  async function save(on: OfficeReport) {
    const check = checkAnswer(draft, on);
    if (!check.ok) {
      // On top of their answer, "no change" means mine is theirs: nothing left to decide.
      if (conflict && check.problem === 'unchanged') return onKeptTheirs(conflict);
      const field = check.problem === 'statusRequired' ? 'status' : check.problem === 'unchanged' ? null : 'reply';
      setError({ text: r.problems[check.problem], field });
      if (field === 'reply') reply.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    const result = await client.answerReport(on.id, check.answer, on.revision);
    setBusy(false);
    if (result.ok) return onSaved(result.value);
    const current = conflictCurrent(result.failure);
    if (current) {
      setConflict(current);
      onTheirs(current);
      return;
    }
    if (result.failure.kind === 'http' && result.failure.status === 401) onExpired();
    setError({ text: describeFailure(result.failure, t), field: null });
  }

  const left = replyCharsLeft(draft.reply);
  const used = REPORT_REPLY_MAX_CHARS - left;
  return (
    <form
      className="console-answer"
      data-testid="report-answer-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && !conflict) void save(base);
      }}
    >
      {conflict && (
        <section className="console-conflict" role="alertdialog" aria-labelledby={`${id}-conflict`} data-testid="report-conflict">
          <h3 id={`${id}-conflict`} ref={conflictHeading} tabIndex={-1}>
            {r.conflictTitle}
          </h3>
          <p>{r.conflictIntro(conflict.answered_by ?? '?', conflict.answered_at ? f.dateTime(new Date(conflict.answered_at)) : '?')}</p>
          <dl className="console-facts">
            <dt>{r.theirAnswer}</dt>
            <dd data-testid="report-conflict-status" data-status={conflict.status}>
              {r.statuses[conflict.status]}
            </dd>
            <dt>{r.currentAnswer}</dt>
            <dd data-testid="report-conflict-reply">{conflict.reply ?? r.noReplyYet}</dd>
          </dl>
          <div className="console-actions">
            <button type="button" className="console-button console-button--primary" disabled={busy} onClick={() => void save(conflict)} data-testid="report-conflict-save">
              {busy ? r.saving : r.saveMineOnTop}
            </button>
            <button type="button" className="console-button" disabled={busy} onClick={() => onKeptTheirs(conflict)} data-testid="report-conflict-keep">
              {r.keepTheirs}
            </button>
          </div>
        </section>
      )}
      <fieldset ref={choices} className="console-fieldset" data-testid="report-answer-status">
        <legend>{r.answerLegend}</legend>
        <div className="console-answer__choices">
          {ANSWER_STATUSES.map((s) => (
            <label key={s} className="console-choice">
              <input type="radio" name={`${id}-status`} value={s} checked={draft.status === s} disabled={busy} onChange={() => change({ status: s })} />
              <span>
                <strong>{r.statuses[s]}</strong>
                <span className="console-muted">{r.statusHelp[s]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="console-field">
        <span>{r.replyLabel}</span>
        <textarea
          ref={reply}
          className="console-textarea"
          rows={3}
          value={draft.reply}
          disabled={busy}
          aria-invalid={error?.field === 'reply' || left < 0}
          aria-describedby={`${id}-help ${id}-count`}
          onChange={(e) => change({ reply: e.target.value })}
          data-testid="report-reply"
        />
      </label>
      <div className="console-answer__below">
        <p id={`${id}-help`} className="console-muted">
          {r.replyHelp}
        </p>
        <p id={`${id}-count`} className={left < 0 ? 'console-field-error' : 'console-muted'} data-testid="report-reply-count" aria-live="polite">
          {r.replyCount(used, REPORT_REPLY_MAX_CHARS)}
        </p>
      </div>
      <div aria-live="polite">
        {error && (
          <p className="console-error" role="alert" data-testid="report-answer-error">
            {error.text}
          </p>
        )}
        {busy && <progress className="console-progress" aria-label={r.saving} />}
      </div>
      <div className="console-actions">
        {!conflict && (
          <button type="submit" className="console-button console-button--primary" disabled={busy} data-testid="report-save">
            {busy ? r.saving : r.save}
          </button>
        )}
        <button type="button" className="console-button" disabled={busy} onClick={onClose} data-testid="report-answer-close">
          {r.closeAnswer}
        </button>
      </div>
    </form>
  );
}
