/**
 * Likely duplicates, inside the sheet and against stations that already exist. Offices re-send
 * last month's sheet with one row edited; Amap picks for the same door differ by a few metres;
 * and the same station is written "二十二院街小哥加油站" in one sheet and "双井·二十二院街小哥加油站"
 * in another. A row is flagged when another row or station is
 * - of the same name (normalised) within `radiusMeters` (50 m): `same_name`;
 * - of a name that contains the other's (normalised) within `radiusMeters`: `similar_name`;
 * - within `samePlaceMeters` (15 m) whatever its name: `same_place` (two stations at one door
 *   are almost always one station written twice).
 * Reported, never merged by itself.
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

/** Why two places look like one: the same name, one name inside the other, or the same spot. */
export type DuplicateReason = 'same_name' | 'similar_name' | 'same_place';

export interface DuplicateMatch {
  rowNumber: number;
  /** The earlier row of the sheet, or the existing station, it probably duplicates. */
  duplicateOf: { kind: 'row'; rowNumber: number } | { kind: 'station'; id: string; name: string };
  distanceMeters: number;
  reason: DuplicateReason;
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
 * Why `a` and `b` (normalised names, `metres` apart) look like one station, or null.
 * @example
 * duplicateReason('二十二院街小哥加油站', '双井二十二院街小哥加油站', 0, 50, 15) // 'similar_name'
 */
export function duplicateReason(a: string, b: string, metres: number, radiusMeters: number, samePlaceMeters: number): DuplicateReason | null {
  if (a && a === b && metres <= radiusMeters) return 'same_name';
  // Two characters or more, so "站" alone does not make every name similar.
  const contains = a.length >= 2 && b.length >= 2 && (a.includes(b) || b.includes(a));
  if (contains && metres <= radiusMeters) return 'similar_name';
  return metres <= samePlaceMeters ? 'same_place' : null;
}

/**
 * Finds rows that repeat an earlier row or an existing station (see the file comment for the
 * rules). Rejected rows and rows without coordinates are not compared. A row whose id is an
 * existing station's id is an update of that station, not a duplicate of it.
 *
 * @param radiusMeters how close a same or similar name counts as "the same station", in metres (default 50)
 * @param samePlaceMeters how close counts as "the same place" whatever the names, in metres (default 15)
 * @example
 * findDuplicates(rows) // [{ rowNumber: 11, duplicateOf: { kind: 'row', rowNumber: 1 }, distanceMeters: 5, reason: 'same_name', … }]
 */
export function findDuplicates(
  rows: readonly DuplicateCandidate[],
  existing: readonly Station[] = [],
  radiusMeters = 50,
  samePlaceMeters = 15,
): DuplicateMatch[] {
  const matches: DuplicateMatch[] = [];
  const reach = Math.max(radiusMeters, samePlaceMeters);
  // A cheap bound before the great-circle distance: 1° of latitude is about 111 km.
  const maxDegrees = reach / 111_000 / Math.cos((54 * Math.PI) / 180);
  const metres = (a: LngLat, b: LngLat): number =>
    Math.abs(a[0] - b[0]) > maxDegrees || Math.abs(a[1] - b[1]) > maxDegrees ? Infinity : distance(a, b, { units: 'meters' });
  const usable = rows.filter(
    (r): r is DuplicateCandidate & { lngLat: LngLat } => r.status !== 'rejected' && r.lngLat !== null && Boolean(r.properties.name),
  );
  const stations = existing.map((s) => ({ station: s, key: normaliseStationName(s.properties.name) }));

  usable.forEach((row, i) => {
    const here = row.lngLat;
    const key = normaliseStationName(row.properties.name ?? '');
    for (const other of usable.slice(0, i)) {
      const d = metres(here, other.lngLat);
      const reason = duplicateReason(key, normaliseStationName(other.properties.name ?? ''), d, radiusMeters, samePlaceMeters);
      if (!reason) continue;
      const distanceMeters = Math.round(d);
      matches.push({
        rowNumber: row.rowNumber,
        duplicateOf: { kind: 'row', rowNumber: other.rowNumber },
        distanceMeters,
        reason,
        message: importMessage('duplicate_nearby', { reason, otherRow: other.rowNumber, otherName: other.properties.name ?? '', distanceMeters }),
      });
      break; // the first earlier row is enough to hold this one back
    }
    for (const { station, key: stationKey } of stations) {
      if (station.id === row.id) continue;
      const d = metres(here, station.geometry.coordinates);
      const reason = duplicateReason(key, stationKey, d, radiusMeters, samePlaceMeters);
      if (!reason) continue;
      const distanceMeters = Math.round(d);
      matches.push({
        rowNumber: row.rowNumber,
        duplicateOf: { kind: 'station', id: station.id, name: station.properties.name },
        distanceMeters,
        reason,
        message: importMessage('duplicate_nearby', { reason, otherId: station.id, otherName: station.properties.name, distanceMeters }),
      });
    }
  });
  return matches;
}
