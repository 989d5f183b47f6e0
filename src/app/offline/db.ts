/**
 * The rider app's IndexedDB: the last station data this device received, so the list works
 * with no connection, and the rider's reports (随手报) waiting to be sent or already sent. One
 * typed schema; migrations are cumulative `if (oldVersion < N)` steps, so a device that skipped
 * versions runs every step it missed, in order. Whatever is read back goes through a restore
 * function (restore.ts for the copy, reports/reportRecord.ts for reports) before the app trusts it.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Hub, Station } from '../../core/station.ts';
import type { Office, SourceProblem } from '../data/stationSource.ts';
import type { ReportRecord } from '../reports/reportRecord.ts';

export const DB_NAME = 'rider-stations';
/**
 * 1: the station copy (meta, stations, hubs, offices).
 * 2: + reports, the rider's reports by id (the outbox and what became of each).
 */
export const DB_VERSION = 2;

/** What the copy is and how to ask whether it changed. One record, key 'data'. */
export interface DataMeta {
  /** 'server': the API server answered (it sends X-Data-Version), so deltas can be asked for. */
  origin: 'server' | 'static';
  /** The server's data version the copy is at; null for static files. */
  dataVersion: number | null;
  /** ETags of the last full responses, for If-None-Match. */
  etags: { stations: string | null; hubs: string | null; offices: string | null };
  /** When this device last received changed data (ISO 8601). */
  fetchedAt: string;
  /** When the network last confirmed the copy: new data, a 304 or an empty delta (ISO 8601). */
  checkedAt: string;
  /** Records skipped by the validator when the copy was received, to keep reporting them. */
  problems: SourceProblem[];
}

export interface StationDb extends DBSchema {
  meta: { key: 'data'; value: DataMeta };
  stations: { key: string; value: Station };
  hubs: { key: string; value: Hub };
  offices: { key: string; value: Office };
  reports: { key: string; value: ReportRecord };
}

export type StationDatabase = IDBPDatabase<StationDb>;

/**
 * Opens (and if needed migrates) the database; null where IndexedDB is unavailable (some
 * private modes), in which case the app runs from the network alone.
 */
export async function openStationDb(name = DB_NAME): Promise<StationDatabase | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    const db = await openDB<StationDb>(name, DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) {
          database.createObjectStore('meta');
          database.createObjectStore('stations', { keyPath: 'id' });
          database.createObjectStore('hubs', { keyPath: 'id' });
          database.createObjectStore('offices', { keyPath: 'code' });
        }
        if (oldVersion < 2) {
          // The station copy is left as it is: only a store is added.
          database.createObjectStore('reports', { keyPath: 'id' });
        }
        // Version 3 goes here as `if (oldVersion < 3) { … }`, never by editing a step above.
      },
      // A newer app version in another tab wants to migrate: let it, this tab reopens on reload.
      blocking() {
        db.close();
      },
    });
    return db;
  } catch (error) {
    console.warn('IndexedDB is not available; the app will not keep data offline', error);
    return null;
  }
}
