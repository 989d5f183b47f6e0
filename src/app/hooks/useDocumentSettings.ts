/** Keeps `<html lang>`, the theme attribute and the title in step with the state. */
import { useEffect, useState } from 'react';
import type { Locale } from '../../i18n/i18n.ts';
import type { ThemePref } from '../state/types.ts';

export function useDocumentSettings(locale: Locale, theme: ThemePref, title: string): void {
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = title;
  }, [locale, title]);

  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
}

/** Whether the page is dark right now: the rider's choice, or the system's. */
export function useIsDark(theme: ThemePref): boolean {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = (e: MediaQueryListEvent) => setSystemDark(e.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  return theme === 'dark' || (theme === 'system' && systemDark);
}
