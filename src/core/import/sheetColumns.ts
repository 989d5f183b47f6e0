/**
 * Which column holds what. Offices name columns in Chinese (站点名称, 经度 …), exports and
 * other tools in English (name, lng …); both are recognised, case-, width- and space-blind,
 * and anything in brackets is a remark (`经度（高德）`, `经度(WGS-84)`) that is read only for
 * a coordinate-system hint.
 *
 * Required: name, address, coordinates (经度 + 纬度, or one 经纬度 column "lng,lat"),
 * opening hours and amenities. Everything else is optional.
 */

export const COLUMN_KEYS = [
  'id',
  'serial',
  'name',
  'name_en',
  'kind',
  'host_type',
  'address',
  'address_en',
  'lng',
  'lat',
  'lnglat',
  'opening_hours',
  'holiday_hours',
  'amenities',
  'phone',
  'note',
  'status',
  'closure_reason',
  'closure_from',
  'closure_until',
  'office_code',
  'verified_at',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** Header names per column; the first is the one exports write (see exportCsv.ts). */
export const COLUMN_NAMES: Record<ColumnKey, readonly string[]> = {
  id: ['编号', '站点编号', '驿站编号', 'id', 'station_id'],
  serial: ['序号', '行号', 'no', 'no.', '#'],
  name: ['站点名称', '名称', '驿站名称', '站名', 'name'],
  name_en: ['英文名称', 'name_en', 'english name'],
  kind: ['类型', '站点类型', 'kind', 'type'],
  host_type: ['承办方式', '承建方式', '依托类型', '载体类型', 'host_type', 'host type'],
  address: ['详细地址', '地址', '站点地址', '位置', 'address'],
  address_en: ['英文地址', 'address_en', 'english address'],
  lng: ['经度', 'lng', 'lon', 'long', 'longitude', 'x'],
  lat: ['纬度', 'lat', 'latitude', 'y'],
  lnglat: ['经纬度', '坐标', '位置坐标', 'lnglat', 'lng,lat', 'coordinates'],
  opening_hours: ['开放时间', '营业时间', '服务时间', '开放时段', 'opening_hours', 'opening hours', 'hours'],
  holiday_hours: ['节假日开放时间', '节假日时间', 'holiday_hours', 'holiday hours'],
  amenities: ['服务设施', '设施', '配套设施', '服务内容', '服务项目', 'amenities'],
  phone: ['联系电话', '电话', '联系方式', 'phone', 'tel', 'telephone'],
  note: ['备注', '说明', 'note', 'notes', 'remark', 'remarks'],
  status: ['状态', '运营状态', 'status'],
  closure_reason: ['暂停原因', 'closure_reason', 'closure reason'],
  closure_from: ['暂停开始', '暂停开始时间', 'closure_from', 'closure from'],
  closure_until: ['暂停结束', '暂停结束时间', '恢复时间', 'closure_until', 'closure until'],
  office_code: ['街道编码', '街道代码', '所属街道编码', 'office_code', 'office code'],
  verified_at: ['核实时间', '最近核实时间', 'verified_at', 'verified at'],
};

export type CoordinateSystem = 'wgs84' | 'gcj02' | 'bd09';

export interface ColumnMap {
  /** Column index (0-based) per recognised key. */
  index: Partial<Record<ColumnKey, number>>;
  /** Headers that matched nothing, as written. They are reported, not read. */
  ignored: string[];
  /** Coordinate systems named in coordinate headers, e.g. `经度(WGS-84)` → wgs84. */
  crsHints: { header: string; crs: CoordinateSystem }[];
}

export type ColumnsResult =
  | ({ ok: true } & ColumnMap)
  | {
      ok: false;
      /** Required columns (keys) not found; `lng`/`lat` stand for "coordinates". */
      missing: ColumnKey[];
      /** Keys named by more than one header, with those headers. */
      repeated: { key: ColumnKey; headers: string[] }[];
      ignored: string[];
    };

const normaliseHeader = (header: string): string =>
  header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[*※:]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_');

const LOOKUP: ReadonlyMap<string, ColumnKey> = new Map(
  COLUMN_KEYS.flatMap((key) => COLUMN_NAMES[key].map((name) => [normaliseHeader(name), key] as const)),
);

function crsHint(header: string): CoordinateSystem | null {
  const h = header.normalize('NFKC').toLowerCase().replace(/[\s_-]/g, '');
  if (/wgs84|gps|天地图|cgcs2000|osm/.test(h)) return 'wgs84';
  if (/gcj02|高德|腾讯|amap|火星/.test(h)) return 'gcj02';
  if (/bd09|百度|baidu/.test(h)) return 'bd09';
  return null;
}

/**
 * Recognises the header row.
 * @example
 * recogniseColumns(['序号', '站点名称', '详细地址', '经度', '纬度', '开放时间', '服务设施'])
 * // { ok: true, index: { serial: 0, name: 1, address: 2, lng: 3, lat: 4, opening_hours: 5, amenities: 6 }, ignored: [], crsHints: [] }
 */
export function recogniseColumns(headers: readonly string[]): ColumnsResult {
  const index: Partial<Record<ColumnKey, number>> = {};
  const seen = new Map<ColumnKey, string[]>();
  const ignored: string[] = [];
  const crsHints: ColumnMap['crsHints'] = [];
  headers.forEach((header, i) => {
    const key = LOOKUP.get(normaliseHeader(header));
    if (!key) {
      if (header.trim()) ignored.push(header.trim());
      return;
    }
    seen.set(key, [...(seen.get(key) ?? []), header.trim()]);
    index[key] ??= i;
    const crs = key === 'lng' || key === 'lat' || key === 'lnglat' ? crsHint(header) : null;
    if (crs) crsHints.push({ header: header.trim(), crs });
  });

  const missing: ColumnKey[] = [];
  for (const key of ['name', 'address'] as const) if (index[key] === undefined) missing.push(key);
  if (index.lnglat === undefined) {
    if (index.lng === undefined) missing.push('lng');
    if (index.lat === undefined) missing.push('lat');
  }
  for (const key of ['opening_hours', 'amenities'] as const) if (index[key] === undefined) missing.push(key);
  const repeated = [...seen].filter(([, hs]) => hs.length > 1).map(([key, hs]) => ({ key, headers: hs }));
  // Two columns both called 经度 (or 名称 and 站点名称) would make us pick one: refuse.
  if (missing.length > 0 || repeated.length > 0) return { ok: false, missing, repeated, ignored };
  return { ok: true, index, ignored, crsHints };
}

/** "站点名称 (name)" — how a column is named in error messages. */
export function columnLabel(key: ColumnKey): { zh: string; en: string } {
  const names = COLUMN_NAMES[key];
  const zh = names.find((n) => /[\u4e00-\u9fff]/.test(n)) ?? key;
  return { zh, en: key };
}
