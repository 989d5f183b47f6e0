import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const DATA_DIR = new URL('../data/', import.meta.url).pathname;
const PUBLISHED = /\.geojson$/;

/** Serves data/*.geojson at /data/ in dev and emits them into the build. */
export function dataFilesPlugin(): Plugin {
  return {
    name: 'station-data-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const m = /^\/data\/([\w.-]+\.geojson)(\?.*)?$/.exec(req.url ?? '');
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
    },
  };
}
