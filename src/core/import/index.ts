/**
 * The station-sheet importer and exporter (pure: text and bytes in, values out).
 *
 *   bytes ─ decodeSheetBytes ─ text ─ parseStationSheet ─ rows ─ findDuplicates
 *                                                          └─ sheetRowToStation ─ Station
 *   Station[] ─ stationsToCsv ─ CSV text (UTF-8 with BOM)
 */
export { amenityWord, amenityWordsToVocabulary, AMENITY_WORDS, type AmenityWordsResult } from './amenityWords.ts';
export { chineseHoursToOsm, type ChineseHoursResult, type HoursFailureCode } from './chineseHours.ts';
export { decodeSheetBytes, type DecodedSheet, type SheetEncoding, type SheetEncodingChoice } from './decodeText.ts';
export { findDuplicates, normaliseStationName, type DuplicateCandidate, type DuplicateMatch } from './duplicates.ts';
export { neutraliseCell, stationsToCsv } from './exportCsv.ts';
export { importMessage, type ImportMessage, type ImportMessageCode, type MessageLevel } from './messages.ts';
export {
  parseStationSheet,
  sheetRowToStation,
  type ParseSheetOptions,
  type ParseSheetResult,
  type RowStatus,
  type SheetRow,
} from './parseSheet.ts';
export { COLUMN_NAMES, recogniseColumns, type ColumnKey, type ColumnMap, type CoordinateSystem } from './sheetColumns.ts';
export { readCoordinates, toWgs84 } from './sheetCoordinates.ts';
