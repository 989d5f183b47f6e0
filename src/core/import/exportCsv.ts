/**
 * Stations → a CSV that Excel opens correctly and the importer reads back to the same stations.
 *
 * - UTF-8 with a BOM (without it, Chinese Excel reads UTF-8 as GBK and shows mojibake), CRLF.
 * - Chinese headers from sheetColumns.ts; coordinates say `(WGS-84)` so a re-import under
 *   another coordinate system is refused instead of shifting every station by 500 m.
 * - Hours in OSM syntax (read back unchanged), amenities as Chinese words, kind / host type /
 *   status as Chinese labels.
 * - Formula injection: a cell starting with = + - @ (or tab / CR) is prefixed with an
 *   apostrophe, so Excel shows text instead of running it. The importer removes exactly that
 *   apostrophe again.
 */
import type { Station } from '../station.ts';
import { amenityWord } from './amenityWords.ts';
import { COLUMN_NAMES, type ColumnKey } from './sheetColumns.ts';
import { HOST_TYPE_LABELS, KIND_LABELS, STATUS_LABELS, labelOf } from './sheetLabels.ts';

/** Columns in export order. */
const EXPORT_COLUMNS = [
  'id',
  'name',
  'name_en',
  'kind',
  'host_type',
  'address',
  'address_en',
  'lng',
  'lat',
  'opening_hours',
  'holiday_hours',
  'amenities',
  'phone',
  'status',
  'closure_reason',
  'closure_from',
  'closure_until',
  'office_code',
  'verified_at',
] as const satisfies readonly ColumnKey[];
type ExportKey = (typeof EXPORT_COLUMNS)[number];

const header = (key: ExportKey): string => {
  const name = COLUMN_NAMES[key][0] ?? key;
  return key === 'lng' || key === 'lat' ? `${name}(WGS-84)` : name;
};

/**
 * Makes a cell safe to open in a spreadsheet: text starting with = + - @, a tab or a carriage
 * return gets a leading apostrophe.
 * @example
 * neutraliseCell('=HYPERLINK("http://x","点我")') // "'=HYPERLINK(\"http://x\",\"点我\")"
 * neutraliseCell('二十二院街小哥加油站') // '二十二院街小哥加油站'
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Quotes a cell when it holds a delimiter, a quote or a line break; quotes are doubled. */
function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function cellsOf(station: Station): Record<ExportKey, string> {
  const p = station.properties;
  const [lng, lat] = station.geometry.coordinates;
  return {
    id: station.id,
    name: p.name,
    name_en: p.name_en ?? '',
    kind: labelOf(KIND_LABELS, p.kind),
    host_type: labelOf(HOST_TYPE_LABELS, p.host_type),
    address: p.address,
    address_en: p.address_en ?? '',
    lng: String(lng),
    lat: String(lat),
    opening_hours: p.opening_hours ?? '',
    holiday_hours: p.holiday_hours ?? '',
    amenities: p.amenities.map(amenityWord).join('、'),
    phone: p.phone ?? '',
    status: labelOf(STATUS_LABELS, p.status),
    closure_reason: p.closure?.reason ?? '',
    closure_from: p.closure?.from ?? '',
    closure_until: p.closure?.until ?? '',
    office_code: p.office_code,
    verified_at: p.verified_at ?? '',
  };
}

/**
 * Writes stations as an Excel-friendly CSV string (starts with U+FEFF; encode as UTF-8).
 * @example
 * const csv = stationsToCsv(stations); // '\uFEFF编号,站点名称,…\r\ncy-0001,二十二院街小哥加油站,…\r\n'
 */
export function stationsToCsv(stations: readonly Station[]): string {
  const lines = [EXPORT_COLUMNS.map(header)];
  for (const station of stations) {
    const cells = cellsOf(station);
    lines.push(EXPORT_COLUMNS.map((key) => cells[key]));
  }
  return `\uFEFF${lines.map((cells) => cells.map((c) => quoteCell(neutraliseCell(c))).join(',')).join('\r\n')}\r\n`;
}
