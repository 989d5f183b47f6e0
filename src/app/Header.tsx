/** Title, the two ways to set a place, and the language / theme / about buttons. */
import type { Locale } from '../i18n/i18n.ts';
import { useI18n } from './i18nContext.tsx';
import type { ThemePref } from './state/types.ts';

interface Props {
  theme: ThemePref;
  locating: boolean;
  onLocate: () => void;
  onChoosePlace: () => void;
  onSetLocale: (locale: Locale) => void;
  onCycleTheme: () => void;
  onOpenAbout: () => void;
  /** Absent where reports are not available (tests of the screen alone). */
  onOpenMyReports?: () => void;
  /** Reports that need the rider: waiting to be sent, or refused. */
  reportsWaiting?: number;
}

export function Header({ theme, locating, onLocate, onChoosePlace, onSetLocale, onCycleTheme, onOpenAbout, onOpenMyReports, reportsWaiting = 0 }: Props) {
  const { m, locale } = useI18n();
  const other: Locale = locale === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <header className="header">
      <div className="header__top">
        <h1 className="header__title">
          <StationMark />
          <span>{m.appTitle}</span>
        </h1>
        <div className="header__tools">
          <button
            type="button"
            className="tool"
            data-testid="language-switch"
            aria-label={m.languageSwitchLabel}
            lang={other}
            onClick={() => onSetLocale(other)}
          >
            {m.otherLanguageName}
          </button>
          <button type="button" className="tool" onClick={onCycleTheme} aria-label={m.themeLabel(m.themeNames[theme])}>
            <ThemeIcon theme={theme} />
          </button>
          {onOpenMyReports && (
            <button
              type="button"
              className="tool tool--badged"
              data-testid="open-my-reports"
              data-waiting={reportsWaiting}
              onClick={onOpenMyReports}
              aria-haspopup="dialog"
              aria-label={reportsWaiting > 0 ? m.reports.openWithCount(reportsWaiting) : m.reports.open}
            >
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
                <path
                  d="M6 3h9l4 4v14H6z M14.5 3v4.5H19 M9 12h7 M9 15.5h7"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2"
                  strokeLinejoin="round"
                  strokeLinecap="round"
                />
              </svg>
              {reportsWaiting > 0 && (
                <span className="tool__badge" aria-hidden="true">
                  {reportsWaiting}
                </span>
              )}
            </button>
          )}
          <button type="button" className="tool" data-testid="open-about" onClick={onOpenAbout} aria-label={m.openAbout}>
            <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
              <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="2" />
              <path d="M12 11v6 M12 7.5v.5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
      </div>
      <div className="header__actions">
        <button type="button" className="action action--primary" data-testid="locate-me" onClick={onLocate} aria-busy={locating}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="12" cy="12" r="4" fill="currentColor" />
            <path d="M12 2v4 M12 18v4 M2 12h4 M18 12h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            <circle cx="12" cy="12" r="7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span>{m.locateMe}</span>
        </button>
        <button type="button" className="action" data-testid="choose-place" onClick={onChoosePlace} aria-haspopup="dialog">
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" fill="none" stroke="currentColor" strokeWidth="2" />
            <circle cx="12" cy="9.5" r="2.5" fill="currentColor" />
          </svg>
          <span>{m.choosePlace}</span>
        </button>
      </div>
    </header>
  );
}

function ThemeIcon({ theme }: { theme: ThemePref }) {
  const stroke = { fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      {theme === 'dark' && <path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z" {...stroke} />}
      {theme === 'light' && (
        <path
          d="M12 7a5 5 0 1 0 0 10 5 5 0 0 0 0-10z M12 1.5v2.5 M12 20v2.5 M1.5 12H4 M20 12h2.5 M4.6 4.6l1.8 1.8 M17.6 17.6l1.8 1.8 M4.6 19.4l1.8-1.8 M17.6 6.4l1.8-1.8"
          {...stroke}
        />
      )}
      {theme === 'system' && (
        <>
          <circle cx="12" cy="12" r="9" {...stroke} />
          <path d="M12 3a9 9 0 0 0 0 18z" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

function StationMark() {
  return (
    <svg className="header__mark" viewBox="0 0 24 24" width="26" height="26" aria-hidden="true" focusable="false">
      <path d="M3 11 12 4l9 7v9H3z" fill="currentColor" />
      <path d="M13 9.5 10 14h2.5l-1 4 3.5-5h-2.5z" fill="var(--header-bg)" />
    </svg>
  );
}
