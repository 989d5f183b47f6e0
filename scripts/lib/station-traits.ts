/**
 * What a sample station is like, given its kind and host: hours, amenities and name.
 * The host decides the hours and which amenities exist (DOMAIN.md), so every table here is
 * keyed by host type. All choices go through the seeded Rng, in a fixed order.
 */
import { AMENITIES } from '../../src/core/station.ts';
import type { Amenity, HostType, StationKind } from '../../src/core/station.ts';
import type { Named } from './chaoyang-places.ts';
import type { Rng } from './prng.ts';

export const H24 = '24/7';

type Weighted<T> = readonly (readonly [T, number])[];

/** Host types per kind. */
export const HOSTS_BY_KIND: Record<StationKind, Weighted<HostType>> = {
  rest_station: [
    ['party_community_centre', 22],
    ['community_building', 22],
    ['property_guard_booth', 18],
    ['street_facility', 14],
    ['company_space', 14],
    ['residential_square', 10],
  ],
  charging_point: [
    ['street_facility', 35],
    ['property_guard_booth', 30],
    ['residential_square', 20],
    ['company_space', 15],
  ],
  battery_swap_cabinet: [
    ['street_facility', 50],
    ['property_guard_booth', 25],
    ['company_space', 15],
    ['residential_square', 10],
  ],
};

/** Regular hours of rest stations by host, OpenStreetMap syntax. About 40 % end up 24/7. */
const REST_HOURS: Record<HostType, Weighted<string>> = {
  party_community_centre: [
    [H24, 35],
    ['Mo-Fr 08:30-17:30; PH off', 18],
    ['Mo-Fr 09:00-12:00,13:30-18:00', 15],
    ['Mo-Su 08:00-20:00', 15],
    ['Mo-Su 07:00-22:00', 10],
    ['Mo-Fr 08:30-17:30; Sa,Su 09:00-16:00', 7],
  ],
  community_building: [
    [H24, 20],
    ['Mo-Su 07:00-22:00', 30],
    ['Mo-Fr 08:30-17:30; PH off', 20],
    ['Mo-Fr 09:00-12:00,13:30-18:00', 15],
    ['Mo-Su 08:00-20:00', 15],
  ],
  property_guard_booth: [
    [H24, 64],
    ['Mo-Su 07:00-22:00', 16],
    ['Mo-Su 06:00-23:00', 12],
  ],
  street_facility: [
    [H24, 56],
    ['Mo-Su 07:00-22:00', 14],
    ['22:00-06:00', 12],
    ['Mo-Su 06:00-23:00', 12],
  ],
  company_space: [
    ['Mo-Fr 09:00-18:00', 22],
    ['Mo-Fr 08:30-17:30; PH off', 18],
    ['Mo-Fr 09:00-12:00,13:30-18:00', 15],
    ['Mo-Sa 08:00-20:00', 15],
    [H24, 15],
    ['22:00-06:00', 8],
    ['Mo-Su 10:00-22:00', 7],
  ],
  residential_square: [
    ['Mo-Su 06:00-22:00', 45],
    [H24, 35],
    ['Mo-Su 07:00-21:00', 20],
  ],
};

const CHARGING_HOURS: Weighted<string> = [
  [H24, 62],
  ['Mo-Su 06:00-23:00', 26],
  ['Mo-Su 07:00-22:00', 10],
];

const SWAP_HOURS: Weighted<string> = [
  [H24, 94],
  ['Mo-Su 06:00-24:00', 6],
];

export function pickHours(rng: Rng, kind: StationKind, host: HostType): string {
  switch (kind) {
    case 'rest_station':
      return rng.weighted(REST_HOURS[host]);
    case 'charging_point':
      return rng.weighted(CHARGING_HOURS);
    case 'battery_swap_cabinet':
      return rng.weighted(SWAP_HOURS);
  }
}

