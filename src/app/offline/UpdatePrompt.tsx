/** "A new version is ready — Reload": the only way a new version takes over an open app. */
import { useState } from 'react';
import { useI18n } from '../i18nContext.tsx';
import { offlineMessages } from './messages.ts';
import type { ServiceWorkerShell } from './serviceWorker.ts';
import { useStore } from './useStore.ts';
import './offline.css';

export function UpdatePrompt({ shell }: { shell: ServiceWorkerShell }) {
  const { locale } = useI18n();
  const t = offlineMessages(locale);
  const update = useStore(shell.update);
  const [later, setLater] = useState(false);
  if (update === 'none' || later) return null;
  return (
    <div className="update-prompt" data-testid="update-prompt" role="alert">
      <span>{t.updateReady}</span>
      <button
        type="button"
        className="action action--primary"
        data-testid="update-reload"
        disabled={update === 'activating'}
        onClick={() => shell.acceptUpdate()}
      >
        {t.updateReload}
      </button>
      <button type="button" className="action" data-testid="update-later" onClick={() => setLater(true)}>
        {t.updateLater}
      </button>
    </div>
  );
}
