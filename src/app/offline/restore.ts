/**
 * Turns what IndexedDB gave back into the app's LoadedData, through the same validators as the
 * network data (core/validate.ts, data/offices.ts): a record written by an older app version
 * that no longer fits the schema is skipped and reported, never trusted.
 */
import { validateHubCollection, validateStationCollection } from '../../core/validate.ts';
import { parseOffices } from '../data/offices.ts';
import { latestChange } from '../data/stationSource.ts';
import type { LoadedData, SourceProblem } from '../data/stationSource.ts';
import type { StoredCopy } from './localCopy.ts';

const collection = (features: unknown[]) => ({ type: 'FeatureCollection', features });

/**
 * @example
 * restoreLocalCopy({ meta, stations: [stationFeature], hubs: [], offices: [] }).stations.length // 1
 */
export function restoreLocalCopy(copy: StoredCopy): LoadedData {
  const s = validateStationCollection(collection(copy.stations));
  const h = validateHubCollection(collection(copy.hubs));
  // Offices are stored as { code, name, name_en }: wrap them as features for the one parser.
  const o = parseOffices(collection(copy.offices.map((properties) => ({ type: 'Feature', properties, geometry: null }))));
  const problems: SourceProblem[] = [
    ...copy.meta.problems,
    ...s.problems.map((p) => ({ ...p, file: 'stations' as const })),
    ...h.problems.map((p) => ({ ...p, file: 'hubs' as const })),
    ...o.problems,
  ];
  return {
    stations: s.stations,
    hubs: h.hubs,
    offices: o.offices,
    problems,
    fetchedAt: new Date(copy.meta.fetchedAt),
    dataAsOf: latestChange(s.stations),
  };
}
