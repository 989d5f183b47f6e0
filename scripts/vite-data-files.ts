import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { encodeStationColumns } from '../src/core/stationColumns.ts';
import { formatProblem, validateStationCollection } from '../src/core/validate.ts';

const DATA_DIR = new URL('../data/', import.meta.url).pathname;
const PUBLISHED = /\.geojson$/;
/** The stations as columns (src/core/stationColumns.ts): what the rider app downloads. */
export const STATION_COLUMNS_FILE = 'stations.columns.json';

/**
 * data/stations.geojson as columns. The columns file must say exactly what the GeoJSON says, so a
 * GeoJSON with problems stops the build rather than losing its bad features silently.
 */
export function stationColumnsText(dataDir: string = DATA_DIR): string {
  const { stations, problems } = validateStationCollection(JSON.parse(readFileSync(join(dataDir, 'stations.geojson'), 'utf8')));
  if (problems.length > 0) {
    const shown = problems.slice(0, 10).map(formatProblem).join('\n  ');
    throw new Error(`data/stations.geojson has ${problems.length} problem(s); fix them before building ${STATION_COLUMNS_FILE}:\n  ${shown}`);
  }
  return JSON.stringify(encodeStationColumns(stations));
}

/** Serves data/*.geojson and the stations' columns at /data/ in dev and emits them into the build. */
export function dataFilesPlugin(): Plugin {
  return {
    name: 'station-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0];
        if (path === `/data/${STATION_COLUMNS_FILE}`) {
          try {
            const body = stationColumnsText();
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            res.end(body);
          } catch (error) {
            next(error);
          }
          return;
        }
        const m = /^\/data\/([\w.-]+\.geojson)$/.exec(path ?? '');
        if (!m || !m[1]) return next();
        try {
          const body = readFileSync(join(DATA_DIR, m[1]));
          res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
          res.end(body);
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      for (const file of readdirSync(DATA_DIR)) {
        if (!PUBLISHED.test(file)) continue;
        this.emitFile({ type: 'asset', fileName: `data/${file}`, source: readFileSync(join(DATA_DIR, file)) });
      }
      this.emitFile({ type: 'asset', fileName: `data/${STATION_COLUMNS_FILE}`, source: stationColumnsText() });
    },
  };
}
