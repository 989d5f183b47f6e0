import { describe, expect, it } from 'vitest';
import { hubFeatures, singlePoint, stationFeatures } from './ownData.ts';

describe('own layer data', () => {
  it('draws each station at its map position with its id and tone', () => {
    const stations = new Map([
      ['b', { mapLngLat: [116.47, 39.89] as [number, number], tone: 'open' as const }],
      ['a', { mapLngLat: [116.46, 39.9] as [number, number], tone: 'closed' as const }],
    ]);
    expect(stationFeatures(stations)).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [116.47, 39.89] }, properties: { id: 'b', tone: 'open' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [116.46, 39.9] }, properties: { id: 'a', tone: 'closed' } },
    ]);
  });

  it('draws hubs with their ids', () => {
    expect(hubFeatures([{ id: 'h1', mapLngLat: [116.5, 39.95] }])).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [116.5, 39.95] }, properties: { id: 'h1' } },
    ]);
  });

  it('draws one point or none', () => {
    expect(singlePoint([116.4, 39.9])).toHaveLength(1);
    expect(singlePoint(null)).toEqual([]);
    expect(singlePoint(undefined)).toEqual([]);
  });
});
