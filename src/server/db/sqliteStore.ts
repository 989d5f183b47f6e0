/** The SQLite `Store`: every repository over one connection. */
import { join } from 'node:path';
import type { Store } from '../repository.ts';
import { migrate } from './migrate.ts';
import { openDatabase } from './open.ts';
import type { SqliteDatabase } from './open.ts';
import { sqliteLoginAttemptRepository, sqliteSessionRepository, sqliteUserRepository } from './sqliteAuth.ts';
import { sqliteIdempotencyRepository, sqliteImportRepository, sqliteOfficeRepository } from './sqliteMisc.ts';
import { sqliteReportRepository } from './sqliteReports.ts';
import { sqliteStationRepository } from './sqliteStations.ts';

/** Where the server keeps its database inside DATA_DIR. */
export const databaseFile = (dataDir: string): string => join(dataDir, 'stations.sqlite');

/** Wraps an open, migrated connection. */
export function sqliteStore(db: SqliteDatabase): Store {
  return {
    stations: sqliteStationRepository(db),
    offices: sqliteOfficeRepository(db),
    users: sqliteUserRepository(db),
    sessions: sqliteSessionRepository(db),
    loginAttempts: sqliteLoginAttemptRepository(db),
    imports: sqliteImportRepository(db),
    idempotency: sqliteIdempotencyRepository(db),
    reports: sqliteReportRepository(db),
    // IMMEDIATE takes the write lock up front, so a check-then-write cannot race another process.
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}

/**
 * Opens (creating if needed) and migrates the database file, and returns its store.
 *
 * @example
 * const store = openSqliteStore('./var/stations.sqlite');
 */
export function openSqliteStore(file: string): Store {
  const db = openDatabase(file);
  migrate(db);
  return sqliteStore(db);
}
