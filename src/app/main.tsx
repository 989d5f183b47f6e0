/**
 * Entry point of the rider screen. Reads what the app starts from (URL, remembered choices,
 * browser language) and renders. Nothing here waits for the network: data and configuration
 * load inside the app, the map module loads after that.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { detectLocale, loadLocale } from '../i18n/i18n.ts';
import { App } from './App.tsx';
import { initClock, now } from './clock.ts';
import { createSyncingStationSource } from './offline/syncSource.ts';
import { afterIdle } from './offline/afterIdle.ts';
import { loadOpeningHours } from './offline/lazyOpeningHours.ts';
import { startOfflineShell } from './offline/shell.ts';
import { readPrefs, safeLocalStorage } from './prefs.ts';
import type { ReportOutbox } from './reports/reportOutbox.ts';
import type { Origin } from './state/types.ts';
import { originFromSearch } from './urlParams.ts';
import { warmUpCore } from './warmUp.ts';
import './styles.css';

initClock(window.location.search);
const prefs = readPrefs(safeLocalStorage());
const linkOrigin = originFromSearch(window.location.search);
const remembered: Origin | null = prefs.lastPlace
  ? { ...prefs.lastPlace, source: prefs.lastPlace.hubId ? 'hub' : 'remembered' }
  : null;
const origin: Origin | null = linkOrigin ? { lngLat: linkOrigin, source: 'url' } : remembered;

// The data files are published beside the app (data/*.geojson). They load in parallel with
// config.json, so the list never waits on the configuration. The source answers from the copy in
// IndexedDB first and then asks the network (src/app/offline/syncSource.ts).
const source = createSyncingStationSource({ dataUrl: 'data/', apiUrl: 'api/stations', now });
const shell = startOfflineShell(safeLocalStorage());
// The rider's reports (随手报): an outbox in IndexedDB, sent to api/reports beside api/stations.
// Its code is not part of the first download: it loads once the list is shown (then the header
// and the station detail offer "report a problem" and "my reports").
let reports: ReportOutbox | null = null;
async function startReports(): Promise<void> {
  const { createReportOutbox } = await import('./reports/reportOutbox.ts');
  reports = createReportOutbox({ now });
  // Before the first render (an English rider still waiting for the English table) there is
  // nothing to update: that render will pass the outbox.
  if (rendered) render();
  // Sends what waited since the last visit and asks what became of earlier reports.
  reports.start();
}

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
// /console and /console/* are the street offices' console, its own lazily loaded code.
// It edits hours of any kind, so it waits for the opening_hours library (lazy in the browser build).
// Both languages are loaded up front there, so its language switch (src/console) stays synchronous.
const ConsoleRoot = lazy(() =>
  Promise.all([import('../console/ConsoleRoot.tsx'), loadOpeningHours(), loadLocale('en')]).then(([m]) => ({
    default: m.ConsoleRoot,
  })),
);
const isConsole = /^\/console(?:\/|$)/.test(window.location.pathname);
const locale = prefs.locale ?? detectLocale(navigator.languages ?? [navigator.language]);
// The rider screen starts reading its data now (IndexedDB, then the network), before React
// renders; the service worker registers once the data is in, so that its precache download does
// not compete with the list's on a slow connection.
if (isConsole) shell.sw.register();
else
  void source
    .load()
    .catch(() => undefined)
    .finally(() =>
      afterIdle(() => {
        shell.sw.register();
        void startReports().catch((error: unknown) => console.warn(`reports could not start: ${String(error)}`));
      }),
    );
// An English rider waits for the English table (a few KB, fetched beside the station data) so
// the first paint is already English; a Chinese one does not download it at all. A promise, not
// a top-level await: that would make the bundler split the entry into many small chunks.
// While the data is still loading (network or IndexedDB), pay the validator's and the hours
// evaluator's first-use costs (src/app/warmUp.ts).
if (!isConsole) setTimeout(() => warmUpCore(now()), 0);
const root = createRoot(rootElement);
let rendered = false;
function render(): void {
  rendered = true;
  root.render(
    <StrictMode>
      {isConsole ? (
        <Suspense fallback={null}>
          <ConsoleRoot />
        </Suspense>
      ) : (
        <App
          source={source}
          shell={shell}
          {...(reports ? { reports } : {})}
          initial={{
            now: now(),
            locale,
            localeChosen: prefs.locale !== null,
            theme: prefs.theme,
            filters: prefs.filters,
            navProvider: prefs.navProvider,
            origin,
          }}
          rememberedPlace={prefs.lastPlace}
          originFromLink={linkOrigin !== null}
        />
      )}
    </StrictMode>,
  );
}
if (!isConsole && locale !== 'zh-CN') void loadLocale(locale).catch(() => undefined).then(render);
else render();
