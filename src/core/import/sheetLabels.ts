/**
 * Chinese labels for the station's enumerations, as sheets write them and exports write them.
 * A cell may hold the label, one of its synonyms, or the English code itself.
 */
import {
  HOST_TYPES,
  STATION_KINDS,
  STATION_STATUSES,
  type HostType,
  type StationKind,
  type StationStatus,
} from '../station.ts';

/** First label is the one exports write (and the one the console's forms show). */
export const KIND_LABELS: Record<StationKind, readonly string[]> = {
  rest_station: ['驿站', '休息驿站', '小哥加油站', '暖新驿站', '服务驿站', '爱心驿站'],
  charging_point: ['充电点', '充电站', '充电桩点'],
  battery_swap_cabinet: ['换电柜', '换电站'],
};

export const HOST_TYPE_LABELS: Record<HostType, readonly string[]> = {
  party_community_centre: ['党群服务中心', '党群服务站', '党群活动中心'],
  community_building: ['社区用房', '社区服务站', '社区居委会', '居委会'],
  property_guard_booth: ['物业门岗', '物业岗亭', '岗亭', '物业'],
  street_facility: ['街边设施', '街面设施', '沿街设施'],
  company_space: ['企业空间', '企业场所', '企业', '公司', '商户'],
  residential_square: ['小区广场', '社区广场', '广场'],
};

/** English names of the host types, as the English console shows them (src/i18n/en.ts). */
export const HOST_TYPE_NAMES_EN: Record<HostType, string> = {
  party_community_centre: 'party and community service centre',
  community_building: 'community building',
  property_guard_booth: 'property guard booth',
  street_facility: 'street-side facility',
  company_space: 'company space',
  residential_square: 'residential square',
};

export const STATUS_LABELS: Record<StationStatus, readonly string[]> = {
  operational: ['正常', '开放', '运营', '正常开放', '运营中'],
  temporarily_closed: ['暂停', '暂停开放', '临时关闭', '暂时关闭'],
  permanently_closed: ['停用', '永久关闭', '撤销', '已撤销'],
};

const norm = (s: string): string => s.normalize('NFKC').trim().toLowerCase().replace(/[\s-]+/g, '_');

function reader<T extends string>(codes: readonly T[], labels: Record<T, readonly string[]>): (cell: string) => T | null {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(norm(code), code);
    for (const label of labels[code]) map.set(norm(label), code);
  }
  return (cell) => map.get(norm(cell)) ?? null;
}

/** @example readKind('驿站') // 'rest_station' */
export const readKind = reader(STATION_KINDS, KIND_LABELS);
/** @example readHostType('物业岗亭') // 'property_guard_booth' */
export const readHostType = reader(HOST_TYPES, HOST_TYPE_LABELS);
/** @example readStatus('暂停开放') // 'temporarily_closed' */
export const readStatus = reader(STATION_STATUSES, STATUS_LABELS);

/** The label an export writes. */
export const labelOf = <T extends string>(labels: Record<T, readonly string[]>, code: T): string => labels[code][0] ?? code;

/**
 * A host type suggested by words in the name, address or note (物业代管 → property guard booth).
 * Only ever offered in the preview; never written into a station without the office choosing it.
 */
export function suggestHostType(...texts: string[]): HostType | null {
  const text = texts.join(' ');
  const hints: [RegExp, HostType][] = [
    [/党群/, 'party_community_centre'],
    [/物业|岗亭|门岗/, 'property_guard_booth'],
    [/企业|公司|商户|写字楼/, 'company_space'],
    [/社区|居委会/, 'community_building'],
    [/广场/, 'residential_square'],
  ];
  return hints.find(([re]) => re.test(text))?.[1] ?? null;
}
