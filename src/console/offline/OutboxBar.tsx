/**
 * "N changes waiting to be sent", what they are, and what became of them: sent, refused (with
 * the server's words), or in conflict with someone else's edit (theirs and mine, to decide).
 */
import { useState } from 'react';
import type { StationPatchBody } from '../api/types.ts';
import { describeFailure, storedFailure } from '../api/describeFailure.ts';
import { ConflictView } from '../editor/ConflictView.tsx';
import { fieldLabel } from '../editor/formatValue.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import type { StationActions } from '../stations/useStationActions.ts';
import type { OutboxItem } from './outboxItem.ts';
import { isPendingId } from './pendingStations.ts';
import type { Outbox } from './useOutbox.ts';

interface Props {
  outbox: Outbox;
  actions: StationActions;
  onResolved(text: string): void;
  /** Opens a station in the editor (a refused new station, to correct it). */
  onOpenStation(stationId: string): void;
  /** An office's name by code, for refusals that name one. */
  officeName(code: string): string | null;
}

export function OutboxBar({ outbox, actions, onResolved, onOpenStation, officeName }: Props) {
  const { t } = useConsoleI18n();
  const [resolving, setResolving] = useState<OutboxItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const conflicts = outbox.items.filter((i) => i.state === 'conflict').length;
  const failed = outbox.items.filter((i) => i.state === 'failed').length;
  if (outbox.items.length === 0) return null;

  async function keepChoices(item: OutboxItem, body: StationPatchBody) {
    if (!item.current) return;
    setBusy(true);
    const outcome = await actions.patch(item.current, body);
    setBusy(false);
    if (outcome.kind === 'saved' || outcome.kind === 'queued') {
      await outbox.discard(item.key);
      setResolving(null);
      onResolved(outcome.kind === 'saved' ? t.conflictResolved : t.savedOffline);
    } else if (outcome.kind === 'conflict') {
      setResolving({ ...item, current: outcome.current });
    } else if (outcome.kind === 'error') {
      setError(outcome.message);
    }
  }

  /** A delete queued offline met someone's later edit: delete the station as it is now. */
  async function deleteAnyway(item: OutboxItem) {
    if (!item.current) return;
    setBusy(true);
    setError(null);
    const outcome = await actions.remove(item.current);
    setBusy(false);
    if (outcome.kind === 'deleted' || outcome.kind === 'queued') {
      await outbox.discard(item.key);
      onResolved(outcome.kind === 'deleted' ? t.conflictResolved : t.savedOffline);
    } else if (outcome.kind === 'conflict') {
      setError(t.deleteConflictAgain);
    } else if (outcome.kind === 'error') {
      setError(outcome.message);
    }
  }

  return (
    <section className="console-outbox" aria-label={t.outboxTitle} data-testid="outbox">
      <div className="console-outbox__line">
        {outbox.waiting > 0 && (
          <p role="status" data-testid="outbox-status" data-waiting={outbox.waiting}>
            <strong>{t.outboxWaiting(outbox.waiting)}</strong> {outbox.sending ? t.outboxSending : t.outboxWillSend}
            {!outbox.durable && ` ${t.outboxNotDurable}`}
          </p>
        )}
        {conflicts > 0 && (
          <p className="console-warning" role="alert" data-testid="outbox-conflicts">
            {t.outboxConflicts(conflicts)}
          </p>
        )}
        {failed > 0 && (
          <p className="console-error" role="alert">
            {t.outboxFailed(failed)}
          </p>
        )}
        {outbox.waiting > 0 && (
          <button type="button" className="console-button console-button--small" disabled={outbox.sending} onClick={() => void outbox.flush()} data-testid="outbox-send">
            {t.sendNow}
          </button>
        )}
      </div>
      <details open={conflicts + failed > 0}>
        <summary>{t.outboxTitle}</summary>
        <ul className="console-outbox__items">
          {outbox.items.map((item) => (
            <li key={item.key} data-testid="outbox-item" data-state={item.state}>
              <span>
                {item.label || t.outboxNewStation} · {item.method === 'POST' ? t.outboxNewStation : item.fields.map((f) => fieldLabel(f, t)).join(t.listSeparator) || item.method}
              </span>
              {item.error && <span className="console-muted" data-testid="outbox-error"> — {describeFailure(storedFailure(item.error), t, officeName)}</span>}
              {item.state === 'failed' && item.method === 'POST' && isPendingId(item.stationId) && (
                <button type="button" className="console-button console-button--small" onClick={() => onOpenStation(item.stationId!)} data-testid="outbox-fix">
                  {t.outboxFix}
                </button>
              )}
              {item.state === 'conflict' && item.current && item.method === 'PATCH' && (
                <button type="button" className="console-button console-button--small" onClick={() => setResolving(item)} data-testid="outbox-resolve">
                  {t.resolve}
                </button>
              )}
              {item.state === 'conflict' && item.current && item.method === 'DELETE' && (
                <>
                  <span className="console-warning" data-testid="outbox-delete-conflict">
                    {' '}
                    {t.deleteConflict(item.current.properties.version ?? 0)}
                  </span>
                  <button
                    type="button"
                    className="console-button console-button--small console-button--danger"
                    disabled={busy}
                    onClick={() => void deleteAnyway(item)}
                    data-testid="outbox-delete-anyway"
                  >
                    {t.deleteAnyway}
                  </button>
                </>
              )}
              <button type="button" className="console-button console-button--small" onClick={() => void outbox.discard(item.key)}>
                {item.state === 'conflict' && item.method === 'DELETE' ? t.keepStation : t.discard}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {error && !resolving && (
        <p className="console-error" role="alert">
          {error}
        </p>
      )}
      {resolving?.current && (
        <>
          <ConflictView
            key={`${resolving.key}-${resolving.current.properties.version}`}
            baseVersion={resolving.ifMatch}
            theirs={resolving.current}
            mine={(resolving.body ?? {}) as StationPatchBody}
            busy={busy}
            onSave={(body) => void keepChoices(resolving, body)}
            onDiscard={() => {
              void outbox.discard(resolving.key);
              setResolving(null);
              onResolved(t.conflictResolved);
            }}
          />
          {error && (
            <p className="console-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
