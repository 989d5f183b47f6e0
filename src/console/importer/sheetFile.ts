/**
 * A picked file, read once: its bytes, its format by extension, and (for CSV) the text as the
 * importer would decode it, so the office can see before uploading whether the encoding reads
 * right and override it when it does not.
 */
import { decodeSheetBytes } from '../../core/import/decodeText.ts';
import type { SheetEncodingChoice } from '../../core/import/decodeText.ts';

/** Keeps the upload (base64, JSON-wrapped) under the server's 8 MiB import limit. */
export const MAX_FILE_BYTES = 5.5 * 1024 * 1024;

export interface SheetFile {
  name: string;
  sizeBytes: number;
  format: 'csv' | 'geojson';
  bytes: Uint8Array;
}

export type ReadFileResult = { ok: true; file: SheetFile } | { ok: false; reason: 'tooLarge' | 'unknownType' };

export function formatOf(name: string): SheetFile['format'] | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.geojson') || lower.endsWith('.json')) return 'geojson';
  return null;
}

export async function readSheetFile(file: File): Promise<ReadFileResult> {
  const format = formatOf(file.name);
  if (!format) return { ok: false, reason: 'unknownType' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, reason: 'tooLarge' };
  return { ok: true, file: { name: file.name, sizeBytes: file.size, format, bytes: new Uint8Array(await file.arrayBuffer()) } };
}

/** The first lines as the chosen encoding reads them, and which encoding 'auto' picks. */
export function previewText(file: SheetFile, encoding: SheetEncodingChoice, lines = 4): { text: string; detected: string; replacementChars: number } {
  const decoded = decodeSheetBytes(file.bytes, encoding);
  return { text: decoded.text.split(/\r?\n/).slice(0, lines).join('\n'), detected: decoded.encoding, replacementChars: decoded.replacementChars };
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
