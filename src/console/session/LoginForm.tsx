/**
 * Log in. Says exactly what went wrong: wrong password, too many attempts (with a live
 * countdown until the next try), no connection, or the server's own trouble. After a failed try
 * focus is in the field to fill again (the button is disabled while it waits, which would drop
 * focus to <body>), and the field is described by the error.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { ApiClient } from '../api/client.ts';
import { describeFailure } from '../api/describeFailure.ts';
import type { SessionInfo } from '../api/types.ts';
import { useConsoleI18n } from '../i18n/context.tsx';

interface Props {
  client: ApiClient;
  notice: string | null;
  onLoggedIn(session: SessionInfo): void;
}

type Problem = { kind: 'message'; text: string } | { kind: 'wait'; untilMs: number };

export function LoginForm({ client, notice, onLoggedIn }: Props) {
  const { t } = useConsoleI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [nowMs, setNowMs] = useState(() => Date.now());
  const usernameField = useRef<HTMLInputElement>(null);
  const passwordField = useRef<HTMLInputElement>(null);

  const waitSeconds = problem?.kind === 'wait' ? Math.max(0, Math.ceil((problem.untilMs - nowMs) / 1000)) : 0;
  useEffect(() => {
    if (problem?.kind !== 'wait') return;
    const timer = window.setInterval(() => setNowMs(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [problem]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!username.trim() || !password) {
      (username.trim() ? passwordField : usernameField).current?.focus();
      return setProblem({ kind: 'message', text: t.loginMissing });
    }
    setBusy(true);
    setProblem(null);
    const result = await client.login(username.trim(), password);
    setBusy(false);
    if (result.ok) return onLoggedIn(result.value);
    passwordField.current?.focus();
    const f = result.failure;
    if (f.kind === 'http' && f.status === 429) {
      // One reading of the clock for both: two readings a millisecond apart showed "31 s" for 30.
      const now = Date.now();
      setNowMs(now);
      return setProblem({ kind: 'wait', untilMs: now + (f.retryAfterSeconds ?? 30) * 1000 });
    }
    setPassword('');
    setProblem({ kind: 'message', text: f.kind === 'http' && f.status === 401 ? t.loginWrong : describeFailure(f, t) });
  }

  const message = problem?.kind === 'message' ? problem.text : waitSeconds > 0 ? t.loginRateLimited(waitSeconds) : null;
  return (
    <main className="console-login">
      <form className="console-card console-login__form" onSubmit={submit} aria-labelledby="login-title" noValidate>
        <h2 id="login-title">{t.loginTitle}</h2>
        {notice && (
          <p className="console-note" role="status">
            {notice}
          </p>
        )}
        <label className="console-field">
          <span>{t.username}</span>
          <input ref={usernameField} name="username" autoComplete="username" aria-describedby={message ? 'login-error' : undefined} value={username} onChange={(e) => setUsername(e.target.value)} required />
        </label>
        <label className="console-field">
          <span>{t.password}</span>
          <input
            ref={passwordField}
            name="password"
            type="password"
            aria-describedby={message ? 'login-error' : undefined}
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {message && (
          <p id="login-error" className="console-error" role="alert" data-testid="login-error">
            {message}
          </p>
        )}
        <button type="submit" className="console-button console-button--primary" disabled={busy || waitSeconds > 0}>
          {busy ? t.loggingIn : t.login}
        </button>
        {busy && <progress className="console-progress" aria-label={t.loggingIn} />}
      </form>
    </main>
  );
}
