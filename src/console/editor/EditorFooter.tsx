/** The editor's last lines: when it was verified, the save / verify / delete buttons, and what happened. */
import { useConsoleI18n } from '../i18n/context.tsx';

interface Props {
  isNew: boolean;
  editable: boolean;
  busy: 'save' | 'delete' | null;
  verifiedAt: string | null;
  now: Date;
  message: { kind: 'status' | 'error'; text: string } | null;
  onVerify(): void;
  onDelete(): void;
}

const DAY_MS = 86_400_000;

export function EditorFooter({ isNew, editable, busy, verifiedAt, now, message, onVerify, onDelete }: Props) {
  const { t, f } = useConsoleI18n();
  const verified = verifiedAt ? new Date(verifiedAt) : null;
  return (
    <div className="console-editor__footer">
      {!isNew && (
        <p className="console-muted" data-testid="verified-line">
          {verified ? t.verifiedOn(f.date(verified), Math.max(0, Math.floor((now.getTime() - verified.getTime()) / DAY_MS))) : `${t.colStaleness}: ${t.neverVerified}`}
        </p>
      )}
      <div aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'console-error' : 'console-success'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="editor-message">
            {message.text}
          </p>
        )}
        {busy && <progress className="console-progress" aria-label={busy === 'delete' ? t.deleting : t.saving} />}
      </div>
      {editable && (
        <div className="console-actions console-actions--sticky">
          <button type="submit" className="console-button console-button--primary" disabled={busy !== null} data-testid="editor-save">
            {busy === 'save' ? (isNew ? t.creating : t.saving) : isNew ? t.create : t.save}
          </button>
          {!isNew && (
            <button type="button" className="console-button" disabled={busy !== null} onClick={onVerify} data-testid="mark-verified">
              {t.markVerified}
            </button>
          )}
          {!isNew && (
            <button type="button" className="console-button console-button--danger" disabled={busy !== null} onClick={onDelete} data-testid="delete-station">
              {busy === 'delete' ? t.deleting : t.deleteStation}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
