import { readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { stationPropertiesSchema } from './station.ts';
import type { Station, StationProperties } from './station.ts';
import { decodeStationColumns, encodeStationColumns, NULL_IS_VALUE } from './stationColumns.ts';
import { formatProblem, validateStationCollection } from './validate.ts';

const sampleText = readFileSync(new URL('../../data/stations.geojson', import.meta.url), 'utf8');

const bare: StationProperties = {
  name: '双井·二十二院街小哥加油站',
  kind: 'rest_station',
  amenities: ['ebike_charging', 'drinking_water'],
  opening_hours: '24/7',
  status: 'operational',
  address: '朝阳区百子湾路22号院',
  office_code: '110105016',
  host_type: 'street_facility',
  updated_at: '2026-01-10T09:00:00+08:00',
  verified_at: null,
};

const full: StationProperties = {
  name: '劲松暖新驿站',
  name_en: 'Jinsong Warm Home Station',
  kind: 'rest_station',
  amenities: ['phone_charging', 'hot_water', 'microwave'],
  opening_hours: 'Mo-Fr 08:30-17:30; PH off',
  holiday_hours: '10:00-16:00',
  status: 'temporarily_closed',
  closure: { reason: '内部装修', from: '2026-11-01T00:00:00+08:00', until: '2026-12-31T00:00:00+08:00' },
  address: '北京市朝阳区劲松路1号',
  address_en: 'No. 1 Jinsong Road, Chaoyang District, Beijing',
  phone: '010-87761022',
  office_code: '110105017',
  host_type: 'community_building',
  updated_at: '2026-11-04T10:00:00+08:00',
  verified_at: '2026-10-30T09:00:00+08:00',
  version: 7,
};

const station = (id: string, coordinates: [number, number], properties: StationProperties): Station => ({
  type: 'Feature',
  id,
  geometry: { type: 'Point', coordinates },
  properties,
});

/** Encode, through JSON text as on the wire, decode, and pass the one validator. */
function throughColumns(stations: readonly Station[]) {
  const decoded = decodeStationColumns(JSON.parse(JSON.stringify(encodeStationColumns(stations))));
  if (!decoded.ok) throw new Error(decoded.reason);
  return { decoded: decoded.collection, ...validateStationCollection(decoded.collection) };
}

describe('round trip', () => {
  it('gives back every station of data/stations.geojson, feature for feature and key for key', () => {
    const sample = JSON.parse(sampleText) as { features: Station[] };
    const { stations, problems } = validateStationCollection(sample);
    expect(stations).toHaveLength(2912);
    const back = throughColumns(stations);
    expect(back.problems).toEqual([]);
    expect(back.stations).toEqual(stations);
    // Not only equal values: the same JSON, so key order and null-versus-absent survive too.
    expect(JSON.stringify(back.decoded.features)).toBe(JSON.stringify(sample.features));
  });

  it('keeps absent optional properties absent, present ones present, and null hours null', () => {
    const stations = [
      station('cy-bare', [116.4626, 39.893], bare),
      station('cy-full', [116.4611, 39.8871], full),
      station('cy-unknown-hours', [116.47, 39.9], { ...bare, opening_hours: null, phone: '400-820-1234' }),
      station('cy-closed', [116.45, 39.91], { ...bare, status: 'temporarily_closed', closure: { reason: '停电' } }),
    ];
    const back = throughColumns(stations);
    expect(back.problems).toEqual([]);
    expect(back.stations).toEqual(stations);
    expect(Object.keys(back.stations[0]!.properties)).toEqual(Object.keys(bare));
    expect(back.stations[2]!.properties.opening_hours).toBeNull();
    expect(back.stations[3]!.properties.closure).toEqual({ reason: '停电' });
  });

  it('writes one column per property any station has, null where a station lacks it', () => {
    const columns = encodeStationColumns([station('a', [116.46, 39.89], bare), station('b', [116.47, 39.9], { phone: '010-87761022', ...bare })]);
    expect(columns).toMatchObject({ type: 'StationColumns', version: 1, count: 2, id: ['a', 'b'], lng: [116.46, 116.47], lat: [39.89, 39.9] });
    // The schema's order, whatever order the stations had their keys in.
    expect(Object.keys(columns.properties)).toEqual([
      'name', 'kind', 'amenities', 'opening_hours', 'status', 'address', 'phone', 'office_code', 'host_type', 'updated_at', 'verified_at',
    ]);
    expect(columns.properties.phone).toEqual([null, '010-87761022']);
    expect(columns.properties.verified_at).toEqual([null, null]);
  });

  it('handles no stations at all', () => {
    expect(encodeStationColumns([])).toEqual({ type: 'StationColumns', version: 1, count: 0, id: [], lng: [], lat: [], properties: {} });
    expect(throughColumns([])).toMatchObject({ stations: [], problems: [] });
  });
});

describe('what a null cell means, read from the schema', () => {
  it('is the value null for opening_hours and verified_at, absence for every other property', () => {
    expect([...NULL_IS_VALUE].sort()).toEqual(['opening_hours', 'verified_at']);
  });

  it('is never ambiguous: no property accepts both null and absence', () => {
    const both = Object.entries(stationPropertiesSchema.shape)
      .filter(([, schema]) => z.safeParse(schema, null).success && z.safeParse(schema, undefined).success)
      .map(([key]) => key);
    expect(both).toEqual([]);
  });
});

describe('refused files', () => {
  const good = () => JSON.parse(JSON.stringify(encodeStationColumns([station('a', [116.46, 39.89], bare), station('b', [116.47, 39.9], full)])));
  const reason = (json: unknown) => {
    const decoded = decodeStationColumns(json);
    return decoded.ok ? 'accepted' : decoded.reason;
  };

  it('says what it expected and what arrived', () => {
    expect(reason('{"type":"StationColumns"}')).toBe('expected a StationColumns object, received "{\\"type\\":\\"StationColumns\\"}"');
    expect(reason(null)).toBe('expected a StationColumns object, received null');
    expect(reason({ type: 'FeatureCollection', features: [] })).toBe('expected type "StationColumns", received "FeatureCollection"');
    expect(reason({ ...good(), version: 2 })).toBe('expected version 1, received 2 (a newer format needs a newer app)');
    expect(reason({ ...good(), count: -1 })).toBe('expected count to be a whole number of stations, received -1');
    expect(reason({ ...good(), properties: [] })).toBe('expected properties to be an object of columns, received []');
  });

  it('refuses columns of unequal length, and a column that is not an array', () => {
    const shortLat = good();
    shortLat.lat.pop();
    expect(reason(shortLat)).toBe('columns of unequal length: lat has 1 cells, count is 2');
    const longName = good();
    longName.properties.name.push('多余');
    expect(reason(longName)).toBe('columns of unequal length: properties.name has 3 cells, count is 2');
    const notArray = good();
    notArray.properties.kind = 'rest_station';
    expect(reason(notArray)).toBe('expected properties.kind to be an array of 2 cells, received "rest_station"');
    const noIds = good();
    delete noIds.id;
    expect(reason(noIds)).toBe('expected id to be an array of 2 cells, received nothing (missing)');
  });
});

describe('bad cells come out of the one validator as they would from GeoJSON', () => {
  const stations = [station('cy-0001', [116.46, 39.89], bare), station('cy-0002', [116.47, 39.9], full), station('cy-0003', [116.45, 39.91], bare)];

  it('swapped lat/lng, an unknown amenity, a number id, a missing name', () => {
    const columns = JSON.parse(JSON.stringify(encodeStationColumns(stations)));
    const geojson = JSON.parse(JSON.stringify({ type: 'FeatureCollection', features: stations }));
    [columns.lng[0], columns.lat[0]] = [39.89, 116.46];
    geojson.features[0].geometry.coordinates = [39.89, 116.46];
    columns.properties.amenities[1] = ['phone_charging', 'beer'];
    geojson.features[1].properties.amenities = ['phone_charging', 'beer'];
    columns.id[2] = 42;
    geojson.features[2].id = 42;
    columns.properties.name[2] = null;
    delete geojson.features[2].properties.name;

    const decoded = decodeStationColumns(columns);
    if (!decoded.ok) throw new Error(decoded.reason);
    const fromColumns = validateStationCollection(decoded.collection);
    const fromGeojson = validateStationCollection(geojson);
    expect(fromColumns).toEqual(fromGeojson);
    expect(fromColumns.problems.map(formatProblem)).toEqual([
      'feature 0 (id cy-0001): geometry.coordinates: [39.89, 116.46] look like [lat, lng]; expected [lng, lat]',
      expect.stringMatching(/^feature 1 \(id cy-0002\): properties\.amenities\[1\]: expected one of "ebike_charging", .*, received "beer"$/),
      'feature 2: id: expected a non-empty string id, received 42 (a number)',
      'feature 2: properties.name: expected a value of type string, received nothing (missing)',
    ]);
  });

  it('a column the schema does not know, even one named __proto__, is an unknown property, not a prototype', () => {
    const columns = JSON.parse(JSON.stringify(encodeStationColumns(stations.slice(0, 1))));
    columns.properties = JSON.parse(`{${JSON.stringify(columns.properties).slice(1, -1)},"__proto__":["x"]}`);
    const decoded = decodeStationColumns(columns);
    if (!decoded.ok) throw new Error(decoded.reason);
    const { stations: loaded, problems } = validateStationCollection(decoded.collection);
    expect(loaded).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'feature 0 (id cy-0001): properties.__proto__: expected no such property (unknown properties are not allowed), received "x"',
    ]);
    expect(Object.getPrototypeOf((decoded.collection.features[0] as { properties: object }).properties)).toBe(Object.prototype);
  });
});
