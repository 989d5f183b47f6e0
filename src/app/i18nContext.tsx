/** The current language's messages and formatters, for every component below the root. */
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { formattersFor, messagesFor } from '../i18n/i18n.ts';
import type { Formatters, Locale } from '../i18n/i18n.ts';
import type { Messages } from '../i18n/messages.ts';

export interface I18n {
  locale: Locale;
  m: Messages;
  f: Formatters;
}

const I18nContext = createContext<I18n>({ locale: 'zh-CN', m: messagesFor('zh-CN'), f: formattersFor('zh-CN') });

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, m: messagesFor(locale), f: formattersFor(locale) }), [locale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
