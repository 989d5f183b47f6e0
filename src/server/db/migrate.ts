/**
 * Versioned migrations: `migrations/NNN_name.sql`, applied in order, each in its own
 * transaction together with its row in `schema_version`. A file once shipped is never edited;
 * a change is a new file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { SqliteDatabase } from './open.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE_NAME = /^(\d{3})_[\w-]+\.sql$/;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped in the repository, in order. */
export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => FILE_NAME.test(name))
    .sort()
    .map((name) => ({ version: Number(FILE_NAME.exec(name)?.[1]), name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/**
 * Applies every migration newer than the database. Returns the versions applied.
 *
 * @example
 * migrate(openDatabase(file)); // [1] on a new file, [] afterwards
 */
export function migrate(db: SqliteDatabase, migrations: Migration[] = loadMigrations()): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const current = (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}
