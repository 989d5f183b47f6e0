/**
 * An uploaded file (CSV or GeoJSON, in the coordinate system the office states) → one
 * `Candidate` per row or feature, in WGS-84, with the importer's messages. Whole-file problems
 * (no header, unreadable JSON, a coordinate header naming another system) throw a 422.
 */
import { decodeSheetBytes } from '../../core/import/decodeText.ts';
import type { SheetEncoding, SheetEncodingChoice } from '../../core/import/decodeText.ts';
import type { ImportMessage } from '../../core/import/messages.ts';
import { parseStationSheet } from '../../core/import/parseSheet.ts';
import type { ColumnKey, CoordinateSystem } from '../../core/import/sheetColumns.ts';
import { readCoordinates } from '../../core/import/sheetCoordinates.ts';
import type { LngLat, StationProperties } from '../../core/station.ts';
import { checkJsonShape } from '../bodyParser.ts';
import { ApiError } from '../errors.ts';

export interface Candidate {
  /** 1-based: the data row under the header (CSV) or the feature's position (GeoJSON). */
  row: number;
  id?: string;
  rejected: boolean;
  reasons: ImportMessage[];
  warnings: ImportMessage[];
  notes: ImportMessage[];
  properties: Partial<StationProperties>;
  /** Property names the file speaks about; on an update the others keep their current value. */
  present: Set<string>;
  lngLat: LngLat | null;
  suggestedLngLat?: LngLat;
  serial?: string;
  note?: string;
}

export interface ImportInput {
  format: 'csv' | 'geojson';
  crs: CoordinateSystem;
  encoding: SheetEncodingChoice;
  bytes: Uint8Array;
  /** The importing editor's office (rows naming another are rejected); none for an admin. */
  officeCode?: string;
  at: Date;
  defaults?: { kind?: StationProperties['kind']; host_type?: StationProperties['host_type'] };
}

export interface ReadResult {
  candidates: Candidate[];
  encoding: SheetEncoding;
}

/** Which station property each sheet column feeds. */
const COLUMN_PROPERTY: Partial<Record<ColumnKey, keyof StationProperties>> = {
  name: 'name', name_en: 'name_en', kind: 'kind', host_type: 'host_type', address: 'address',
  address_en: 'address_en', opening_hours: 'opening_hours', holiday_hours: 'holiday_hours',
  amenities: 'amenities', phone: 'phone', status: 'status', closure_reason: 'closure',
  closure_from: 'closure', closure_until: 'closure', office_code: 'office_code', verified_at: 'verified_at',
};

const unreadable = (message: ImportMessage | string): ApiError =>
  typeof message === 'string'
    ? new ApiError(422, 'unreadable_import', message)
    : new ApiError(422, 'unreadable_import', message.en, { message });

function readCsv(input: ImportInput): ReadResult {
  const decoded = decodeSheetBytes(input.bytes, input.encoding);
  const options = { crs: input.crs, now: input.at, ...(input.officeCode ? { officeCode: input.officeCode } : {}), ...(input.defaults ? { defaults: input.defaults } : {}) };
  const sheet = parseStationSheet(decoded.text, options);
  if (!sheet.ok) throw unreadable(sheet.error);
  const present = new Set<string>();
  for (const key of Object.keys(sheet.columns.index) as ColumnKey[]) {
    const property = COLUMN_PROPERTY[key];
    if (property) present.add(property);
  }
  // Defaults stand in for an absent column.
  if (input.defaults?.kind) present.add('kind');
  if (input.defaults?.host_type) present.add('host_type');
  const candidates = sheet.rows.map((r): Candidate => ({
    row: r.rowNumber,
    ...(r.id ? { id: r.id } : {}),
    rejected: r.status === 'rejected',
    reasons: r.reasons,
    warnings: r.warnings,
    notes: r.notes,
    properties: r.properties,
    present,
    lngLat: r.lngLat,
    ...(r.suggestedLngLat ? { suggestedLngLat: r.suggestedLngLat } : {}),
    ...(r.serial ? { serial: r.serial } : {}),
    ...(r.note ? { note: r.note } : {}),
  }));
  return { candidates, encoding: decoded.encoding };
}

function readGeoJson(input: ImportInput): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(input.bytes).replace(/^\uFEFF/, ''));
  } catch (err) {
    throw unreadable(`The file is not UTF-8 JSON: ${(err as Error).message}`);
  }
  checkJsonShape(json, 16);
  const features = (json as { type?: unknown; features?: unknown }).features;
  if ((json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray(features)) {
    throw unreadable('Expected a GeoJSON FeatureCollection with a features array.');
  }
  const candidates = features.map((f: unknown, index): Candidate => {
    const feature = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
    const rawProps = feature.properties;
    const props = (typeof rawProps === 'object' && rawProps !== null && !Array.isArray(rawProps) ? rawProps : {}) as Record<string, unknown>;
    const { version: _version, ...properties } = props;
    const coords = (feature.geometry as { coordinates?: unknown } | undefined)?.coordinates;
    const [lng, lat] = Array.isArray(coords) ? coords : [];
    const reading = readCoordinates(typeof lng === 'number' ? String(lng) : '', typeof lat === 'number' ? String(lat) : '', input.crs);
    const candidate: Candidate = {
      row: index + 1,
      rejected: !reading.ok,
      reasons: reading.ok ? [] : [reading.reason],
      warnings: [],
      notes: reading.ok ? reading.messages : [],
      properties: { ...properties, updated_at: input.at.toISOString() } as Partial<StationProperties>,
      present: new Set(Object.keys(properties)),
      lngLat: reading.ok ? reading.lngLat : null,
    };
    if (typeof feature.id === 'string' && feature.id !== '') candidate.id = feature.id;
    if (!reading.ok && reading.suggestedLngLat) candidate.suggestedLngLat = reading.suggestedLngLat;
    return candidate;
  });
  return { candidates, encoding: 'utf-8' };
}

export function readImportInput(input: ImportInput): ReadResult {
  return input.format === 'csv' ? readCsv(input) : readGeoJson(input);
}
