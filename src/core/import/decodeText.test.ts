import { describe, expect, it } from 'vitest';
import { decodeSheetBytes } from './decodeText.ts';

// 站点名称 in GBK, written out so the test does not depend on an encoder.
const GBK_NAME = [0xd5, 0xbe, 0xb5, 0xe3, 0xc3, 0xfb, 0xb3, 0xc6];
const utf8 = (s: string): number[] => [...new TextEncoder().encode(s)];
const bytes = (...parts: number[][]): Uint8Array => new Uint8Array(parts.flat());

describe('decodeSheetBytes', () => {
  it('reads GBK bytes (no BOM, not valid UTF-8) as GB18030', () => {
    expect(decodeSheetBytes(bytes(GBK_NAME, [0x2c, 0x61]))).toEqual({
      text: '站点名称,a',
      encoding: 'gb18030',
      hadBom: false,
      replacementChars: 0,
    });
  });

  it('reads valid UTF-8 without a BOM as UTF-8', () => {
    expect(decodeSheetBytes(bytes(utf8('站点名称,经度')))).toMatchObject({ text: '站点名称,经度', encoding: 'utf-8', hadBom: false });
  });

  it('removes a UTF-8 BOM and says it was there', () => {
    expect(decodeSheetBytes(bytes([0xef, 0xbb, 0xbf], utf8('名称')))).toMatchObject({ text: '名称', encoding: 'utf-8', hadBom: true });
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode text")', () => {
    const le = [0xff, 0xfe, ...[...'名称\t经度'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    expect(decodeSheetBytes(bytes(le))).toMatchObject({ text: '名称\t经度', encoding: 'utf-16le', hadBom: true });
  });

  it('reads a GB18030 BOM', () => {
    expect(decodeSheetBytes(bytes([0x84, 0x31, 0x95, 0x33], GBK_NAME))).toMatchObject({ text: '站点名称', encoding: 'gb18030', hadBom: true });
  });

  it('lets the caller override the detection, and counts what did not decode', () => {
    const forced = decodeSheetBytes(bytes(GBK_NAME), 'utf-8');
    expect(forced.encoding).toBe('utf-8');
    expect(forced.replacementChars).toBeGreaterThan(0);
    // Valid UTF-8 forced through GB18030 decodes to other characters, without error.
    expect(decodeSheetBytes(bytes(utf8('名称')), 'gb18030')).toMatchObject({ encoding: 'gb18030', hadBom: false });
    expect(decodeSheetBytes(bytes([0xef, 0xbb, 0xbf], utf8('名称')), 'utf-8')).toMatchObject({ text: '名称', hadBom: true });
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeSheetBytes(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', hadBom: false });
  });
});
