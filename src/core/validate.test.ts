import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, validateHubCollection, validateStationCollection } from './validate.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../test/fixtures/${name}`, import.meta.url), 'utf8'));

const goodProperties = {
  name: '双井·二十二院街小哥加油站',
  kind: 'rest_station',
  amenities: ['ebike_charging'],
  opening_hours: '24/7',
  status: 'operational',
  address: '朝阳区百子湾路22号院',
  office_code: '110105016',
  host_type: 'street_facility',
  updated_at: '2026-01-10T09:00:00+08:00',
  verified_at: null,
};

function collectionOf(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}

function point(id: unknown, coordinates: unknown, properties: unknown = goodProperties) {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties };
}

describe('validateStationCollection on test/fixtures/stations-bad.geojson', () => {
  const { stations, problems } = validateStationCollection(fixture('stations-bad.geojson'));

  it('still loads the good features', () => {
    expect(stations.map((s) => s.id)).toEqual(['cy-0001', 'cy-0013']);
    expect(stations[0]?.geometry.coordinates).toEqual([116.4615, 39.8936]);
    expect(stations[1]?.properties.opening_hours).toBeNull();
  });

  it('reports every bad feature, one readable line each', () => {
    expect(problems.map(formatProblem)).toEqual([
      'feature 1 (id cy-0002): geometry.coordinates: [39.9, 116.4] look like [lat, lng]; expected [lng, lat]',
      'feature 2 (id cy-0003): properties.opening_hours: expected opening_hours in OpenStreetMap syntax, or null when the hours are not known, received nothing (missing)',
      'feature 3 (id cy-0001): id: expected an id no other feature uses, received "cy-0001" (already used by feature 0)',
      'feature 4: id: expected a non-empty string id, received nothing (missing)',
      'feature 5: id: expected a non-empty string id, received 42 (a number)',
      'feature 6 (id cy-0007): geometry.type: expected "Point", received "LineString"',
      'feature 7 (id cy-0008): geometry.coordinates: expected two finite numbers [lng, lat], received [null, 39.9]',
      'feature 8 (id cy-0009): properties.kind: expected one of "rest_station", "charging_point", "battery_swap_cabinet", received "cafe"',
      expect.stringMatching(/^feature 8 \(id cy-0009\): properties\.amenities\[1\]: expected one of "ebike_charging", .*"repair_tools", received "beer"$/),
      'feature 9 (id cy-0010): properties.colour: expected no such property (unknown properties are not allowed), received "red"',
      'feature 10: expected a GeoJSON Feature object, received "not a feature"',
      'feature 11 (id cy-0012): geometry.coordinates: expected longitude within -180..180 and latitude within -90..90, received [200, 39.9]',
      'feature 13 (id cy-0014): geometry.coordinates: [2.35, 48.85] is outside China; expected a WGS-84 [lng, lat] in China (lng 73.4..135.1, lat 3.8..53.6)',
    ]);
  });

  it('gives structured fields a program can use', () => {
    expect(problems[0]).toEqual({
      index: 1,
      id: 'cy-0002',
      field: 'geometry.coordinates',
      expected: '[lng, lat]',
      received: '[39.9, 116.4]',
      message: '[39.9, 116.4] look like [lat, lng]; expected [lng, lat]',
    });
    expect(problems.find((p) => p.field === 'properties.amenities[1]')).toMatchObject({ index: 8, received: '"beer"' });
  });
});

describe('validateStationCollection edge cases', () => {
  it('rejects things that are not a FeatureCollection, as one file-level problem', () => {
    for (const input of [null, [], 'text', { type: 'Feature' }, { type: 'FeatureCollection' }]) {
      const { stations, problems } = validateStationCollection(input);
      expect(stations).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.index).toBe(-1);
      expect(formatProblem(problems[0]!)).toMatch(/^file: expected a GeoJSON FeatureCollection with a features array, received /);
    }
  });

  it('reports NaN and Infinity coordinates (possible when data comes from code, not JSON)', () => {
    const { stations, problems } = validateStationCollection(
      collectionOf(point('a', [Number.NaN, 39.9]), point('b', [116.4, Number.POSITIVE_INFINITY]), point('c', [116.4, 39.9])),
    );
    expect(stations.map((s) => s.id)).toEqual(['c']);
    expect(problems.map(formatProblem)).toEqual([
      'feature 0 (id a): geometry.coordinates: expected two finite numbers [lng, lat], received [NaN, 39.9]',
      'feature 1 (id b): geometry.coordinates: expected two finite numbers [lng, lat], received [116.4, Infinity]',
    ]);
  });

  it('rejects coordinates with altitude, strings or a missing geometry', () => {
    const { problems } = validateStationCollection(
      collectionOf(point('a', [116.4, 39.9, 50]), point('b', ['116.4', '39.9']), { type: 'Feature', id: 'c', properties: goodProperties }),
    );
    expect(problems.map(formatProblem)).toEqual([
      'feature 0 (id a): geometry.coordinates: expected [lng, lat]: two numbers, received [116.4, 39.9, 50]',
      'feature 1 (id b): geometry.coordinates: expected two finite numbers [lng, lat], received ["116.4", "39.9"]',
      'feature 2 (id c): geometry: expected a Point geometry, received nothing (missing)',
    ]);
  });

  it('reports several problems of one feature together and drops it', () => {
    const { stations, problems } = validateStationCollection(
      collectionOf(point('x', [39.9, 116.4], { ...goodProperties, status: 'temporarily_closed', phone: 'call us' })),
    );
    expect(stations).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(['geometry.coordinates', 'properties.phone', 'properties.closure']);
  });

  it('requires a closure reason when a station is temporarily closed', () => {
    const { problems } = validateStationCollection(collectionOf(point('x', [116.4, 39.9], { ...goodProperties, status: 'temporarily_closed' })));
    expect(problems.map(formatProblem)).toEqual([
      'feature 0 (id x): properties.closure: a temporarily closed station needs closure.reason; received nothing (missing)',
    ]);
  });

  it('accepts null hours and an empty feature list', () => {
    expect(validateStationCollection(collectionOf()).problems).toEqual([]);
    const { stations } = validateStationCollection(collectionOf(point('x', [116.4, 39.9], { ...goodProperties, opening_hours: null })));
    expect(stations[0]?.properties.opening_hours).toBeNull();
  });
});

describe('validateHubCollection', () => {
  it('keeps good hubs and reports bad kinds', () => {
    const hubProps = { name: '双井配送站', kind: 'delivery_depot', address: '朝阳区广渠路1号', office_code: '110105016' };
    const { hubs, problems } = validateHubCollection(
      collectionOf(point('hub-1', [116.46, 39.89], hubProps), point('hub-2', [116.47, 39.89], { ...hubProps, kind: 'rest_station' })),
    );
    expect(hubs.map((h) => h.id)).toEqual(['hub-1']);
    expect(problems.map(formatProblem)).toEqual([
      'feature 1 (id hub-2): properties.kind: expected one of "delivery_depot", "dispatch_point", "drivers_home", received "rest_station"',
    ]);
  });
});
