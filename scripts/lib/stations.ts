/**
 * The 2,912 sample stations: the hand-written showcase first, then random ones per office,
 * more per square kilometre in the urban core. Every random choice goes through one seeded
 * Rng in a fixed order (offices by code, then station by station), so output is stable.
 */
import { officeAt } from '../../src/core/offices.ts';
import type { Office } from '../../src/core/offices.ts';
import type { Closure, HostType, LngLat, Station, StationKind, StationProperties } from '../../src/core/station.ts';
import type { Density, Named, OfficeSeed } from './chaoyang-places.ts';
import { beijingMs, isoBeijing } from './geojson-text.ts';
import { SpacingGrid, allocate, areaKm2, placer } from './placement.ts';
import type { Rng } from './prng.ts';
import { SHOWCASE } from './showcase.ts';
import {
  CLOSURE_REASONS,
  H24,
  HOSTS_BY_KIND,
  PERMANENT_CLOSURE_REASONS,
  QUALIFIERS,
  nameTemplate,
  pickAmenities,
  pickHolidayHours,
  pickHours,
} from './station-traits.ts';

export const STATION_COUNT = 2912;

/** The data are "as of" this moment: nothing is verified or updated later. */
export const DATA_AS_OF_MS = beijingMs(2026, 11, 20, 18, 0);
const DAY_MS = 86_400_000;

/** Stations per office = BASE + DENSITY × area (km²), then scaled to STATION_COUNT. */
const BASE_PER_OFFICE = 25;
const PER_KM2: Record<Density, number> = { core: 8, mid: 3, outer: 1.2 };
const SIGMA_METERS: Record<Density, number> = { core: 450, mid: 650, outer: 850 };
const MIN_SPACING_METERS = 40;

const KINDS: readonly (readonly [StationKind, number])[] = [
  ['rest_station', 78],
  ['charging_point', 14],
  ['battery_swap_cabinet', 8],
];

