/**
 * Reads stations.geojson, hubs.geojson and offices.geojson over HTTP and passes each through
 * its validator. Only the stations file is required; a missing hubs or offices file becomes a
 * problem in the report and the screen carries on.
 */
import { validateHubCollection, validateStationCollection } from '../../core/validate.ts';
import { parseOffices } from './offices.ts';
import { fileProblem, latestChange } from './stationSource.ts';
import type { LoadedData, SourceProblem, StationSource } from './stationSource.ts';

export interface HttpStationSourceOptions {
  /** Folder holding the files; relative URLs resolve against the page. */
  baseUrl: string;
  /** Injected for tests; defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Injected clock for `fetchedAt`. */
  now?: () => Date;
}

export function createHttpStationSource(options: HttpStationSourceOptions): StationSource {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const clock = options.now ?? (() => new Date());
  const base = new URL(options.baseUrl, document.baseURI);

  async function getJson(file: string): Promise<unknown> {
    const response = await doFetch(new URL(file, base), { headers: { Accept: 'application/geo+json, application/json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status} for ${file}`);
    return response.json();
  }

  return {
    kind: 'http',
    async load(): Promise<LoadedData> {
      const [stationsJson, hubsJson, officesJson] = await Promise.allSettled([
        getJson('stations.geojson'),
        getJson('hubs.geojson'),
        getJson('offices.geojson'),
      ]);
      if (stationsJson.status === 'rejected') throw toError(stationsJson.reason);

      const problems: SourceProblem[] = [];
      const { stations, problems: stationProblems } = validateStationCollection(stationsJson.value);
      problems.push(...stationProblems.map((p) => ({ ...p, file: 'stations' as const })));

      let hubs: LoadedData['hubs'] = [];
      if (hubsJson.status === 'fulfilled') {
        const result = validateHubCollection(hubsJson.value);
        hubs = result.hubs;
        problems.push(...result.problems.map((p) => ({ ...p, file: 'hubs' as const })));
      } else {
        problems.push(fileProblem('hubs', 'hubs.geojson', toError(hubsJson.reason).message));
      }

      let offices: LoadedData['offices'] = [];
      if (officesJson.status === 'fulfilled') {
        const result = parseOffices(officesJson.value);
        offices = result.offices;
        problems.push(...result.problems);
      } else {
        problems.push(fileProblem('offices', 'offices.geojson', toError(officesJson.reason).message));
      }

      return { stations, hubs, offices, problems, fetchedAt: clock(), dataAsOf: latestChange(stations) };
    },
  };
}

function toError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}
