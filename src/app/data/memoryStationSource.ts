/**
 * A station source over data already in memory: for tests, demos and as the shape the
 * IndexedDB source will restore into. Raw GeoJSON still passes the one validator.
 */
import { validateHubCollection, validateStationCollection } from '../../core/validate.ts';
import { parseOffices } from './offices.ts';
import { latestChange } from './stationSource.ts';
import type { LoadedData, SourceProblem, StationSource } from './stationSource.ts';

export interface MemoryData {
  stations: unknown;
  hubs?: unknown;
  offices?: unknown;
}

export function createMemoryStationSource(data: MemoryData, now: () => Date = () => new Date()): StationSource {
  return {
    kind: 'memory',
    async load(): Promise<LoadedData> {
      const s = validateStationCollection(data.stations);
      const h = data.hubs === undefined ? { hubs: [], problems: [] } : validateHubCollection(data.hubs);
      const o = data.offices === undefined ? { offices: [], problems: [] } : parseOffices(data.offices);
      const problems: SourceProblem[] = [
        ...s.problems.map((p) => ({ ...p, file: 'stations' as const })),
        ...h.problems.map((p) => ({ ...p, file: 'hubs' as const })),
        ...o.problems,
      ];
      return {
        stations: s.stations,
        hubs: h.hubs,
        offices: o.offices,
        problems,
        fetchedAt: now(),
        dataAsOf: latestChange(s.stations),
      };
    },
  };
}
