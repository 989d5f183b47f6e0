/**
 * The one gate for station and hub files. Bad features become precise, readable problems
 * (which feature, which field, what was expected, what arrived); good features in the same
 * file still load. Nothing here throws on bad input.
 */
import type { z } from 'zod/mini';
import { describe, isObject, issueToProblems } from './problemText.ts';
import { hubPropertiesSchema, stationPropertiesSchema } from './station.ts';
import type { Hub, LngLat, Station } from './station.ts';

export interface ValidationProblem {
  /** Position of the feature in `features`; -1 for a problem with the file as a whole. */
  index: number;
  /** The feature's id, when it has a usable one. */
  id?: string;
  /** Dotted path inside the feature, e.g. `properties.amenities[1]`; `''` for the whole thing. */
  field: string;
  expected: string;
  received: string;
  /** The human sentence, without the "feature N" prefix (see `formatProblem`). */
  message: string;
}

/** Rough bounds of China (WGS-84), wide enough for the South China Sea islands. */
const CHINA = { minLng: 73.4, maxLng: 135.1, minLat: 3.8, maxLat: 53.6 };

/**
 * Checks a parsed stations GeoJSON file and keeps every feature that is valid.
 *
 * @example
 * const { stations, problems } = validateStationCollection(JSON.parse(text));
 * problems.forEach((p) => console.error(formatProblem(p)));
 */
export function validateStationCollection(json: unknown): { stations: Station[]; problems: ValidationProblem[] } {
  const { features, problems } = validateCollection(json, stationPropertiesSchema);
  return { stations: features as Station[], problems };
}

/**
 * Checks a parsed hubs GeoJSON file and keeps every feature that is valid.
 *
 * @example
 * const { hubs } = validateHubCollection(JSON.parse(text));
 */
export function validateHubCollection(json: unknown): { hubs: Hub[]; problems: ValidationProblem[] } {
  const { features, problems } = validateCollection(json, hubPropertiesSchema);
  return { hubs: features as Hub[], problems };
}

/**
 * One line per problem.
 *
 * @example
 * formatProblem(p) // "feature 12 (id cy-0042): geometry.coordinates: [39.9, 116.4] look like [lat, lng]; expected [lng, lat]"
 */
export function formatProblem(p: ValidationProblem): string {
  const where = p.index < 0 ? 'file' : p.id !== undefined ? `feature ${p.index} (id ${p.id})` : `feature ${p.index}`;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: LngLat };
  properties: unknown;
}

function validateCollection(
  json: unknown,
  schema: z.ZodMiniType,
): { features: PointFeature[]; problems: ValidationProblem[] } {
  const problems: ValidationProblem[] = [];
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    const received = isObject(json) ? `an object with type ${describe(json.type)}` : describe(json);
    problems.push(problem(-1, undefined, '', 'a GeoJSON FeatureCollection with a features array', received));
    return { features: [], problems };
  }
  const features: PointFeature[] = [];
  const firstIndexOfId = new Map<string, number>();
  json.features.forEach((feature: unknown, index: number) => {
    const own: ValidationProblem[] = [];
    const add = (id: string | undefined, field: string, expected: string, received: string, message?: string) =>
      own.push(problem(index, id, field, expected, received, message));

    if (!isObject(feature)) {
      add(undefined, '', 'a GeoJSON Feature object', describe(feature));
      problems.push(...own);
      return;
    }
    const id = typeof feature.id === 'string' && feature.id.trim() !== '' ? feature.id : undefined;
    if (feature.type !== 'Feature') add(id, 'type', '"Feature"', describe(feature.type));

    if (id === undefined) {
      const kind = typeof feature.id === 'number' ? ' (a number)' : '';
      add(undefined, 'id', 'a non-empty string id', `${describe(feature.id)}${kind}`);
    } else if (firstIndexOfId.has(id)) {
      add(id, 'id', 'an id no other feature uses', `${describe(id)} (already used by feature ${firstIndexOfId.get(id)})`);
    } else {
      firstIndexOfId.set(id, index);
    }

    const coordinates = checkGeometry(feature.geometry, (field, expected, received, message) =>
      add(id, field, expected, received, message),
    );

    if (!isObject(feature.properties)) {
      add(id, 'properties', 'a properties object', describe(feature.properties));
    } else {
      const parsed = schema.safeParse(feature.properties);
      if (parsed.success && own.length === 0 && coordinates && id !== undefined) {
        features.push({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties: parsed.data });
      }
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          for (const p of issueToProblems(issue, feature.properties)) add(id, p.field, p.expected, p.received, p.message);
        }
      }
    }
    problems.push(...own);
  });
  return { features, problems };
}

type Report = (field: string, expected: string, received: string, message?: string) => void;

/** Returns `[lng, lat]` when the geometry is a usable WGS-84 point in China, else reports why. */
function checkGeometry(geometry: unknown, report: Report): LngLat | undefined {
  if (!isObject(geometry)) {
    report('geometry', 'a Point geometry', describe(geometry));
    return undefined;
  }
  if (geometry.type !== 'Point') {
    report('geometry.type', '"Point"', describe(geometry.type));
    return undefined;
  }
  const c = geometry.coordinates;
  const field = 'geometry.coordinates';
  if (!Array.isArray(c) || c.length !== 2) {
    report(field, '[lng, lat]: two numbers', describe(c));
    return undefined;
  }
  const [a, b] = c as unknown[];
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b)) {
    report(field, 'two finite numbers [lng, lat]', describe(c));
    return undefined;
  }
  const shown = describe(c);
  if (looksLikeLatLngInChina([a, b])) {
    report(field, '[lng, lat]', shown, `${shown} look like [lat, lng]; expected [lng, lat]`);
    return undefined;
  }
  if (a < -180 || a > 180 || b < -90 || b > 90) {
    report(field, 'longitude within -180..180 and latitude within -90..90', shown);
    return undefined;
  }
  if (!inChina(a, b)) {
    const expected = `a WGS-84 [lng, lat] in China (lng ${CHINA.minLng}..${CHINA.maxLng}, lat ${CHINA.minLat}..${CHINA.maxLat})`;
    report(field, expected, shown, `${shown} is outside China; expected ${expected}`);
    return undefined;
  }
  return [a, b];
}

/**
 * True when `[a, b]` is not a point in China but `[b, a]` is: someone wrote latitude first.
 *
 * @example
 * looksLikeLatLngInChina([39.9, 116.4]) // true
 */
export function looksLikeLatLngInChina([a, b]: readonly [number, number]): boolean {
  return inChina(b, a) && !inChina(a, b);
}

function inChina(lng: number, lat: number): boolean {
  return lng >= CHINA.minLng && lng <= CHINA.maxLng && lat >= CHINA.minLat && lat <= CHINA.maxLat;
}

function problem(
  index: number,
  id: string | undefined,
  field: string,
  expected: string,
  received: string,
  message = `expected ${expected}, received ${received}`,
): ValidationProblem {
  return id === undefined ? { index, field, expected, received, message } : { index, id, field, expected, received, message };
}
