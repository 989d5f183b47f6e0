/** Writes the remembered choices back whenever one of them changes. */
import { useEffect } from 'react';
import { safeLocalStorage, writePrefs } from '../prefs.ts';
import type { AppState, Origin } from '../state/types.ts';

/**
 * @param previousPlace the place remembered at start-up, kept while the origin comes from a link
 */
export function usePersistPrefs(state: AppState, previousPlace: Origin | null): void {
  const { locale, localeChosen, theme, filters, navProvider, origin } = state;
  useEffect(() => {
    // A place from a link is not the rider's own choice: keep the last one they made.
    const lastPlace = origin && origin.source !== 'url' ? origin : previousPlace;
    writePrefs(safeLocalStorage(), {
      locale: localeChosen ? locale : null,
      theme,
      filters,
      navProvider,
      lastPlace,
    });
  }, [locale, localeChosen, theme, filters, navProvider, origin, previousPlace]);
}
