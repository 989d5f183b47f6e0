/**
 * The console's language: its own table plus the rider app's (shared words) and formatters
 * (always Beijing time). The choice is the rider app's remembered one (`rider-prefs-v1`), so
 * the two screens speak the same language; switching here switches there too.
 */
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { detectLocale, formattersFor, messagesFor } from '../../i18n/i18n.ts';
import type { Formatters, Locale } from '../../i18n/i18n.ts';
import type { Messages } from '../../i18n/messages.ts';
import { readPrefs, safeLocalStorage, writePrefs } from '../../app/prefs.ts';
import { I18nProvider } from '../../app/i18nContext.tsx';
import { en } from './en.ts';
import type { ConsoleMessages } from './messages.ts';
import { zhCN } from './zhCN.ts';

export interface ConsoleI18n {
  locale: Locale;
  /** The console's messages. */
  t: ConsoleMessages;
  /** The rider app's messages (amenities, kinds, host types, open states). */
  m: Messages;
  f: Formatters;
}

export const consoleMessages = (locale: Locale): ConsoleMessages => (locale === 'en' ? en : zhCN);

function build(locale: Locale): ConsoleI18n {
  return { locale, t: consoleMessages(locale), m: messagesFor(locale), f: formattersFor(locale) };
}

const Context = createContext<ConsoleI18n>(build('zh-CN'));

/** The remembered language, else the browser's (Chinese by default). */
export function initialLocale(): Locale {
  return readPrefs(safeLocalStorage()).locale ?? detectLocale(navigator.languages ?? [navigator.language]);
}

export function rememberLocale(locale: Locale): void {
  const storage = safeLocalStorage();
  writePrefs(storage, { ...readPrefs(storage), locale });
}

export function ConsoleI18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => build(locale), [locale]);
  // The rider app's provider too, so its components (hours list) can be reused as they are.
  return (
    <I18nProvider locale={locale}>
      <Context value={value}>{children}</Context>
    </I18nProvider>
  );
}

export function useConsoleI18n(): ConsoleI18n {
  return useContext(Context);
}
