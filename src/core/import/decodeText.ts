/**
 * Bytes of an uploaded sheet → text.
 *
 * Chinese Excel saves "CSV" in the system code page (GBK, a subset of GB18030), "CSV UTF-8"
 * as UTF-8 with a BOM, and "Unicode text" as UTF-16LE with a BOM. A byte order mark decides
 * when there is one. Without one, a *fatal* UTF-8 decoder is the detector: GBK text of any
 * length is almost never valid UTF-8, so if UTF-8 decoding fails we read GB18030.
 *
 * The caller may override the choice (the console offers it when the preview looks wrong);
 * an override decodes leniently and counts the replacement characters it had to insert.
 */

export type SheetEncodingChoice = 'auto' | 'utf-8' | 'gb18030';
export type SheetEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedSheet {
  text: string;
  encoding: SheetEncoding;
  /** A byte order mark was present (and removed from `text`). */
  hadBom: boolean;
  /** U+FFFD characters produced by undecodable bytes; 0 for a clean decode. */
  replacementChars: number;
}

const BOMS: { encoding: SheetEncoding; bytes: number[] }[] = [
  { encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
  { encoding: 'gb18030', bytes: [0x84, 0x31, 0x95, 0x33] },
  { encoding: 'utf-16le', bytes: [0xff, 0xfe] },
  { encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

function bomOf(bytes: Uint8Array): { encoding: SheetEncoding; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

function decodeLenient(bytes: Uint8Array, encoding: SheetEncoding): string {
  // ignoreBOM: BOMs are stripped by us, so a second U+FEFF stays visible as content.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

function countReplacements(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\uFFFD') n++;
  return n;
}

/**
 * Decodes the bytes of a CSV sheet.
 *
 * @param bytes the file as uploaded
 * @param encoding 'auto' (default) detects: BOM first, then UTF-8 if the bytes are valid UTF-8,
 *   else GB18030 (which covers GBK). 'utf-8' or 'gb18030' forces that decoding.
 * @example
 * decodeSheetBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3])) // { text: '你好', encoding: 'gb18030', hadBom: false, replacementChars: 0 }
 */
export function decodeSheetBytes(bytes: Uint8Array, encoding: SheetEncodingChoice = 'auto'): DecodedSheet {
  const bom = bomOf(bytes);
  if (encoding !== 'auto') {
    // The caller knows better; only a BOM of the chosen encoding is removed.
    const strip = bom && bom.encoding === encoding ? bom.length : 0;
    const text = decodeLenient(bytes.subarray(strip), encoding);
    return { text, encoding, hadBom: strip > 0, replacementChars: countReplacements(text) };
  }
  if (bom) {
    const text = decodeLenient(bytes.subarray(bom.length), bom.encoding);
    return { text, encoding: bom.encoding, hadBom: true, replacementChars: countReplacements(text) };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', hadBom: false, replacementChars: 0 };
  } catch {
    const text = decodeLenient(bytes, 'gb18030');
    return { text, encoding: 'gb18030', hadBom: false, replacementChars: countReplacements(text) };
  }
}