/**
 * Hours on official holidays, for some day-time stations: shorter hours or closed. Stations
 * whose regular hours already say `PH off`, and round-the-clock ones, keep their regular hours.
 */
export function pickHolidayHours(rng: Rng, hours: string, host: HostType): string | undefined {
  if (hours === H24 || hours.includes('PH') || hours === '22:00-06:00') return undefined;
  const likely = host === 'party_community_centre' || host === 'community_building' || host === 'company_space';
  if (!rng.chance(likely ? 0.3 : 0.08)) return undefined;
  return rng.weighted([
    ['10:00-16:00', 4],
    ['09:00-17:00', 3],
    ['off', 3],
  ] as const);
}

/** Probability of each amenity at a rest station, by host; missing means 0. */
const REST_BASE: Partial<Record<Amenity, number>> = {
  phone_charging: 0.95,
  drinking_water: 0.9,
  seating: 0.95,
  ebike_charging: 0.55,
  hot_water: 0.7,
  microwave: 0.45,
  fridge: 0.2,
  toilet: 0.5,
  heating: 0.6,
  air_conditioning: 0.55,
  raincoats: 0.4,
  first_aid: 0.55,
  wifi: 0.4,
  repair_tools: 0.2,
};

const REST_BY_HOST: Record<HostType, Partial<Record<Amenity, number>>> = {
  party_community_centre: { toilet: 0.85, microwave: 0.65, wifi: 0.7, heating: 0.8, air_conditioning: 0.8, first_aid: 0.75, fridge: 0.3, ebike_charging: 0.45 },
  community_building: { toilet: 0.7, microwave: 0.55, heating: 0.75, air_conditioning: 0.65, ebike_charging: 0.5 },
  property_guard_booth: { toilet: 0.15, microwave: 0.3, fridge: 0.05, heating: 0.55, air_conditioning: 0.4, wifi: 0.15, ebike_charging: 0.75, hot_water: 0.6, seating: 0.8 },
  street_facility: { toilet: 0.25, microwave: 0.35, heating: 0.5, air_conditioning: 0.5, ebike_charging: 0.7, repair_tools: 0.35, battery_swap: 0.1, raincoats: 0.55 },
  company_space: { toilet: 0.85, microwave: 0.7, fridge: 0.45, wifi: 0.75, air_conditioning: 0.85, heating: 0.8, ebike_charging: 0.4 },
  residential_square: { toilet: 0.4, microwave: 0.15, fridge: 0.05, heating: 0.3, air_conditioning: 0.3, wifi: 0.2, ebike_charging: 0.65, raincoats: 0.45 },
};

const CHARGING_AMENITIES: Partial<Record<Amenity, number>> = {
  ebike_charging: 1,
  phone_charging: 0.35,
  seating: 0.25,
  repair_tools: 0.1,
};

const SWAP_AMENITIES: Partial<Record<Amenity, number>> = { battery_swap: 1, phone_charging: 0.15 };

/** Amenities in the vocabulary's display order; a rest station always offers water or a phone charge. */
export function pickAmenities(rng: Rng, kind: StationKind, host: HostType): Amenity[] {
  const odds =
    kind === 'rest_station' ? { ...REST_BASE, ...REST_BY_HOST[host] } : kind === 'charging_point' ? CHARGING_AMENITIES : SWAP_AMENITIES;
  const chosen = AMENITIES.filter((amenity) => rng.chance(odds[amenity] ?? 0));
  if (kind === 'rest_station' && !chosen.includes('drinking_water') && !chosen.includes('phone_charging')) {
    return AMENITIES.filter((a) => a === 'drinking_water' || chosen.includes(a));
  }
  return chosen;
}

