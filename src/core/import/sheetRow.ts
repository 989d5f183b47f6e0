/**
 * One sheet row (its cells by column) → what it would become as a station, and what to say
 * about it. Pure and row-local; numbering, CSV syntax and cross-row checks live in parseSheet.ts
 * and duplicates.ts.
 */
import {
  stationPropertiesSchema,
  type HostType,
  type LngLat,
  type StationKind,
  type StationProperties,
} from '../station.ts';
import { amenityWordsToVocabulary } from './amenityWords.ts';
import { chineseHoursToOsm } from './chineseHours.ts';
import { importMessage, type ImportMessage } from './messages.ts';
import { columnLabel, type ColumnKey, type CoordinateSystem } from './sheetColumns.ts';
import { readAdminFields } from './sheetRowAdmin.ts';
import { readCoordinates, splitLngLatCell } from './sheetCoordinates.ts';

export type RowStatus = 'ok' | 'warning' | 'rejected';

export interface RowOptions {
  crs: CoordinateSystem;
  /** The importing office; rows naming another office are rejected. */
  officeCode?: string;
  now: Date;
  /** Used when the sheet has no such column (or the cell is empty). `kind` defaults to rest_station. */
  defaults?: { kind?: StationKind; host_type?: HostType };
}

export interface RowContent {
  status: RowStatus;
  /** Why the row is rejected (level error). Empty unless status is 'rejected'. */
  reasons: ImportMessage[];
  /** What to look at before committing (level warning). */
  warnings: ImportMessage[];
  /** Conversions the preview shows (level info): hours, amenities, coordinates. */
  notes: ImportMessage[];
  /** From the 编号/id column, when the sheet has one (an update of that station). */
  id?: string;
  /** From 序号: the office's own running number, shown in the preview. */
  serial?: string;
  /** From 备注: not stored in the station, shown in the preview. */
  note?: string;
  /** As much of the station as could be read. */
  properties: Partial<StationProperties>;
  /** The properties pass the station schema: the row can become a station as it is. */
  complete: boolean;
  /** WGS-84, converted from the stated coordinate system; null when rejected for coordinates. */
  lngLat: LngLat | null;
  /** Offered when the coordinates look swapped: the swapped-back position, in WGS-84. */
  suggestedLngLat?: LngLat;
  /** Offered when no host type is given and the text hints at one. Never applied by itself. */
  suggestedHostType?: HostType;
}

type Cells = Partial<Record<ColumnKey, string>>;

const FORMULA_START = /^[=+\-@\t\r]/;
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,19}$/;
const label = (key: ColumnKey): string => `${columnLabel(key).zh} ${key}`;

/**
 * Reads one row.
 * @example
 * readSheetRow({ name: '二十二院街小哥加油站', address: '双井街道二十二院街艺术区内', lng: '116.468739',
 *   lat: '39.894326', opening_hours: '24小时', amenities: '电动车充电、饮水' }, { crs: 'gcj02', now })
 * // { status: 'warning' (no host type), properties: { opening_hours: '24/7', … }, lngLat: [116.4626, 39.893], … }
 */
