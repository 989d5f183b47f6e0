/**
 * First start: fill an empty database from the repository's data/ files. Offices first (stations
 * refer to them), then stations in one transaction as version 1 ("seed"). Bad features are
 * reported and skipped, exactly like any other load through `validateStationCollection`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { officePropertiesSchema } from '../core/offices.ts';
import { formatProblem, validateStationCollection } from '../core/validate.ts';
import type { Office, Store } from './repository.ts';

export interface SeedFiles {
  officesFile: string;
  stationsFile: string;
}

export interface SeedReport {
  offices: number;
  stations: number;
  problems: string[];
}

const ring = z.array(z.tuple([z.number(), z.number()])).min(4);
const officeFeatureSchema = z.object({
  type: z.literal('Feature'),
  id: z.string(),
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
  properties: officePropertiesSchema,
});

/** Parses an offices FeatureCollection; throws with the first bad feature (offices must all be right). */
export function parseOffices(json: unknown): Office[] {
  const features = (json as { features?: unknown })?.features;
  if (!Array.isArray(features)) throw new Error('offices file: expected a FeatureCollection with a features array');
  return features.map((f, index) => {
    const parsed = officeFeatureSchema.safeParse(f);
    if (!parsed.success) throw new Error(`offices file: feature ${index}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    if (parsed.data.id !== parsed.data.properties.code) {
      throw new Error(`offices file: feature ${index}: id ${parsed.data.id} differs from code ${parsed.data.properties.code}`);
    }
    return parsed.data as Office;
  });
}

/** The repository's own data files, wherever the process runs from. */
export const DEFAULT_SEED_FILES: SeedFiles = {
  officesFile: fileURLToPath(new URL('../../data/offices.geojson', import.meta.url)),
  stationsFile: fileURLToPath(new URL('../../data/stations.geojson', import.meta.url)),
};

/** Loads the offices when the table is empty; returns how many were added. */
export function seedOfficesIfEmpty(store: Store, officesFile: string): number {
  if (store.offices.list().length > 0) return 0;
  const offices = parseOffices(JSON.parse(readFileSync(officesFile, 'utf8')));
  store.offices.replaceAll(offices);
  return offices.length;
}

/**
 * @example
 * seedIfEmpty(store, DEFAULT_SEED_FILES, new Date()); // { offices: 43, stations: 2912, problems: [] }
 */
export function seedIfEmpty(store: Store, files: SeedFiles, at: Date): SeedReport {
  const report: SeedReport = { offices: seedOfficesIfEmpty(store, files.officesFile), stations: 0, problems: [] };
  // Never re-seed a database that has had any station change, even if all were deleted.
  if (store.stations.dataVersion() > 0) return report;

  const known = new Set(store.offices.list().map((o) => o.properties.code));
  const { stations, problems } = validateStationCollection(JSON.parse(readFileSync(files.stationsFile, 'utf8')));
  report.problems.push(...problems.map(formatProblem));
  store.transaction(() => {
    for (const station of stations) {
      if (!known.has(station.properties.office_code)) {
        report.problems.push(`station ${station.id}: office_code ${station.properties.office_code} is not in the offices file; skipped`);
        continue;
      }
      store.stations.write(station, false, { action: 'seed', by: 'seed', at, summary: [] });
      report.stations += 1;
    }
  });
  return report;
}
