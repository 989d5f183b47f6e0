import { describe, expect, test } from 'vitest';
import { isConfig, isMapAsset, isStationData, isTile } from './matchers.ts';

const u = (path: string) => new URL(path, 'https://stations.example');

describe('service worker routes', () => {
  test('station data: the published files and the whole collection, not deltas', () => {
    expect(isStationData(u('/data/stations.columns.json'), '/')).toBe(true);
    expect(isStationData(u('/data/stations.geojson'), '/')).toBe(true);
    expect(isStationData(u('/data/hubs.geojson'), '/')).toBe(true);
    expect(isStationData(u('/config.json'), '/')).toBe(false);
    expect(isStationData(u('/api/stations'), '/')).toBe(true);
    expect(isStationData(u('/api/stations?since=41'), '/')).toBe(false);
    expect(isStationData(u('/api/stations/cy-0001'), '/')).toBe(false);
    expect(isStationData(u('/app/data/stations.columns.json'), '/app/')).toBe(true);
    expect(isStationData(u('/data/stations.columns.json'), '/app/')).toBe(false);
  });

  test('tiles: the embedded set and z/x/y paths of other servers', () => {
    expect(isTile(u('/tiles/default/13/6743/3104.pbf'), '/')).toBe(true);
    expect(isTile(new URL('https://tiles.example/v1/14/13486/6208.png'), '/')).toBe(true);
    expect(isTile(new URL('https://tiles.example/v1/14/13486/6208@2x.webp'), '/')).toBe(true);
    expect(isTile(u('/assets/index-abc.js'), '/')).toBe(false);
  });

  test('glyphs, sprites and styles are map assets; config.json is config', () => {
    expect(isMapAsset(new URL('https://fonts.example/Noto%20Sans%20Bold/0-255.pbf'))).toBe(true);
    expect(isMapAsset(new URL('https://maps.example/sprites/basic@2x.png'))).toBe(true);
    expect(isMapAsset(new URL('https://maps.example/sprite.json'))).toBe(true);
    expect(isMapAsset(u('/styles/default.json'))).toBe(true);
    expect(isMapAsset(u('/config.json'))).toBe(false);
    expect(isConfig(u('/config.json'), '/')).toBe(true);
  });
});