export function readSheetRow(rawCells: Cells, options: RowOptions): RowContent {
  const reasons: ImportMessage[] = [];
  const warnings: ImportMessage[] = [];
  const notes: ImportMessage[] = [];
  const add = (m: ImportMessage): void => {
    (m.level === 'error' ? reasons : m.level === 'warning' ? warnings : notes).push(m);
  };
  // Undo our own export's neutralisation ('=… → =…) so export → import gives the same text.
  const cells: Cells = {};
  for (const [key, value] of Object.entries(rawCells) as [ColumnKey, string][]) {
    const neutralised = /^'[=+\-@\t\r]/.test(value);
    if (neutralised) add(importMessage('apostrophe_removed', { field: label(key) }));
    cells[key] = neutralised ? value.slice(1) : value;
  }
  const cell = (key: ColumnKey): string => cells[key]?.trim() ?? '';
  const props: Partial<StationProperties> = {};

  // Text stored as written; formula-looking text is kept and flagged (exports neutralise it).
  const text = (key: 'name' | 'name_en' | 'address' | 'address_en', max: number): string | undefined => {
    const value = cell(key);
    if (!value) return undefined;
    if (value.length > max) add(importMessage('field_too_long', { field: label(key), max }));
    if (FORMULA_START.test(value)) add(importMessage('formula_like_text', { field: label(key) }));
    return value;
  };
  const name = text('name', 120);
  if (name) props.name = name;
  else add(importMessage('missing_name'));
  const address = text('address', 200);
  if (address) props.address = address;
  else add(importMessage('missing_address'));
  const nameEn = text('name_en', 160);
  if (nameEn) props.name_en = nameEn;
  const addressEn = text('address_en', 240);
  if (addressEn) props.address_en = addressEn;

  const id = cell('id') || undefined;
  if (id && !ID_PATTERN.test(id)) add(importMessage('invalid_id', { value: id }));

  // Coordinates: 经度 + 纬度, or one 经纬度 cell.
  let lngCell = cell('lng');
  let latCell = cell('lat');
  if (!lngCell && !latCell && cell('lnglat')) {
    const split = splitLngLatCell(cell('lnglat'));
    if (split) ({ lng: lngCell, lat: latCell } = split);
    else add(importMessage('coordinates_unreadable', { field: '经纬度 lnglat', value: cell('lnglat') }));
  }
  let lngLat: LngLat | null = null;
  let suggestedLngLat: LngLat | undefined;
  if (reasons.every((r) => r.code !== 'coordinates_unreadable')) {
    const coords = readCoordinates(lngCell, latCell, options.crs);
    if (coords.ok) {
      lngLat = coords.lngLat;
      coords.messages.forEach(add);
    } else {
      add(coords.reason);
      suggestedLngLat = coords.suggestedLngLat;
    }
  }

  // Hours: converted, or unknown (null) with a warning. Never guessed.
  const hours = cell('opening_hours');
  if (!hours) {
    props.opening_hours = null;
    add(importMessage('hours_missing'));
  } else {
    const h = chineseHoursToOsm(hours);
    if (h.ok) {
      props.opening_hours = h.osm;
      add(importMessage('hours_converted', { from: hours, to: h.osm, note: h.note, noteZh: h.noteZh }));
    } else {
      props.opening_hours = null;
      add(importMessage('hours_unreadable', { value: hours, reason: h.reason, reasonZh: h.reasonZh }));
    }
  }
  const holidayHours = cell('holiday_hours');
  if (holidayHours) {
    const h = chineseHoursToOsm(holidayHours);
    if (h.ok) props.holiday_hours = h.osm;
    else add(importMessage('hours_unreadable', { value: holidayHours, reason: h.reason, reasonZh: h.reasonZh }));
  }

  const amenityCell = cell('amenities');
  const { amenities, unknown } = amenityWordsToVocabulary(amenityCell);
  props.amenities = amenities;
  if (amenityCell) add(importMessage('amenities_converted', { from: amenityCell, to: amenities.join(', ') || '—' }));
  if (unknown.length > 0) add(importMessage('amenities_unknown', { words: unknown.join('、') }));

  const phone = cell('phone').normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-');
  if (phone) {
    if (PHONE_PATTERN.test(phone)) props.phone = phone;
    else add(importMessage('phone_unreadable', { value: cell('phone') }));
  }

  const admin = readAdminFields(cell, options, add, { name, address });
  Object.assign(props, admin.properties);
  props.updated_at = options.now.toISOString();

  // Anything the schema still refuses that no message above explains (e.g. an office code of
  // the wrong shape) rejects the row; fields we already warned about only make it incomplete.
  const parsed = stationPropertiesSchema.safeParse(props);
  const explained = new Set(['kind', 'host_type', 'status', 'closure', 'office_code', 'name', 'address']);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      const absent = props[field as keyof StationProperties] === undefined;
      if (explained.has(field) && absent) continue;
      if (reasons.some((r) => r.code === 'field_too_long')) continue;
      add(importMessage('field_invalid', { field, detail: issue.message }));
    }
  }

  const content: RowContent = {
    status: reasons.length > 0 ? 'rejected' : warnings.length > 0 ? 'warning' : 'ok',
    reasons,
    warnings,
    notes,
    properties: props,
    complete: parsed.success && reasons.length === 0 && lngLat !== null,
    lngLat,
  };
  if (id) content.id = id;
  if (cell('serial')) content.serial = cell('serial');
  if (cell('note')) content.note = cell('note');
  if (suggestedLngLat) content.suggestedLngLat = suggestedLngLat;
  if (admin.suggestedHostType) content.suggestedHostType = admin.suggestedHostType;
  return content;
}
