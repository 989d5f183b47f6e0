/**
 * The one file that reads the environment, listens and may exit.
 *
 *   PORT            port to listen on (default 8080)
 *   HOST            address to bind (default 0.0.0.0)
 *   DATA_DIR        folder of the SQLite database (default ./var, git-ignored)
 *   SECURE_COOKIES  "1" behind HTTPS: always Secure `__Host-session` cookies
 *   TRUST_PROXY     "1" behind a reverse proxy: trust X-Forwarded-For / -Proto
 *
 * First start creates DATA_DIR/stations.sqlite, migrates it and seeds it from data/*.geojson.
 * Serves dist/ (run `npm run build` first) and the API on one origin.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { databaseFile, openSqliteStore } from './db/sqliteStore.ts';
import { DEFAULT_SEED_FILES, seedIfEmpty } from './seed.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const env = process.env;
const port = Number(env.PORT ?? 8080);
const host = env.HOST ?? '0.0.0.0';
const dataDir = resolve(env.DATA_DIR ?? './var');

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, got ${JSON.stringify(env.PORT)}`);
  process.exit(1);
}

const store = openSqliteStore(databaseFile(dataDir));
const seeded = seedIfEmpty(store, DEFAULT_SEED_FILES, new Date());
const distDir = join(repoRoot, 'dist');
const app = await buildApp({
  db: store,
  logger: { level: env.LOG_LEVEL ?? 'info' },
  staticDir: existsSync(join(distDir, 'index.html')) ? distDir : undefined,
  secureCookies: env.SECURE_COOKIES === '1',
  trustProxy: env.TRUST_PROXY === '1',
});
if (seeded.offices > 0 || seeded.stations > 0) app.log.info(seeded, `seeded ${seeded.offices} offices and ${seeded.stations} stations`);
for (const problem of seeded.problems) app.log.warn(problem);
if (!existsSync(join(distDir, 'index.html'))) app.log.warn('dist/ has no index.html: serving the API only (run npm run build)');

let closing = false;
async function shutdown(signal: string): Promise<void> {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await app.close();
  store.close();
  process.exitCode = 0;
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

try {
  await app.listen({ port, host });
} catch (err) {
  app.log.error(err);
  store.close();
  process.exit(1);
}
