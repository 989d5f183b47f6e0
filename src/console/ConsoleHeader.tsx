/** The console's top bar: title, who is logged in, language, log out. */
import type { SessionUser } from './api/types.ts';
import { useConsoleI18n } from './i18n/context.tsx';

interface Props {
  user: SessionUser | null;
  onSwitchLocale(): void;
  onLogout: (() => void) | null;
}

export function ConsoleHeader({ user, onSwitchLocale, onLogout }: Props) {
  const { t, locale } = useConsoleI18n();
  return (
    <header className="console-header">
      <div className="console-header__title">
        <h1>{t.title}</h1>
        <p>{t.subtitle}</p>
      </div>
      <div className="console-header__actions">
        {user && (
          <span className="console-header__user" data-testid="console-user">
            {t.signedInAs(user.username, t.roles[user.role])}
          </span>
        )}
        <button
          type="button"
          className="console-button console-button--ghost"
          data-testid="language-switch"
          // The visible name ("English" / "中文") is the accessible name; the purpose is a tooltip.
          title={t.languageSwitch}
          lang={locale === 'en' ? 'zh-CN' : 'en'}
          onClick={onSwitchLocale}
        >
          {t.otherLanguageName}
        </button>
        {onLogout && (
          <button type="button" className="console-button console-button--ghost" data-testid="logout" onClick={onLogout}>
            {t.logout}
          </button>
        )}
      </div>
    </header>
  );
}
