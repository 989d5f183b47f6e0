/**
 * The rider app's IndexedDB: the last station data this device received, so the list works
 * with no connection. One typed schema; migrations are cumulative `if (oldVersion < N)` steps,
 * so a device that skipped versions runs every step it missed, in order. Whatever is read back
 * goes through restore.ts (the one validator) before the app trusts it.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Hub, Station } from '../../core/station.ts';
import type { Office, SourceProblem } from '../data/stationSource.ts';

export const DB_NAME = 'rider-stations';
export const DB_VERSION = 1;

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
        // Version 2 goes here as `if (oldVersion < 2) { … }`, never by editing step 1.
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
