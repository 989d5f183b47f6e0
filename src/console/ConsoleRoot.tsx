/**
 * The console's root (lazily loaded at /console): language, the session, and either the login
 * form or the workspace. The session is the server's: checked on load, ended on logout, and
 * any 401 later brings the login back with a word about why.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../i18n/i18n.ts';
import { createApiClient } from './api/client.ts';
import type { SessionInfo } from './api/types.ts';
import { ConsoleHeader } from './ConsoleHeader.tsx';
import { consoleMessages, ConsoleI18nProvider, initialLocale, rememberLocale } from './i18n/context.tsx';
import { LoginForm } from './session/LoginForm.tsx';
import { Workspace } from './Workspace.tsx';
import './console.css';

type SessionState =
  | { kind: 'checking' }
  | { kind: 'unreachable' }
  | { kind: 'loggedOut'; notice: 'expired' | 'loggedOut' | null }
  | { kind: 'loggedIn'; session: SessionInfo };

export function ConsoleRoot() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const client = useMemo(() => createApiClient(), []);
  const [state, setState] = useState<SessionState>({ kind: 'checking' });
  const t = consoleMessages(locale);

  const check = useCallback(async () => {
    setState({ kind: 'checking' });
    const result = await client.getSession();
    if (result.ok) return setState({ kind: 'loggedIn', session: result.value });
    setState(result.failure.kind === 'network' ? { kind: 'unreachable' } : { kind: 'loggedOut', notice: null });
  }, [client]);

  useEffect(() => {
    void check();
  }, [check]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = `${t.title} · ${consoleMessages(locale === 'en' ? 'zh-CN' : 'en').title}`;
  }, [locale, t.title]);

  const switchLocale = () => {
    const next: Locale = locale === 'en' ? 'zh-CN' : 'en';
    rememberLocale(next);
    setLocale(next);
  };
  const logout = async () => {
    await client.logout();
    setState({ kind: 'loggedOut', notice: 'loggedOut' });
  };
  const expired = useCallback(() => setState({ kind: 'loggedOut', notice: 'expired' }), []);

  const session = state.kind === 'loggedIn' ? state.session : null;
  return (
    <ConsoleI18nProvider locale={locale}>
      <div className="console" data-testid="console-app" data-session={state.kind}>
        <ConsoleHeader user={session?.user ?? null} onSwitchLocale={switchLocale} onLogout={session ? logout : null} />
        {state.kind === 'checking' && (
          <p className="console-center" role="status">
            {t.checkingSession}
          </p>
        )}
        {state.kind === 'unreachable' && (
          <div className="console-center" role="alert">
            <p>{t.serverUnreachable}</p>
            <button type="button" className="console-button" onClick={() => void check()}>
              {t.retry}
            </button>
          </div>
        )}
        {state.kind === 'loggedOut' && (
          <LoginForm
            client={client}
            notice={state.notice === 'expired' ? t.sessionExpired : state.notice === 'loggedOut' ? t.loggedOut : null}
            onLoggedIn={(s) => setState({ kind: 'loggedIn', session: s })}
          />
        )}
        {session && <Workspace key={session.user.username} client={client} session={session} onExpired={expired} />}
      </div>
    </ConsoleI18nProvider>
  );
}
