import { describe, expect, it } from 'vitest';
import { decideBulkDownload, forbiddenProviderOf } from './bulkPolicy.ts';
import { formatBytes } from './formatBytes.ts';

const EMBEDDED = ['https://riders.example/tiles/default/{z}/{x}/{y}.pbf'];

describe('decideBulkDownload', () => {
  it('allows the embedded default without any flag', () => {
    expect(decideBulkDownload({ allowBulkDownload: null, isEmbeddedDefault: true, tileTemplates: EMBEDDED })).toEqual({ allowed: true });
  });

  it('refuses another style unless the deployment says it may', () => {
    const own = ['https://tiles.my-city.example/{z}/{x}/{y}.pbf'];
    expect(decideBulkDownload({ allowBulkDownload: null, isEmbeddedDefault: false, tileTemplates: own })).toEqual({ allowed: false, reason: 'notAllowed' });
    expect(decideBulkDownload({ allowBulkDownload: true, isEmbeddedDefault: false, tileTemplates: own })).toEqual({ allowed: true });
    expect(decideBulkDownload({ allowBulkDownload: false, isEmbeddedDefault: true, tileTemplates: EMBEDDED })).toEqual({ allowed: false, reason: 'notAllowed' });
  });

  it.each([
    ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'osm', 'tile.openstreetmap.org'],
    ['https://a.tile.openstreetmap.org/{z}/{x}/{y}.png', 'osm', 'a.tile.openstreetmap.org'],
    ['https://t0.tianditu.gov.cn/vec_w/wmts?tk=KEY&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}', 'tianditu', 't0.tianditu.gov.cn'],
    ['https://mt1.google.com/vt/lyrs=m&x={x}&y={y}&z={z}', 'google', 'mt1.google.com'],
  ])('refuses %s even when config.json allows bulk download', (template, provider, host) => {
    expect(decideBulkDownload({ allowBulkDownload: true, isEmbeddedDefault: false, tileTemplates: [...EMBEDDED, template] })).toEqual({
      allowed: false,
      reason: 'forbiddenProvider',
      provider,
      host,
    });
  });

  it('does not mistake look-alike hosts for a provider', () => {
    expect(forbiddenProviderOf('https://notopenstreetmap.org.example/{z}/{x}/{y}.png')).toBeNull();
    expect(forbiddenProviderOf('https://mytile.openstreetmap.org.evil.example/x')).toBeNull();
    expect(forbiddenProviderOf('not a url')).toBeNull();
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [146, '146 B'],
    [4096, '4.0 KB'],
    [14_148, '14 KB'],
    [1_954_308, '1.9 MB'],
    [2_200_000_000, '2.05 GB'],
  ])('%d → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
