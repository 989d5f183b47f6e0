/**
 * No station data at all (a first visit without a connection, or a broken data file): what
 * happened, what to do, and a retry button. The technical reason is kept, smaller, for support.
 * The source also retries by itself (soon, and whenever the connection comes back).
 */
import { useState } from 'react';
import { useI18n } from './i18nContext.tsx';

export function LoadError({ reason, onRetry }: { reason: string; onRetry: (() => Promise<void>) | null }) {
  const { m } = useI18n();
  const [retrying, setRetrying] = useState(false);
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return (
    <div className="notice notice--error load-error" role="alert" data-testid="load-error">
      <p>
        <strong>{m.loadFailedTitle}</strong>
      </p>
      <p>{offline ? m.loadFailedOffline : m.loadFailedAdvice}</p>
      {onRetry && (
        <button
          type="button"
          className="action"
          data-testid="load-retry"
          disabled={retrying}
          onClick={() => {
            setRetrying(true);
            void onRetry().finally(() => setRetrying(false));
          }}
        >
          {retrying ? m.retrying : m.retry}
        </button>
      )}
      <p className="load-error__detail" data-testid="load-error-detail">
        {m.loadFailedDetail(reason)}
      </p>
    </div>
  );
}