export function generateStations(rng: Rng, offices: readonly Office[], seeds: readonly OfficeSeed[]): Station[] {
  const seedByCode = new Map(seeds.map((s) => [s.code, s]));
  const grid = new SpacingGrid(MIN_SPACING_METERS);
  const names = new Set<string>();

  // The showcase stations come first and count towards their office's share.
  const showcase = SHOWCASE.map((entry) => {
    const office = officeAt(offices, entry.lngLat);
    if (office?.id !== entry.expectOffice) {
      throw new Error(
        `showcase station ${entry.properties.name} at [${entry.lngLat.join(', ')}] lies in ${office?.id ?? 'no office'}, expected ${entry.expectOffice}`,
      );
    }
    grid.add(entry.lngLat);
    names.add(entry.properties.name);
    return { entry, officeCode: office.id };
  });

  const weights = new Map(
    offices.map((o) => {
      const seed = seedByCode.get(o.id) as OfficeSeed;
      return [o.id, BASE_PER_OFFICE + PER_KM2[seed.density] * areaKm2(o)];
    }),
  );
  const counts = allocate(STATION_COUNT, weights);

  const numbered: { lngLat: LngLat; properties: StationProperties }[] = [];
  const fixed: Station[] = [];
  for (const office of [...offices].sort((a, b) => a.id.localeCompare(b.id))) {
    const seed = seedByCode.get(office.id) as OfficeSeed;
    const mine = showcase.filter((s) => s.officeCode === office.id);
    for (const { entry } of mine) {
      const properties = inFileOrder({ ...entry.properties, office_code: office.id });
      fixed.push({ type: 'Feature', id: entry.id, geometry: { type: 'Point', coordinates: entry.lngLat }, properties });
    }
    const area = areaKm2(office);
    const next = placer(rng, offices, office, grid, {
      clustered: 0.7,
      sigmaMeters: SIGMA_METERS[seed.density],
      extraClusters: Math.min(8, Math.max(1, Math.round(area / 3))),
    });
    const count = (counts.get(office.id) ?? 0) - mine.length;
    for (let i = 0; i < count; i++) {
      const lngLat = next();
      numbered.push({ lngLat, properties: randomProperties(rng, seed, names) });
    }
  }

  const stations: Station[] = numbered.map(({ lngLat, properties }, i) => ({
    type: 'Feature',
    id: `cy-${String(i + 1).padStart(4, '0')}`,
    geometry: { type: 'Point', coordinates: lngLat },
    properties,
  }));
  return [...stations, ...fixed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Property keys in the order they are written (the schema's order). */
const KEY_ORDER: readonly (keyof StationProperties)[] = [
  'name',
  'name_en',
  'kind',
  'amenities',
  'opening_hours',
  'holiday_hours',
  'status',
  'closure',
  'address',
  'address_en',
  'phone',
  'office_code',
  'host_type',
  'updated_at',
  'verified_at',
  'version',
];

function inFileOrder(properties: StationProperties): StationProperties {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (properties[key] !== undefined) ordered[key] = properties[key];
  return ordered as StationProperties;
}

function randomProperties(rng: Rng, seed: OfficeSeed, names: Set<string>): StationProperties {
  const kind = rng.weighted(KINDS);
  const host = rng.weighted(HOSTS_BY_KIND[kind]);
  const unknownHours = rng.chance(0.01);
  const hours = unknownHours ? null : pickHours(rng, kind, host);
  const holidayHours = hours ? pickHolidayHours(rng, hours, host) : undefined;
  const amenities = pickAmenities(rng, kind, host);
  const [name, nameEn, place] = uniqueName(rng, seed, kind, host, hours === H24, names);
  const { address, addressEn } = pickAddress(rng, seed, host, place);
  const phone = pickPhone(rng, kind);
  const { status, closure } = pickStatus(rng);
  const { verifiedAt, updatedAt } = pickTimes(rng, closure);

  return inFileOrder({
    name,
    name_en: nameEn,
    kind,
    amenities,
    opening_hours: hours,
    ...(holidayHours ? { holiday_hours: holidayHours } : {}),
    status,
    ...(closure ? { closure } : {}),
    address,
    address_en: addressEn,
    ...(phone ? { phone } : {}),
    office_code: seed.code,
    host_type: host,
    updated_at: updatedAt,
    verified_at: verifiedAt,
  });
}

function uniqueName(
  rng: Rng,
  seed: OfficeSeed,
  kind: StationKind,
  host: HostType,
  is24h: boolean,
  taken: Set<string>,
): [string, string, Named] {
  const place = rng.pick(seed.places);
  const make = nameTemplate(rng, { place, kind, host, is24h });
  const candidates: Named[] = [place, ...QUALIFIERS.map(([qz, qe]): Named => [`${place[0]}${qz}`, `${place[1]} ${qe}`])];
  for (const candidate of candidates) {
    const [zh, en] = make(candidate);
    if (!taken.has(zh)) {
      taken.add(zh);
      return [zh, en, candidate];
    }
  }
  for (let n = 2; ; n++) {
    const [zh, en] = make(place);
    const numbered: [string, string] = [`${zh}（${n}号点）`, `${en} No. ${n}`];
    if (!taken.has(numbered[0])) {
      taken.add(numbered[0]);
      return [...numbered, place];
    }
  }
}

function pickAddress(rng: Rng, seed: OfficeSeed, host: HostType, place: Named): { address: string; addressEn: string } {
  const [road, roadEn] = rng.pick(seed.roads);
  const n = rng.int(1, 260);
  const annex = rng.chance(0.1);
  const number = annex ? `甲${n}号` : `${n}号`;
  const numberEn = annex ? `No. ${n}A` : `No. ${n}`;
  const withPlace =
    (host === 'property_guard_booth' || host === 'community_building' || host === 'residential_square') && rng.chance(0.6);
  return withPlace
    ? { address: `北京市朝阳区${road}${number}${place[0]}`, addressEn: `${place[1]}, ${numberEn} ${roadEn}, Chaoyang District, Beijing` }
    : { address: `北京市朝阳区${road}${number}`, addressEn: `${numberEn} ${roadEn}, Chaoyang District, Beijing` };
}

function pickPhone(rng: Rng, kind: StationKind): string | undefined {
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  switch (kind) {
    case 'rest_station':
      return rng.chance(0.55) ? `010-${rng.pick(['5', '6', '8'])}${digits(7)}` : undefined;
    case 'charging_point':
      return rng.chance(0.2) ? `010-${rng.pick(['5', '6', '8'])}${digits(7)}` : undefined;
    case 'battery_swap_cabinet':
      return rng.chance(0.45) ? `400-${digits(3)}-${digits(4)}` : undefined;
  }
}

function pickStatus(rng: Rng): { status: StationProperties['status']; closure?: Closure } {
  const r = rng.next();
  if (r < 0.016) {
    const reason = rng.pick(CLOSURE_REASONS);
    const from = rng.chance(0.4) ? isoBeijing(beijingMs(2026, 9, 1, 0) + rng.int(0, 75) * DAY_MS) : undefined;
    const until = isoBeijing(beijingMs(2026, 12, 10, 18) + rng.int(0, 290) * DAY_MS);
    return { status: 'temporarily_closed', closure: { reason, ...(from ? { from } : {}), until } };
  }
  if (r < 0.02) return { status: 'permanently_closed', closure: { reason: rng.pick(PERMANENT_CLOSURE_REASONS) } };
  return { status: 'operational' };
}

/** verified_at spread over 2025 – Nov 2026 in office hours (a few never verified); updated_at soon after. */
function pickTimes(rng: Rng, closure: Closure | undefined): { verifiedAt: string | null; updatedAt: string } {
  const start = beijingMs(2025, 1, 2, 0);
  const span = Math.floor((DATA_AS_OF_MS - start) / DAY_MS);
  const atOfficeHours = (dayStart: number) => dayStart + rng.int(8 * 12, 19 * 12) * 5 * 60_000;
  let updated: number;
  let verified: number | null;
  if (rng.chance(0.02)) {
    verified = null;
    updated = atOfficeHours(start + rng.int(0, 540) * DAY_MS);
  } else {
    verified = atOfficeHours(start + rng.int(0, span - 1) * DAY_MS);
    updated = Math.min(DATA_AS_OF_MS, verified + rng.int(0, 40) * DAY_MS);
  }
  if (closure?.from) updated = Math.max(updated, Date.parse(closure.from));
  return { verifiedAt: verified === null ? null : isoBeijing(verified), updatedAt: isoBeijing(updated) };
}
