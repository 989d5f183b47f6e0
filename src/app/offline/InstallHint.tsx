/** The install suggestion: a button where the browser can install, Safari's steps on iOS. */
import { useI18n } from '../i18nContext.tsx';
import type { InstallHints } from './install.ts';
import { offlineMessages } from './messages.ts';
import { useStore } from './useStore.ts';
import './offline.css';

export function InstallHint({ hints }: { hints: InstallHints }) {
  const { locale } = useI18n();
  const t = offlineMessages(locale);
  const offer = useStore(hints.offer);
  if (offer === 'none') return null;
  return (
    <div className="notice banner install-hint" data-testid="install-hint" data-offer={offer}>
      <p>{offer === 'ios' ? t.iosInstall : t.installTitle}</p>
      <div className="install-hint__actions">
        {offer === 'prompt' && (
          <button type="button" className="action action--primary" data-testid="install-app" onClick={() => void hints.install()}>
            {t.installButton}
          </button>
        )}
        <button type="button" className="action" data-testid="install-dismiss" onClick={() => hints.dismiss()}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
