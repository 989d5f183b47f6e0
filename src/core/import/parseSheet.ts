/**
 * A station sheet (CSV text, already decoded by decodeSheetBytes) → one preview row per data row.
 *
 * The header row may sit below a title row or two (offices like a title); it is the first of
 * the top ten rows in which two or more headers are recognised. Every data row keeps the
 * numbers an office can find it by: `rowNumber` (1 = the first row under the header), the row
 * number Excel shows (`sheetRow`), and the line in the text file (`textLine`, which differs
 * when a cell holds line breaks).
 *
 * Nothing here decides *whether* to import: rows come back ok / warning / rejected with their
 * reasons, and the caller (the server's import preview) commits what the office accepts.
 */
import Papa from 'papaparse';
import { stationPropertiesSchema, type LngLat, type Station } from '../station.ts';
import { importMessage, type ImportMessage } from './messages.ts';
import { COLUMN_KEYS, columnLabel, recogniseColumns, type ColumnKey, type ColumnMap } from './sheetColumns.ts';
import { readSheetRow, type RowContent, type RowOptions } from './sheetRow.ts';

export type { RowStatus } from './sheetRow.ts';
export type ParseSheetOptions = RowOptions;

export interface SheetRow extends RowContent {
  /** 1-based data row: 1 is the first row under the header (blank rows count, as in Excel). */
  rowNumber: number;
  /** The row number Excel shows for this row (the header's own row counts). */
  sheetRow: number;
  /** 1-based line of the CSV text where this row starts. */
  textLine: number;
  /** The cells as written, by column. */
  cells: Partial<Record<ColumnKey, string>>;
}

export type ParseSheetResult =
  | { ok: true; rows: SheetRow[]; columns: ColumnMap; headerRow: number; delimiter: string }
  | { ok: false; rows: []; error: ImportMessage };

interface RawRecord {
  cells: string[];
  textLine: number;
  errors: string[];
}

const CRS_LABEL = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' } as const;

/** Comma, tab (Excel's "Unicode text") or semicolon: whichever the first lines use most, outside quotes. */
function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  let lines = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n' && ++lines >= 5) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  return Object.entries(counts).reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0] as [string, number])[0];
}

function readRecords(text: string, delimiter: string): RawRecord[] {
  const records: RawRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      records.push({ cells: result.data, textLine: line, errors: result.errors.map((e) => e.message) });
      const end = result.meta.cursor;
      line += (text.slice(start, end).match(/\r\n|\r|\n/g) ?? []).length;
      start = end;
    },
  });
  return records;
}

const isBlank = (cells: string[]): boolean => cells.every((c) => c.trim() === '');

function findHeader(records: RawRecord[]): number {
  for (let i = 0; i < Math.min(records.length, 10); i++) {
    const cells = records[i]?.cells ?? [];
    const nonEmpty = cells.filter((c) => c.trim() !== '').length;
    const recognised = nonEmpty - recogniseColumns(cells).ignored.length;
    if (recognised >= 2) return i;
  }
  return records.findIndex((r) => !isBlank(r.cells));
}

/**
 * Parses a station sheet.
 *
 * @param text the decoded CSV (see decodeSheetBytes)
 * @param options `crs`: the map the coordinates were picked on; `officeCode`: the importing
 *   office (fills office_code, and rows naming another office are rejected); `now`: becomes
 *   updated_at; `defaults`: kind / host type for rows that do not say.
 * @example
 * const { rows } = parseStationSheet(text, { crs: 'gcj02', officeCode: '110105016', now: new Date() });
 * rows[0] // { rowNumber: 1, sheetRow: 2, status: 'ok', properties: { name: '二十二院街小哥加油站', opening_hours: '24/7', … }, lngLat: [116.4626, 39.893], … }
 */
export function parseStationSheet(text: string, options: ParseSheetOptions): ParseSheetResult {
  const clean = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(clean);
  const records = readRecords(clean, delimiter);
  const headerIndex = findHeader(records);
  const header = records[headerIndex];
  if (headerIndex < 0 || !header) return { ok: false, rows: [], error: importMessage('empty_sheet') };

  const columns = recogniseColumns(header.cells);
  if (!columns.ok) {
    if (columns.repeated.length > 0) {
      const headers = columns.repeated.map((r) => r.headers.join(' / ')).join('; ');
      return { ok: false, rows: [], error: importMessage('repeated_columns', { headers }) };
    }
    const names = columns.missing.map(columnLabel);
    const params = {
      missing: names.map((n) => `${n.zh} (${n.en})`).join(', '),
      missingZh: names.map((n) => n.zh).join('、'),
      ignored: columns.ignored.join(', '),
    };
    return { ok: false, rows: [], error: importMessage('missing_columns', params) };
  }
  const conflict = columns.crsHints.find((h) => h.crs !== options.crs);
  if (conflict) {
    const params = { header: conflict.header, named: CRS_LABEL[conflict.crs], stated: CRS_LABEL[options.crs] };
    return { ok: false, rows: [], error: importMessage('crs_conflict', params) };
  }

  const rows: SheetRow[] = [];
  const firstRowOfId = new Map<string, number>();
  for (let r = headerIndex + 1; r < records.length; r++) {
    const record = records[r];
    if (!record || isBlank(record.cells)) continue;
    const cells: Partial<Record<ColumnKey, string>> = {};
    for (const key of COLUMN_KEYS) {
      const i = columns.index[key];
      if (i !== undefined) cells[key] = record.cells[i] ?? '';
    }
    const content = readSheetRow(cells, options);
    const rowNumber = r - headerIndex;

    const csvProblems: ImportMessage[] = record.errors.map((detail) => importMessage('csv_syntax', { detail }));
    const extra = record.cells.slice(header.cells.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      const received = header.cells.length + record.cells.slice(header.cells.length).length;
      csvProblems.push(importMessage('column_count_mismatch', { expected: header.cells.length, received }));
    }
    if (content.id) {
      const first = firstRowOfId.get(content.id);
      if (first !== undefined) csvProblems.push(importMessage('duplicate_id', { id: content.id, firstRow: first }));
      else firstRowOfId.set(content.id, rowNumber);
    }
    const reasons = [...csvProblems, ...content.reasons];
    rows.push({
      ...content,
      reasons,
      status: reasons.length > 0 ? 'rejected' : content.status,
      complete: content.complete && reasons.length === 0,
      rowNumber,
      sheetRow: r + 1,
      textLine: record.textLine,
      cells,
    });
  }
  return { ok: true, rows, columns, headerRow: headerIndex + 1, delimiter };
}

/**
 * The station a complete, accepted row becomes, or null if it cannot become one as it is.
 * `id` is the row's own id (an update) or a new one the caller assigns.
 */
export function sheetRowToStation(row: SheetRow, id: string): Station | null {
  if (row.status === 'rejected' || !row.complete || !row.lngLat) return null;
  const properties = stationPropertiesSchema.safeParse(row.properties);
  if (!properties.success) return null;
  const coordinates: LngLat = [row.lngLat[0], row.lngLat[1]];
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: properties.data };
}
