/**
 * Likely duplicates: the same name (normalised) within `radiusMeters`, inside the sheet and
 * against stations that already exist. Offices re-send last month's sheet with one row edited;
 * Amap picks for the same door differ by a few metres. Reported, never merged by itself.
 */
import { distance } from '@turf/turf';
import type { LngLat, Station } from '../station.ts';
import { importMessage, type ImportMessage } from './messages.ts';

/** What findDuplicates needs of a row (a SheetRow fits). */
export interface DuplicateCandidate {
  rowNumber: number;
  id?: string;
  status: 'ok' | 'warning' | 'rejected';
  lngLat: LngLat | null;
  properties: { name?: string };
}

export interface DuplicateMatch {
  rowNumber: number;
  /** The earlier row of the sheet, or the existing station, it probably duplicates. */
  duplicateOf: { kind: 'row'; rowNumber: number } | { kind: 'station'; id: string; name: string };
  distanceMeters: number;
  message: ImportMessage;
}

/**
 * Names compare after NFKC (full-width → ASCII), lower-casing, and dropping spaces and
 * punctuation (`二十二院街·小哥加油站` = `二十二院街 小哥加油站`).
 */
export function normaliseStationName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Finds rows that repeat an earlier row or an existing station.
 * Rejected rows and rows without coordinates are not compared. A row whose id is an existing
 * station's id is an update of that station, not a duplicate of it.
 *
 * @param radiusMeters how close counts as "the same place", in metres (default 50)
 * @example
 * findDuplicates(rows) // [{ rowNumber: 11, duplicateOf: { kind: 'row', rowNumber: 1 }, distanceMeters: 5, … }]
 */
export function findDuplicates(
  rows: readonly DuplicateCandidate[],
  existing: readonly Station[] = [],
  radiusMeters = 50,
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  const metres = (a: LngLat, b: LngLat): number => distance(a, b, { units: 'meters' });
  const usable = rows.filter(
    (r): r is DuplicateCandidate & { lngLat: LngLat } => r.status !== 'rejected' && r.lngLat !== null && Boolean(r.properties.name),
  );
  const byName = new Map<string, Station[]>();
  for (const s of existing) {
    const key = normaliseStationName(s.properties.name);
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }

  usable.forEach((row, i) => {
    const here = row.lngLat;
    const key = normaliseStationName(row.properties.name ?? '');
    const earlier = usable
      .slice(0, i)
      .find((o) => normaliseStationName(o.properties.name ?? '') === key && metres(here, o.lngLat) <= radiusMeters);
    if (earlier) {
      const distanceMeters = Math.round(metres(here, earlier.lngLat));
      matches.push({
        rowNumber: row.rowNumber,
        duplicateOf: { kind: 'row', rowNumber: earlier.rowNumber },
        distanceMeters,
        message: importMessage('duplicate_nearby', { otherRow: earlier.rowNumber, distanceMeters }),
      });
    }
    for (const station of byName.get(key) ?? []) {
      if (station.id === row.id) continue;
      const d = metres(here, station.geometry.coordinates);
      if (d > radiusMeters) continue;
      const distanceMeters = Math.round(d);
      matches.push({
        rowNumber: row.rowNumber,
        duplicateOf: { kind: 'station', id: station.id, name: station.properties.name },
        distanceMeters,
        message: importMessage('duplicate_nearby', { otherId: station.id, otherName: station.properties.name, distanceMeters }),
      });
    }
  });
  return matches;
}
