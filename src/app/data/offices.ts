/**
 * Reads offices.geojson (jurisdiction polygons) down to what the rider screen shows: code and
 * name. The polygons themselves go into the base-map tiles, not into the app.
 */
import type { Office, SourceProblem } from './stationSource.ts';

const CODE = /^\d{9}$/;

/**
 * @example parseOffices({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: '110105016', name: '双井街道' }, geometry: null }] })
 */
export function parseOffices(json: unknown): { offices: Office[]; problems: SourceProblem[] } {
  const offices: Office[] = [];
  const problems: SourceProblem[] = [];
  const features = isRecord(json) && Array.isArray(json.features) ? json.features : null;
  if (!features) {
    problems.push({
      file: 'offices', index: -1, field: '', expected: 'a GeoJSON FeatureCollection',
      received: typeof json, message: 'expected a GeoJSON FeatureCollection',
    });
    return { offices, problems };
  }
  features.forEach((feature: unknown, index: number) => {
    const props = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const code = [props.code, props.office_code, isRecord(feature) ? feature.id : undefined].find(
      (c): c is string => typeof c === 'string' && CODE.test(c),
    );
    const name = typeof props.name === 'string' && props.name.trim() ? props.name.trim() : null;
    if (!code || !name) {
      problems.push({
        file: 'offices', index, field: code ? 'properties.name' : 'properties.code',
        expected: code ? 'a name' : 'a 9-digit office code', received: JSON.stringify(code ? props.name : props.code) ?? 'nothing',
        message: code ? 'the office has no name' : 'the office has no 9-digit code',
      });
      return;
    }
    const office: Office = { code, name };
    if (typeof props.name_en === 'string' && props.name_en.trim()) office.name_en = props.name_en.trim();
    offices.push(office);
  });
  return { offices, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
