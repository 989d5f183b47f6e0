/**
 * Applies a server delta to the data in memory: changed stations replace or join the list,
 * tombstoned ones leave it. Pure: returns new data, the input is not touched.
 */
import type { Station } from '../../core/station.ts';
import { latestChange } from '../data/stationSource.ts';
import type { LoadedData, SourceProblem } from '../data/stationSource.ts';

export interface StationDelta {
  /** Already validated. */
  changed: readonly Station[];
  deletedIds: readonly string[];
  /** What the validator said about the delta's records. */
  problems: readonly SourceProblem[];
}

/**
 * @example
 * applyDelta(data, { changed: [closedStation, newStation], deletedIds: ['cy-0007'], problems: [] }, now)
 * // stations sorted by id, cy-0007 gone; problems about those ids replaced by the delta's
 */
export function applyDelta(data: LoadedData, delta: StationDelta, receivedAt: Date): LoadedData {
  const touched = new Set([...delta.changed.map((s) => s.id), ...delta.deletedIds]);
  const byId = new Map<string, Station>();
  for (const s of data.stations) if (!touched.has(s.id)) byId.set(s.id, s);
  for (const s of delta.changed) byId.set(s.id, s);
  const stations = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // A record fixed on the server drops its old problem; the delta's own problems have no index
  // into the full file, so they are kept as reported.
  const problems = [...data.problems.filter((p) => p.file !== 'stations' || !p.id || !touched.has(p.id)), ...delta.problems];
  return { ...data, stations, problems, fetchedAt: receivedAt, dataAsOf: latestChange(stations) };
}