const COMPANY_SUFFIXES: readonly Named[] = [
  ['科技园', 'Science Park'],
  ['商务中心', 'Business Centre'],
  ['大厦', 'Tower'],
  ['产业园', 'Industrial Park'],
  ['物流园', 'Logistics Park'],
  ['写字楼', 'Office Building'],
];
const SQUARE_SUFFIXES: readonly Named[] = [
  ['文化广场', 'Culture Square'],
  ['休闲广场', 'Leisure Square'],
  ['广场', 'Square'],
];
const SWAP_PREFIXES: readonly Named[] = [
  ['智能', 'Smart'],
  ['共享', 'Shared'],
  ['骑手', 'Rider'],
];

/** Makes distinct names from a place; `qualified` turns 富力城 into 富力城东门 and so on. */
export interface NameParts {
  place: Named;
  kind: StationKind;
  host: HostType;
  is24h: boolean;
}

/**
 * A name template for a station, as a function of the (possibly qualified) place, so the
 * caller can retry with 东门 / 西区 … when the name is taken. The template's own random
 * choices are made once, here.
 */
export function nameTemplate(rng: Rng, parts: NameParts): (place: Named) => Named {
  const { kind, host, is24h } = parts;
  if (kind === 'charging_point') return ([zh, en]) => [`${zh}电动车充电站`, `${en} E-bike Charging Station`];
  if (kind === 'battery_swap_cabinet') {
    const [pz, pe] = rng.pick(SWAP_PREFIXES);
    return ([zh, en]) => [`${pz}换电柜（${zh}）`, `${pe} battery-swap cabinet (${en})`];
  }
  switch (host) {
    case 'party_community_centre':
      return rng.chance(0.5)
        ? ([zh, en]) => [`${zh}党群服务中心小哥加油站`, `${en} Party-Community Centre Courier Rest Stop`]
        : ([zh, en]) => [`${zh}小哥加油站`, `${en} Courier Rest Stop`];
    case 'community_building':
      return rng.chance(0.6)
        ? ([zh, en]) => [`${zh}社区暖新驿站`, `${en} Community Warm Home Station`]
        : ([zh, en]) => [`${zh}暖新驿站`, `${en} Warm Home Station`];
    case 'property_guard_booth':
      return ([zh, en]) => [`${zh}物业岗亭驿站`, `${en} Guard Booth Rest Stop`];
    case 'street_facility':
      return is24h && rng.chance(0.5)
        ? ([zh, en]) => [`${zh}全时驿站`, `${en} 24-Hour Rest Stop`]
        : ([zh, en]) => [`${zh}小哥加油站`, `${en} Courier Rest Stop`];
    case 'company_space': {
      const [sz, se] = rng.pick(COMPANY_SUFFIXES);
      return ([zh, en]) => [`${zh}${sz}企业驿站`, `${en} ${se} Company Rest Stop`];
    }
    case 'residential_square': {
      const [sz, se] = rng.pick(SQUARE_SUFFIXES);
      return is24h
        ? ([zh, en]) => [`${zh}${sz}全时驿站`, `${en} ${se} 24-Hour Rest Stop`]
        : ([zh, en]) => [`${zh}${sz}驿站`, `${en} ${se} Rest Stop`];
    }
  }
}

/** Qualifiers tried in turn when a name is already taken. */
export const QUALIFIERS: readonly Named[] = [
  ['东门', 'East Gate'],
  ['西门', 'West Gate'],
  ['南门', 'South Gate'],
  ['北门', 'North Gate'],
  ['东区', 'East Section'],
  ['西区', 'West Section'],
  ['南区', 'South Section'],
  ['北区', 'North Section'],
  ['一期', 'Phase I'],
  ['二期', 'Phase II'],
  ['三期', 'Phase III'],
];

export const CLOSURE_REASONS: readonly string[] = [
  '电动车充电设备检修',
  '室内装修改造',
  '供暖管道维修',
  '消防安全整改',
  '物业交接，暂停开放',
  '道路施工，入口封闭',
  '场地临时用于社区活动',
];

export const PERMANENT_CLOSURE_REASONS: readonly string[] = ['场地拆除，驿站已撤销', '并入就近驿站', '所在楼宇停止运营'];
