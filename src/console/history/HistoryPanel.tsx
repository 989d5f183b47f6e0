/**
 * Every version of a station, newest first: who, when, what changed; and "revert to this
 * version", which writes that version again as a new one (nothing is ever lost).
 */
import { useCallback, useEffect, useState } from 'react';
import type { Station } from '../../core/station.ts';
import type { ApiClient } from '../api/client.ts';
import { describeFailure } from '../api/describeFailure.ts';
import type { StationHistory } from '../api/types.ts';
import { fieldLabel } from '../editor/formatValue.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { stationLabel } from '../stations/stationLabel.ts';
import type { StationActions } from '../stations/useStationActions.ts';
import { historyNote } from './historyNote.ts';

interface Props {
  client: ApiClient;
  station: Station;
  actions: StationActions;
  onClose(): void;
  onExpired(): void;
}

type Load = { kind: 'loading' } | { kind: 'failed'; text: string } | { kind: 'loaded'; history: StationHistory };

export function HistoryPanel({ client, station, actions, onClose, onExpired }: Props) {
  const { t, f, locale } = useConsoleI18n();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [busy, setBusy] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: 'status' | 'error'; text: string } | null>(null);

  const fetchHistory = useCallback(async () => {
    setLoad({ kind: 'loading' });
    const result = await client.history(station.id);
    if (result.ok) return setLoad({ kind: 'loaded', history: result.value });
    if (result.failure.kind === 'http' && result.failure.status === 401) onExpired();
    setLoad({ kind: 'failed', text: describeFailure(result.failure, t) });
  }, [client, station.id, onExpired, t]);

  useEffect(() => {
    void fetchHistory();
  }, [fetchHistory]);

  async function revert(version: number) {
    if (!window.confirm(t.confirmRevert(version))) return;
    setBusy(version);
    const outcome = await actions.revert(station, version);
    setBusy(null);
    if (outcome.kind === 'saved') {
      setMessage({ kind: 'status', text: t.reverted(version) });
      void fetchHistory();
    } else if (outcome.kind === 'error') {
      setMessage({ kind: 'error', text: outcome.message });
    }
  }

  return (
    <section className="console-history" data-testid="history-panel" aria-labelledby="history-title">
      <div className="console-editor__head">
        <button type="button" className="console-button console-button--ghost" onClick={onClose} data-testid="history-close">
          ← {t.backToStation}
        </button>
        <h2 id="history-title" className="console-name">{t.historyTitle(stationLabel(station, locale))}</h2>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'console-error' : 'console-success'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {load.kind === 'loading' && (
        <p role="status">
          {t.loadingHistory} <progress className="console-progress" aria-label={t.loadingHistory} />
        </p>
      )}
      {load.kind === 'failed' && (
        <div role="alert">
          <p className="console-error">{load.text}</p>
          <button type="button" className="console-button" onClick={() => void fetchHistory()}>
            {t.retry}
          </button>
        </div>
      )}
      {load.kind === 'loaded' && (
        <ol className="console-versions" reversed>
          {load.history.versions.map((v) => {
            const current = v.version === load.history.version;
            return (
              <li key={v.version} className="console-version" data-testid="history-version" data-version={v.version} data-action={v.action}>
                <p className="console-version__head">
                  <strong>{t.versionLabel(v.version)}</strong> · {t.actions[v.action]}
                  {current && <span className="console-badge">{t.currentVersion}</span>}
                </p>
                <p className="console-muted">{t.historyBy(v.by, f.dateTime(new Date(v.at)))}</p>
                <p data-testid="history-changes">{v.changes.length ? v.changes.map((c) => fieldLabel(c, t)).join(t.listSeparator) : t.noChanges}</p>
                {v.note && (
                  <p className="console-muted" data-testid="history-note">
                    {historyNote(v, t)}
                  </p>
                )}
                {!current && !v.deleted && (
                  <button type="button" className="console-button console-button--small" disabled={busy !== null} onClick={() => void revert(v.version)} data-testid="revert">
                    {busy === v.version ? t.saving : t.revert}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
