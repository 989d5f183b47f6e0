/**
 * The committed sample data in data/: valid, complete, consistent, and exactly what the
 * generator makes (so nobody hand-edits a file and forgets the script, or vice versa).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanClockwise, distance } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, OUTPUT_FILES, generate, readInputs } from '../../scripts/generate-data.ts';
import { officeAt, officePropertiesSchema } from '../../src/core/offices.ts';
import type { Office } from '../../src/core/offices.ts';
import { hubPropertiesSchema, stationPropertiesSchema } from '../../src/core/station.ts';
import type { Hub, LngLat, Station } from '../../src/core/station.ts';
import { validateHubCollection, validateStationCollection } from '../../src/core/validate.ts';

const read = (name: string) => readFileSync(join(DATA_DIR, name), 'utf8');
const features = <T>(name: string) => (JSON.parse(read(name)) as { features: T[] }).features;

const stations = features<Station>('stations.geojson');
const hubs = features<Hub>('hubs.geojson');
const offices = features<Office>('offices.geojson');
const csvRows = read('chaoyang-subdistricts.csv')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => line.split(','));

const SHUANGJING: LngLat = [116.4626, 39.893];
const metresFromShuangjing = (s: Station) => distance(SHUANGJING, s.geometry.coordinates, { units: 'meters' });

describe('data/stations.geojson', () => {
  it('holds 2,912 stations that all pass the schema and the loader', () => {
    expect(stations).toHaveLength(2912);
    const failures = stations.filter((s) => !stationPropertiesSchema.safeParse(s.properties).success).map((s) => s.id);
    expect(failures).toEqual([]);
    const { stations: loaded, problems } = validateStationCollection(JSON.parse(read('stations.geojson')));
    expect(problems).toEqual([]);
    expect(loaded).toHaveLength(2912);
  });

  it('uses unique string ids and WGS-84 points in Chaoyang, [lng, lat]', () => {
    expect(new Set(stations.map((s) => s.id)).size).toBe(stations.length);
    for (const s of stations) {
      expect(typeof s.id).toBe('string');
      const [lng, lat] = s.geometry.coordinates;
      expect(lng).toBeGreaterThan(116.3);
      expect(lng).toBeLessThan(116.7);
      expect(lat).toBeGreaterThan(39.8);
      expect(lat).toBeLessThan(40.12);
    }
  });

  it("puts every station inside its office's polygon", () => {
    const misplaced = stations.filter((s) => officeAt(offices, s.geometry.coordinates)?.id !== s.properties.office_code);
    expect(misplaced.map((s) => s.id)).toEqual([]);
  });

  it('includes the two stations named in DOMAIN.md', () => {
    const byId = new Map(stations.map((s) => [s.id, s]));
    const yuanjie = byId.get('cy-shuangjing-22yuanjie');
    expect(yuanjie?.properties).toMatchObject({
      name: '双井·二十二院街小哥加油站',
      opening_hours: '24/7',
      status: 'operational',
      office_code: '110105016',
    });
    expect(yuanjie?.properties.amenities).toEqual(
      expect.arrayContaining(['ebike_charging', 'phone_charging', 'drinking_water', 'microwave', 'raincoats', 'seating']),
    );
    expect(metresFromShuangjing(yuanjie as Station)).toBeLessThan(5);
    expect(byId.get('cy-jiangtai-jiangxiaoai')?.properties).toMatchObject({ name: '将小爱暖新益站', office_code: '110105023' });
  });

  it('gives 双井 a varied neighbourhood within 1 km (the browser tests rely on it)', () => {
    const near = stations.filter((s) => metresFromShuangjing(s) <= 1000).map((s) => s.properties);
    const alwaysOpenCharging = near.filter(
      (p) => p.status === 'operational' && p.opening_hours === '24/7' && p.amenities.includes('ebike_charging'),
    );
    expect(alwaysOpenCharging.length).toBeGreaterThanOrEqual(3);
    expect(near.some((p) => p.status === 'operational' && p.opening_hours === 'Mo-Su 07:00-22:00')).toBe(true);
    expect(near.some((p) => p.status === 'operational' && p.opening_hours === '22:00-06:00')).toBe(true);
    expect(near.some((p) => p.status === 'temporarily_closed' && p.closure?.until)).toBe(true);
    expect(near.some((p) => p.opening_hours === null)).toBe(true);
    // The hand-placed ones keep fixed ids, whatever the random stations are numbered.
    const fixed = stations.filter((s) => /^cy-shuangjing-\d\d$/.test(s.id));
    expect(fixed).toHaveLength(11);
    for (const s of fixed) expect(metresFromShuangjing(s), s.id).toBeLessThan(1000);
  });

  it('has a realistic mix of hours and statuses', () => {
    const share = (pred: (s: Station) => boolean) => stations.filter(pred).length / stations.length;
    expect(share((s) => s.properties.opening_hours === '24/7')).toBeGreaterThan(0.4);
    expect(share((s) => s.properties.opening_hours === '24/7')).toBeLessThan(0.52);
    expect(share((s) => s.properties.opening_hours === null)).toBeGreaterThan(0.003);
    expect(share((s) => s.properties.status === 'temporarily_closed')).toBeGreaterThan(0.008);
    expect(stations.some((s) => s.properties.status === 'permanently_closed')).toBe(true);
    expect(stations.some((s) => s.properties.holiday_hours !== undefined)).toBe(true);
    for (const s of stations.filter((x) => x.properties.status === 'temporarily_closed')) {
      expect(s.properties.closure?.reason, s.id).toBeTruthy();
      expect(s.properties.closure?.until, s.id).toMatch(/^202[67]-/);
    }
  });
});

describe('data/hubs.geojson', () => {
  it('holds about 100 valid hubs, each inside its office', () => {
    expect(hubs.length).toBeGreaterThanOrEqual(90);
    expect(hubs.length).toBeLessThanOrEqual(110);
    expect(validateHubCollection(JSON.parse(read('hubs.geojson'))).problems).toEqual([]);
    expect(new Set(hubs.map((h) => h.id)).size).toBe(hubs.length);
    expect(new Set(hubs.map((h) => h.properties.office_code)).size).toBe(43);
    for (const h of hubs) {
      expect(hubPropertiesSchema.safeParse(h.properties).success, h.id).toBe(true);
      expect(officeAt(offices, h.geometry.coordinates)?.id, h.id).toBe(h.properties.office_code);
    }
  });
});

describe('data/offices.geojson', () => {
  it('has one jurisdiction per official street office, with the official code and name', () => {
    expect(offices).toHaveLength(43);
    expect(offices.map((o) => [o.properties.code, o.properties.name])).toEqual(csvRows);
    for (const o of offices) {
      expect(o.id).toBe(o.properties.code);
      expect(officePropertiesSchema.safeParse(o.properties).success, o.id).toBe(true);
      expect(['Polygon', 'MultiPolygon']).toContain(o.geometry.type);
      expect(officeAt(offices, o.properties.centre)?.id, o.id).toBe(o.id);
    }
  });

  it('winds outer rings counter-clockwise (RFC 7946)', () => {
    for (const o of offices) {
      const polygons = o.geometry.type === 'Polygon' ? [o.geometry.coordinates] : o.geometry.coordinates;
      for (const polygon of polygons) expect(booleanClockwise(polygon[0] as LngLat[]), o.id).toBe(false);
    }
  });
});

describe('the generator', () => {
  let generated: ReturnType<typeof generate>;
  beforeAll(() => {
    generated = generate(readInputs());
  });

  it.each(OUTPUT_FILES)('reproduces data/%s byte for byte', (name) => {
    expect(generated.files[name] === read(name), `data/${name} differs from the generator's output; run npm run data`).toBe(true);
  });

  it('gives the same output on a second run', () => {
    expect(generate(readInputs()).files).toEqual(generated.files);
  });
});
