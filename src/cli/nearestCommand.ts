/**
 * `stations nearest`: the same ranking the rider screen shows, as a table or as JSON.
 */
import { parseArgs } from 'node:util';
import { uncoveredYears } from '../core/calendarDependence.ts';
import { HOLIDAY_CALENDAR_YEARS } from '../core/holidays.ts';
import { createStationIndex, nearestStations, RANK_DEFAULTS } from '../core/rank.ts';
import type { RankedStation, RankOptions } from '../core/rank.ts';
import { AMENITIES, STATION_KINDS } from '../core/station.ts';
import type { LngLat } from '../core/station.ts';
import { parseList, parseLngLat, parseNumber, parseTime, UsageError } from './args.ts';
import { beijingIso, closingOf, describeRanked } from './describeState.ts';
import { readStations } from './readStations.ts';
import type { CliIO } from './main.ts';

export const NEAREST_USAGE = `stations nearest --at <lng>,<lat> [options]

  --at <lng>,<lat>     where the rider is, WGS-84, longitude first (e.g. 116.4615,39.8936)
  --time <ISO 8601>    when (default: now); without an offset it is Beijing time
  --need a,b           amenities the station must all have (${AMENITIES.join(', ')})
  --kind k[,k]         station kinds (${STATION_KINDS.join(', ')})
  --24h                only stations open 24/7
  --include-closed     also list stations that are closed when you would arrive
  --limit N            how many (default ${RANK_DEFAULTS.limit})
  --max-km K           search radius in km (default ${RANK_DEFAULTS.maxDistanceKm})
  --speed K            e-bike speed in km/h for the ETA (default ${RANK_DEFAULTS.speedKmh})
  --detour F           road distance / straight distance (default ${RANK_DEFAULTS.detourFactor})
  --data <file>        stations GeoJSON (default: data/stations.geojson in this checkout)
  --json               print JSON instead of a table`;

/** One JSON row; field names are part of the command's contract with scripts. */
export interface NearestJsonRow {
  id: string;
  name: string;
  distance_m: number;
  eta_min: number;
  state: RankedStation['stateAtArrival']['kind'];
  closes_at: string | null;
  opens_at: string | null;
}

export async function runNearestCommand(argv: string[], io: CliIO, defaultDataPath: string): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      at: { type: 'string' },
      time: { type: 'string' },
      need: { type: 'string', multiple: true },
      kind: { type: 'string', multiple: true },
      '24h': { type: 'boolean' },
      'include-closed': { type: 'boolean' },
      limit: { type: 'string' },
      'max-km': { type: 'string' },
      speed: { type: 'string' },
      detour: { type: 'string' },
      data: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (values.at === undefined) throw new UsageError('missing --at <lng>,<lat> (where the rider is)');
  const origin = parseLngLat(values.at, '--at');
  const at = values.time !== undefined ? parseTime(values.time, '--time') : new Date();
  const options: RankOptions = {
    needs: parseList(values.need ?? [], AMENITIES, '--need', 'amenity'),
    kinds: parseList(values.kind ?? [], STATION_KINDS, '--kind', 'station kind'),
    only24h: values['24h'] === true,
    includeClosed: values['include-closed'] === true,
  };
  if (values.limit !== undefined) options.limit = parseNumber(values.limit, '--limit', { min: 1, max: 10_000, integer: true });
  if (values['max-km'] !== undefined) options.maxDistanceKm = parseNumber(values['max-km'], '--max-km', { min: 0, max: 1000 });
  if (values.speed !== undefined) options.speedKmh = parseNumber(values.speed, '--speed', { min: 1, max: 100 });
  if (values.detour !== undefined) options.detourFactor = parseNumber(values.detour, '--detour', { min: 1, max: 5 });

  const dataPath = values.data ?? defaultDataPath;
  const loaded = await readStations(dataPath);
  if (!loaded.ok) {
    io.stderr.write(`stations: ${loaded.error}\n`);
    return 1;
  }
  if (loaded.problems.length > 0) {
    io.stderr.write(`warning: ${loaded.problems.length} problem(s) in ${dataPath}; bad features were skipped (see: stations validate ${dataPath})\n`);
  }

  const missingYears = uncoveredYears([at]);
  if (missingYears.length > 0) {
    const { first, last } = HOLIDAY_CALENDAR_YEARS;
    io.stderr.write(
      `warning: the holiday calendar covers ${first}–${last}; ${missingYears.join(', ')} counts as plain weekdays and weekends, so hours that follow public holidays or make-up working days may be wrong\n`,
    );
  }

  const ranked = nearestStations(createStationIndex(loaded.stations), origin, at, options);
  if (values.json === true) {
    io.stdout.write(`${JSON.stringify(ranked.map(toJsonRow), null, 2)}\n`);
  } else {
    io.stdout.write(renderTable(ranked, origin, at, options));
  }
  return 0;
}

export function toJsonRow(r: RankedStation): NearestJsonRow {
  const arrival = r.stateAtArrival;
  const closesAt = r.closesBeforeArrival ? closingOf(r.stateNow) : closingOf(arrival);
  const opensAt = arrival.kind === 'closed' ? arrival.opensAt : null;
  return {
    id: r.station.id,
    name: r.station.properties.name,
    distance_m: Math.round(r.distanceMeters),
    eta_min: Math.round(r.etaMinutes * 10) / 10,
    state: arrival.kind,
    closes_at: closesAt ? beijingIso(closesAt) : null,
    opens_at: opensAt ? beijingIso(opensAt) : null,
  };
}

function renderTable(ranked: RankedStation[], origin: LngLat, at: Date, options: RankOptions): string {
  const filters = [
    options.needs?.length ? `with ${options.needs.join(' + ')}` : '',
    options.kinds?.length ? `kind ${options.kinds.join('/')}` : '',
    options.only24h ? '24/7 only' : '',
  ].filter(Boolean);
  const when = beijingIso(at).slice(0, 16).replace('T', ' ');
  const which = options.includeClosed ? 'open or not' : 'open when you arrive';
  const head = `Nearest to ${origin[0]},${origin[1]} at ${when} Beijing time, ${[...filters, which].join(', ')}:\n`;
  if (ranked.length === 0) {
    const km = options.maxDistanceKm ?? RANK_DEFAULTS.maxDistanceKm;
    return `${head}  none within ${km} km. Try --include-closed, fewer --need filters or a larger --max-km.\n`;
  }
  const rows = ranked.map((r, i) => [
    String(i + 1),
    r.station.properties.name,
    String(Math.round(r.distanceMeters)),
    String(Math.max(1, Math.round(r.etaMinutes))),
    describeRanked(r, at),
  ]);
  return head + table(['#', 'name', 'distance m', 'ETA min', 'state'], rows, [false, false, true, true, false]);
}

/** Columns padded by display width: a Chinese character takes two terminal cells. */
function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((row) => displayWidth(row[c] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - displayWidth(cell));
        return rightAligned[c] ? pad + cell : c === row.length - 1 ? cell : cell + pad;
      })
      .join('  ');
  return `${all.map(line).join('\n')}\n`;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}
