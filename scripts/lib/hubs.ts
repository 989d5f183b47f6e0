/**
 * About 100 sample hubs: delivery depots, dispatch points and drivers' homes, at least one per
 * office and more where there are more stations. Operators are clearly sample names (示例…),
 * never real companies.
 */
import { officeAt } from '../../src/core/offices.ts';
import type { Office } from '../../src/core/offices.ts';
import type { Hub, HubKind, HubProperties, LngLat, Station } from '../../src/core/station.ts';
import type { Named, OfficeSeed } from './chaoyang-places.ts';
import { SpacingGrid, allocate, placer } from './placement.ts';
import type { Rng } from './prng.ts';

export const HUB_COUNT = 100;

/** A fixed hub at 双井 so "stations near my hub" has a known answer. */
const SHOWCASE_HUB = {
  id: 'hub-shuangjing',
  lngLat: [116.4672, 39.8921] as LngLat,
  properties: {
    name: '双井外卖配送站',
    name_en: 'Shuangjing Food Delivery Depot',
    kind: 'delivery_depot',
    operator: '示例外卖平台A',
    address: '北京市朝阳区广渠路31号',
    office_code: '110105016',
  } satisfies HubProperties,
};

const KINDS: readonly (readonly [HubKind, number])[] = [
  ['delivery_depot', 55],
  ['dispatch_point', 30],
  ['drivers_home', 15],
];

export function generateHubs(rng: Rng, offices: readonly Office[], seeds: readonly OfficeSeed[], stations: readonly Station[]): Hub[] {
  const seedByCode = new Map(seeds.map((s) => [s.code, s]));
  const grid = new SpacingGrid(150);
  const names = new Set<string>([SHOWCASE_HUB.properties.name]);
  grid.add(SHOWCASE_HUB.lngLat);
  const showcaseOffice = officeAt(offices, SHOWCASE_HUB.lngLat);
  if (showcaseOffice?.id !== SHOWCASE_HUB.properties.office_code) {
    throw new Error(`showcase hub lies in ${showcaseOffice?.id ?? 'no office'}, expected ${SHOWCASE_HUB.properties.office_code}`);
  }

  const stationsPerOffice = new Map(offices.map((o) => [o.id, 0]));
  for (const s of stations) stationsPerOffice.set(s.properties.office_code, (stationsPerOffice.get(s.properties.office_code) ?? 0) + 1);
  const counts = allocate(HUB_COUNT, stationsPerOffice, 1);

  const hubs: Hub[] = [];
  for (const office of [...offices].sort((a, b) => a.id.localeCompare(b.id))) {
    const seed = seedByCode.get(office.id) as OfficeSeed;
    let count = counts.get(office.id) ?? 0;
    if (office.id === SHOWCASE_HUB.properties.office_code) count -= 1;
    const next = placer(rng, offices, office, grid, { clustered: 0.5, sigmaMeters: 700, extraClusters: 2 });
    for (let i = 0; i < count; i++) {
      const lngLat = next();
      const properties = hubProperties(rng, seed, names);
      hubs.push({ type: 'Feature', id: `hub-${String(hubs.length + 1).padStart(3, '0')}`, geometry: { type: 'Point', coordinates: lngLat }, properties });
    }
  }
  const showcase: Hub = {
    type: 'Feature',
    id: SHOWCASE_HUB.id,
    geometry: { type: 'Point', coordinates: SHOWCASE_HUB.lngLat },
    properties: { ...SHOWCASE_HUB.properties },
  };
  return [...hubs, showcase];
}

function hubProperties(rng: Rng, seed: OfficeSeed, names: Set<string>): HubProperties {
  const kind = rng.weighted(KINDS);
  const [makeName, operator] = hubTemplate(rng, kind);
  let place = rng.pick(seed.places);
  let [name, nameEn] = makeName(place);
  for (let i = 0; names.has(name); i++) {
    place = seed.places[i % seed.places.length] as Named;
    [name, nameEn] = makeName(i < seed.places.length ? place : [`${place[0]}${Math.floor(i / seed.places.length) + 1}号`, `${place[1]} No. ${Math.floor(i / seed.places.length) + 1}`]);
  }
  names.add(name);
  const [road] = rng.pick(seed.roads);
  const address = `北京市朝阳区${road}${rng.int(1, 260)}号`;
  return {
    name,
    name_en: nameEn,
    kind,
    ...(operator ? { operator } : {}),
    address,
    office_code: seed.code,
  };
}

function hubTemplate(rng: Rng, kind: HubKind): [(place: Named) => Named, string | undefined] {
  switch (kind) {
    case 'delivery_depot':
      return [([zh, en]) => [`${zh}外卖配送站`, `${en} Food Delivery Depot`], rng.pick(['示例外卖平台A', '示例外卖平台B'])];
    case 'dispatch_point':
      return rng.chance(0.5)
        ? [([zh, en]) => [`${zh}快递站点`, `${en} Parcel Dispatch Point`], '示例快递公司']
        : [([zh, en]) => [`${zh}即时配送站点`, `${en} On-demand Delivery Dispatch Point`], '示例同城配送'];
    case 'drivers_home':
      return [([zh, en]) => [`${zh}司机之家`, `${en} Drivers' Home`], rng.chance(0.5) ? '示例网约车平台' : undefined];
  }
}
