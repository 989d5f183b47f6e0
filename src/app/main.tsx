/**
 * Entry point of the rider screen. Reads what the app starts from (URL, remembered choices,
 * browser language) and renders. Nothing here waits for the network: data and configuration
 * load inside the app, the map module loads after that.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { detectLocale } from '../i18n/i18n.ts';
import { App } from './App.tsx';
import { initClock, now } from './clock.ts';
import { createHttpStationSource } from './data/httpStationSource.ts';
import { readPrefs, safeLocalStorage } from './prefs.ts';
import type { Origin } from './state/types.ts';
import { originFromSearch } from './urlParams.ts';
import './styles.css';

initClock(window.location.search);
const prefs = readPrefs(safeLocalStorage());
const linkOrigin = originFromSearch(window.location.search);
const remembered: Origin | null = prefs.lastPlace
  ? { ...prefs.lastPlace, source: prefs.lastPlace.hubId ? 'hub' : 'remembered' }
  : null;
const origin: Origin | null = linkOrigin ? { lngLat: linkOrigin, source: 'url' } : remembered;

// The data files are published beside the app (data/*.geojson). They load in parallel with
// config.json, so the list never waits on the configuration.
const source = createHttpStationSource({ baseUrl: 'data/', now });

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
createRoot(rootElement).render(
  <StrictMode>
    <App
      source={source}
      initial={{
        now: now(),
        locale: prefs.locale ?? detectLocale(navigator.languages ?? [navigator.language]),
        localeChosen: prefs.locale !== null,
        theme: prefs.theme,
        filters: prefs.filters,
        navProvider: prefs.navProvider,
        origin,
      }}
      rememberedPlace={prefs.lastPlace}
      originFromLink={linkOrigin !== null}
    />
  </StrictMode>,
);
