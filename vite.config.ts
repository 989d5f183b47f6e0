import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import type { ManifestOptions } from 'vite-plugin-pwa';
import { dataFilesPlugin } from './scripts/vite-data-files.ts';

/**
 * The web app manifest (written as manifest.webmanifest). Chinese first: the riders are in
 * Beijing. Colours match the header and the light theme's page background.
 */
const manifest: Partial<ManifestOptions> = {
  id: './',
  name: '骑手驿站 · 附近开放的休息点',
  short_name: '骑手驿站',
  description: '离线也能用：查找附近开放的骑手驿站、充电点和司机之家，看营业时间并一键导航。',
  lang: 'zh-CN',
  dir: 'ltr',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: '#0b5cab',
  background_color: '#f3f4f6',
  categories: ['navigation', 'utilities'],
  icons: [
    { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
};

/**
 * In the browser, `opening_hours` (~90 KB compressed, most of the app's code) becomes a stub that
 * loads the library on demand (src/app/offline/lazyOpeningHours.ts): plain hours are evaluated
 * without it (src/core/simpleHours.ts), so the list does not wait for it on a slow connection.
 * The stub itself imports the real package. Node (CLI, server, unit tests) is unaffected.
 */
function lazyOpeningHoursPlugin(): Plugin {
  const stub = fileURLToPath(new URL('./src/app/offline/lazyOpeningHours.ts', import.meta.url));
  return {
    name: 'lazy-opening-hours',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'opening_hours' || !importer || importer.split('?')[0] === stub) return null;
      return stub;
    },
  };
}

/**
 * In the browser build, the bundled `chinese-days` calendar keeps only its last two years
 * (2004 onwards otherwise): a rider's "open now" and the week ahead never look further back, and
 * every byte counts on a slow first visit. Node (CLI, server, tests) keeps the whole calendar.
 */
function recentHolidaysPlugin(): Plugin {
  return {
    name: 'recent-chinese-holidays',
    enforce: 'pre',
    load(id) {
      if (!id.split('?')[0]!.endsWith('chinese-days/dist/chinese-days.json')) return null;
      const calendar = JSON.parse(readFileSync(id.split('?')[0]!, 'utf8')) as Record<string, Record<string, string>>;
      const years = Object.keys(calendar.holidays ?? {}).map((day) => Number(day.slice(0, 4)));
      const firstKept = Math.max(...years) - 1;
      const trimmed = Object.fromEntries(
        Object.entries(calendar).map(([table, days]) => [
          table,
          Object.fromEntries(Object.entries(days).filter(([day]) => Number(day.slice(0, 4)) >= firstKept)),
        ]),
      );
      return JSON.stringify(trimmed);
    },
  };
}

// The rider app and (later) the console are one Vite app. The station data in data/ is
// published beside the build as /data/*.geojson so any static host can serve it.
export default defineConfig({
  plugins: [
    lazyOpeningHoursPlugin(),
    recentHolidaysPlugin(),
    react(),
    dataFilesPlugin(),
    // The service worker is our own (src/sw/sw.ts); the plugin builds it and injects the precache
    // list. The page registers it itself (src/app/offline/registerSw.ts) once the list is shown.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      manifest,
      injectManifest: {
        // The app shell, including the maplibre worker (.mjs, see PITFALLS.md) and the embedded
        // map styles. Not the tiles, the data or config.json: those have runtime routes. The
        // plugin adds the manifest and its icons by itself.
        globPatterns: ['**/*.{js,mjs,css,html,svg}', 'styles/*.json', 'icons/apple-touch-icon.png'],
        globIgnores: ['tiles/**', 'data/**', 'sw.js'],
        rollupFormat: 'iife',
      },
      devOptions: { enabled: false },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
});
