/**
 * The local copy as index.html's inline script read it, while the app's code was still loading
 * (on a slow phone that saves the time of reading IndexedDB). The script is plain JavaScript that
 * repeats the database's name and store names from db.ts (earlyRead.test.ts keeps them in step);
 * whatever it read is used only if the database was at this app's version, and it goes through
 * restore.ts like any other read.
 */
import { DB_NAME, DB_VERSION } from './db.ts';
import type { DataMeta } from './db.ts';
import type { StoredCopy } from './localCopy.ts';

interface EarlyRead {
  version: number;
  meta?: DataMeta;
  stations?: unknown[];
  hubs?: unknown[];
  offices?: unknown[];
}

declare global {
  interface Window {
    __riderLocalCopy?: Promise<EarlyRead | null>;
  }
}

/** The early read (once: later calls get undefined), or undefined when there was none. */
export function takeEarlyRead(): Promise<StoredCopy | null> | undefined {
  const pending = typeof window === 'undefined' ? undefined : window.__riderLocalCopy;
  if (!pending) return undefined;
  window.__riderLocalCopy = undefined;
  return pending.then((read) =>
    read && read.version === DB_VERSION && read.meta && read.stations
      ? { meta: read.meta, stations: read.stations, hubs: read.hubs ?? [], offices: read.offices ?? [] }
      : null,
  );
}

/** For the drift test: what the inline script must name. */
export const EARLY_READ_NAMES = { database: DB_NAME, stores: ['meta', 'stations', 'hubs', 'offices'] } as const;
