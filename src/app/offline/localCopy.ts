/**
 * Reads and writes the local copy in IndexedDB (db.ts). Writes are whole transactions: a copy
 * is either the old one or the new one, never half of each.
 */
import type { Hub, Station } from '../../core/station.ts';
import type { Office } from '../data/stationSource.ts';
import type { DataMeta, StationDatabase } from './db.ts';

/** The copy as stored, not yet validated (restore.ts does that). */
export interface StoredCopy {
  meta: DataMeta;
  stations: unknown[];
  hubs: unknown[];
  offices: unknown[];
}

/** The stored copy, or null when this device has none yet. */
export async function readLocalCopy(db: StationDatabase): Promise<StoredCopy | null> {
  const tx = db.transaction(['meta', 'stations', 'hubs', 'offices'], 'readonly');
  const [meta, stations, hubs, offices] = await Promise.all([
    tx.objectStore('meta').get('data'),
    tx.objectStore('stations').getAll(),
    tx.objectStore('hubs').getAll(),
    tx.objectStore('offices').getAll(),
  ]);
  await tx.done;
  return meta ? { meta, stations, hubs, offices } : null;
}

/** What a full download replaces; a part left out (unchanged: a 304) is kept as it is. */
export interface FullCopy {
  stations?: readonly Station[];
  hubs?: readonly Hub[];
  offices?: readonly Office[];
}

export async function writeFullCopy(db: StationDatabase, copy: FullCopy, meta: DataMeta): Promise<void> {
  const tx = db.transaction(['meta', 'stations', 'hubs', 'offices'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  if (copy.stations) {
    const stations = tx.objectStore('stations');
    writes.push(stations.clear(), ...copy.stations.map((s) => stations.put(s)));
  }
  if (copy.hubs) {
    const hubs = tx.objectStore('hubs');
    writes.push(hubs.clear(), ...copy.hubs.map((h) => hubs.put(h)));
  }
  if (copy.offices) {
    const offices = tx.objectStore('offices');
    writes.push(offices.clear(), ...copy.offices.map((o) => offices.put(o)));
  }
  writes.push(tx.objectStore('meta').put(meta, 'data'));
  await Promise.all([...writes, tx.done]);
}

/** Applies a server delta: changed stations replaced or added, deleted ones removed. */
export async function writeDelta(
  db: StationDatabase,
  changed: readonly Station[],
  deletedIds: readonly string[],
  meta: DataMeta,
): Promise<void> {
  const tx = db.transaction(['meta', 'stations'], 'readwrite');
  const stations = tx.objectStore('stations');
  await Promise.all([
    ...changed.map((s) => stations.put(s)),
    ...deletedIds.map((id) => stations.delete(id)),
    tx.objectStore('meta').put(meta, 'data'),
    tx.done,
  ]);
}

export async function writeMeta(db: StationDatabase, meta: DataMeta): Promise<void> {
  await db.put('meta', meta, 'data');
}
