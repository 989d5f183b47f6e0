/**
 * `stations validate <file>`: every problem in a stations (or hubs) file, one line each, then a
 * summary. Exit 1 when there is any error, 0 when the file is clean. Offices run this before
 * publishing a file; scripts can rely on the exit code.
 */
import { parseArgs } from 'node:util';
import { stationStateAt } from '../core/hours.ts';
import { formatProblem, validateHubCollection, validateStationCollection } from '../core/validate.ts';
import type { ValidationProblem } from '../core/validate.ts';
import type { Station } from '../core/station.ts';
import { UsageError } from './args.ts';
import { readJson } from './readStations.ts';
import type { CliIO } from './main.ts';

export const VALIDATE_USAGE = `stations validate <file> [--hubs]

  <file>     a stations GeoJSON file ("-" reads standard input)
  --hubs     the file holds hubs (depots, dispatch points, drivers' homes) instead of stations`;

export async function runValidateCommand(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: true, options: { hubs: { type: 'boolean' } } });
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length === 0 ? 'validate needs a file: stations validate <file>' : `validate takes one file; got ${positionals.length}`);
  }
  const path = positionals[0] as string;
  const read = await readJson(path, io.stdin);
  if (!read.ok) {
    io.stderr.write(`stations: ${read.error}\n`);
    return 1;
  }

  const hubs = values.hubs === true;
  const { problems, kept, total } = hubs ? checkHubs(read.json) : checkStations(read.json);
  const warnings = hubs ? [] : unreadableHours(kept as Station[]);
  for (const p of problems) io.stdout.write(`error: ${formatProblem(p)}\n`);
  for (const w of warnings) io.stdout.write(`warning: ${w}\n`);

  const noun = hubs ? 'hubs' : 'stations';
  const badFeatures = new Set(problems.map((p) => p.index)).size;
  const summary =
    problems.length === 0
      ? `${path}: ${total} ${noun}, all valid`
      : problems.some((p) => p.index < 0)
        ? `${path}: not a usable ${noun} file`
        : `${path}: ${total} features, ${kept.length} valid, ${badFeatures} with errors (${problems.length} problem${problems.length === 1 ? '' : 's'})`;
  io.stdout.write(`${summary}${warnings.length ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}\n`);
  return problems.length > 0 ? 1 : 0;
}

interface Checked {
  problems: ValidationProblem[];
  kept: unknown[];
  total: number;
}

function featureCount(json: unknown): number {
  const features = (json as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features.length : 0;
}

function checkStations(json: unknown): Checked {
  const { stations, problems } = validateStationCollection(json);
  return { problems, kept: stations, total: featureCount(json) };
}

function checkHubs(json: unknown): Checked {
  const { hubs, problems } = validateHubCollection(json);
  return { problems, kept: hubs, total: featureCount(json) };
}

/**
 * Hours that pass the schema but that the opening_hours library cannot read. The station still
 * loads (riders see "hours unreadable", never a guess), so this is a warning, not an error.
 * Readability does not depend on the instant; any fixed one will do.
 */
function unreadableHours(stations: Station[]): string[] {
  const probe = new Date('2026-01-05T12:00:00+08:00');
  return stations.flatMap((s) => {
    const state = stationStateAt(s.properties, probe);
    return state.kind === 'unknown' && state.reason === 'unreadable_hours'
      ? [`station ${s.id}: properties.opening_hours ${JSON.stringify(s.properties.opening_hours)} is not readable OpenStreetMap opening_hours syntax; riders will see "hours unreadable"`]
      : [];
  });
}
