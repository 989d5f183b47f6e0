import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, readPrefs, restorePrefs } from './prefs.ts';
import { restoreConfig, DEFAULT_CONFIG } from './config.ts';
import { originFromSearch } from './urlParams.ts';

describe('restorePrefs', () => {
  it('fills defaults for nothing at all', () => {
    expect(restorePrefs(null)).toEqual(DEFAULT_PREFS);
  });

  it('drops unknown amenities and themes, keeps the valid rest', () => {
    const prefs = restorePrefs({ theme: 'neon', locale: 'en', filters: { needs: ['toilet', 'sauna'], only24h: true } });
    expect(prefs.theme).toBe('system');
    expect(prefs.locale).toBe('en');
    expect(prefs.filters).toEqual({ needs: ['toilet'], only24h: true, includeClosed: false });
  });

  it('keeps a remembered place only when it is a real [lng, lat]', () => {
    expect(restorePrefs({ lastPlace: { lngLat: [116.46, 39.89], source: 'hub', hubId: 'hub-007' } }).lastPlace).toEqual({
      lngLat: [116.46, 39.89],
      source: 'hub',
      hubId: 'hub-007',
    });
    expect(restorePrefs({ lastPlace: { lngLat: [39.89, 'x'], source: 'gps' } }).lastPlace).toBeNull();
  });

  it('survives storage that holds broken JSON', () => {
    expect(readPrefs({ getItem: () => '{not json' })).toEqual(DEFAULT_PREFS);
  });
});

describe('restoreConfig', () => {
  it('keeps valid fields and reports each invalid one', () => {
    const { config, warnings } = restoreConfig({ speedKmh: 12, mapStyleCrs: 'bd09', staleDataDays: -1 });
    expect(config.speedKmh).toBe(12);
    expect(config.mapStyleCrs).toBe(DEFAULT_CONFIG.mapStyleCrs);
    expect(config.staleDataDays).toBe(DEFAULT_CONFIG.staleDataDays);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('mapStyleCrs "bd09" is invalid');
  });

  it('gives the defaults for something that is not an object', () => {
    expect(restoreConfig([1, 2]).config).toEqual(DEFAULT_CONFIG);
  });
});

describe('originFromSearch', () => {
  it('reads ?at=<lng>,<lat>', () => {
    expect(originFromSearch('?at=116.4626,39.8930')).toEqual([116.4626, 39.893]);
  });

  it('refuses a latitude-first pair for Beijing and garbage', () => {
    expect(originFromSearch('?at=39.8930,116.4626')).toBeNull();
    expect(originFromSearch('?at=here')).toBeNull();
    expect(originFromSearch('')).toBeNull();
  });
});
