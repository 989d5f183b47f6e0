/**
 * Opens the SQLite file the server writes through. One connection, one writer: better-sqlite3
 * is synchronous, so statements from concurrent requests never interleave inside a transaction.
 */
import Database from 'better-sqlite3';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

export type { SqliteDatabase };

/**
 * @example
 * const db = openDatabase('./var/stations.sqlite'); // creates the folder and file if needed
 */
export function openDatabase(file: string, options: { busyTimeoutMs?: number } = {}): SqliteDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers (a backup, the users CLI) work while the server writes;
  // synchronous=FULL makes each commit durable across a power cut, not only a crash.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(options.busyTimeoutMs ?? 5000))}`);
  return db;
}
