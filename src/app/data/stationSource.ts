/**
 * Where the rider screen gets its data from, behind one small interface. The HTTP source reads
 * the static files; the in-memory source serves tests and demos; an IndexedDB source (offline
 * issue) will implement the same `load()` and restore through the same validators.
 */
import type { ValidationProblem } from '../../core/validate.ts';
import type { Hub, Station } from '../../core/station.ts';

/** A street office (街道办事处 / 地区办事处), from offices.geojson. */
export interface Office {
  /** Official 9-digit code, matching `station.properties.office_code`. */
  code: string;
  name: string;
  name_en?: string;
}

/** A validation problem and the file it was found in. */
export interface SourceProblem extends ValidationProblem {
  file: 'stations' | 'hubs' | 'offices';
}

export interface LoadedData {
  stations: Station[];
  hubs: Hub[];
  offices: Office[];
  /** Everything that was skipped, precisely; good records still load. */
  problems: SourceProblem[];
  /** When this device received the data. */
  fetchedAt: Date;
  /** How fresh the data itself is: the latest `updated_at` / `verified_at`; null when empty. */
  dataAsOf: Date | null;
}

/** How a syncing source last got on with the network (for the offline banner). */
export interface SourceStatus {
  /** 'offline': the browser says so, or the last attempt to reach the data failed. */
  network: 'online' | 'offline' | 'unknown';
  /** When the network last confirmed the copy on this device (new data, a 304 or an empty delta). */
  checkedAt: Date | null;
}

export interface StationSource {
  /** For the about view and logs, e.g. "indexeddb+http". */
  readonly kind: string;
  /** Resolves with what could be loaded; rejects only when no station data is available at all. */
  load(): Promise<LoadedData>;
  /**
   * Newer data after load() (src/app/offline: a local copy first, then the network's changes).
   * Subscribe before calling load(). Returns the unsubscribe function.
   */
  subscribe?(listener: (data: LoadedData) => void): () => void;
  /** Ask the network now (the rider's "retry"); resolves when that attempt is over. */
  retry?(): Promise<void>;
  /** The source's network status, as an external store (useSyncExternalStore). */
  readonly status?: { get(): SourceStatus; subscribe(onChange: () => void): () => void };
}

/** The newest `updated_at` or `verified_at` among the stations. */
export function latestChange(stations: readonly Station[]): Date | null {
  let latestMs = Number.NEGATIVE_INFINITY;
  for (const s of stations) {
    const updated = Date.parse(s.properties.updated_at);
    const verified = s.properties.verified_at ? Date.parse(s.properties.verified_at) : Number.NaN;
    if (updated > latestMs) latestMs = updated;
    if (verified > latestMs) latestMs = verified;
  }
  return Number.isFinite(latestMs) ? new Date(latestMs) : null;
}

/** A problem with a file as a whole (missing, not JSON), in the validators' shape. */
export function fileProblem(file: SourceProblem['file'], expected: string, received: string): SourceProblem {
  return { file, index: -1, field: '', expected, received, message: `expected ${expected}; received ${received}` };
}
