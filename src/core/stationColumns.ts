/**
 * Station columns: the same stations as stations.geojson, one array per field instead of one
 * object per station. Every station repeats the same sixteen property names and the same
 * `{"type":"Feature","geometry":{"type":"Point",…}}` wrapping; written once per column, the file
 * compresses to about three quarters of the GeoJSON (brotli), which is what a rider's first visit
 * on a weak connection waits for.
 *
 * It is a derived encoding for downloads, not a second format: the GeoJSON stays the reference
 * (data/SCHEMA.md). Decoding gives back a FeatureCollection that goes through
 * `validateStationCollection` like the GeoJSON, so a bad cell becomes the same precise problem.
 *
 * ```json
 * { "type": "StationColumns", "version": 1, "count": 2,
 *   "id": ["cy-0001", "cy-0002"], "lng": [116.45514, 116.448111], "lat": [39.901452, 39.911102],
 *   "properties": { "name": ["秀水街社区暖新驿站", "大北窑小哥加油站"], "phone": [null, "010-89269923"], … } }
 * ```
 *
 * A `null` cell means "absent" for an optional property, and the value `null` for a property
 * that is required but nullable (`opening_hours`, `verified_at`): the schema says which is which.
 */
import { z } from 'zod/mini';
import { describe, isObject } from './problemText.ts';
import { stationPropertiesSchema } from './station.ts';
import type { Station } from './station.ts';

export const STATION_COLUMNS_TYPE = 'StationColumns';
export const STATION_COLUMNS_VERSION = 1;

export interface StationColumns {
  type: typeof STATION_COLUMNS_TYPE;
  version: typeof STATION_COLUMNS_VERSION;
  /** Number of stations; every column has exactly this many cells. */
  count: number;
  id: string[];
  /** WGS-84 longitude of each station, degrees. */
  lng: number[];
  /** WGS-84 latitude of each station, degrees. */
  lat: number[];
  /** One column per property name that any station has, in the schema's order. */
  properties: Record<string, unknown[]>;
}

export type DecodedColumns =
  | { ok: true; collection: { type: 'FeatureCollection'; features: unknown[] } }
  | { ok: false; reason: string };

const SCHEMA_KEYS: readonly string[] = Object.keys(stationPropertiesSchema.shape);

/**
 * Properties whose `null` is a value: the schema accepts null for them. For every other property
 * a `null` cell means "absent". Read from the schema so the two cannot drift apart; a property
 * that accepted both null and absence could not be told apart here, and a unit test checks that
 * none does.
 */
export const NULL_IS_VALUE: ReadonlySet<string> = new Set(
  Object.entries(stationPropertiesSchema.shape)
    .filter(([, schema]) => z.safeParse(schema, null).success)
    .map(([key]) => key),
);

/**
 * Writes stations as columns, in the order given.
 *
 * @example
 * const columns = encodeStationColumns(stations);
 * writeFileSync('dist/data/stations.columns.json', JSON.stringify(columns));
 */
export function encodeStationColumns(stations: readonly Station[]): StationColumns {
  const present = new Set<string>();
  for (const s of stations) for (const key of Object.keys(s.properties)) present.add(key);
  // Schema order first (a decoded station then reads like one in the GeoJSON), anything else after.
  const keys = [...SCHEMA_KEYS.filter((k) => present.has(k)), ...[...present].filter((k) => !SCHEMA_KEYS.includes(k))];

  const properties: Record<string, unknown[]> = {};
  for (const key of keys) setOwn(properties, key, stations.map((s) => (s.properties as Record<string, unknown>)[key] ?? null));
  return {
    type: STATION_COLUMNS_TYPE,
    version: STATION_COLUMNS_VERSION,
    count: stations.length,
    id: stations.map((s) => s.id),
    lng: stations.map((s) => s.geometry.coordinates[0]),
    lat: stations.map((s) => s.geometry.coordinates[1]),
    properties,
  };
}

/**
 * Turns a parsed columns file back into a GeoJSON FeatureCollection, or says why it cannot.
 * Only the file's shape is checked here (type, version, columns of `count` cells); the cells are
 * left to `validateStationCollection`, the one gate for station data.
 *
 * @example
 * const decoded = decodeStationColumns(await response.json());
 * if (!decoded.ok) throw new Error(decoded.reason);
 * const { stations, problems } = validateStationCollection(decoded.collection);
 */
export function decodeStationColumns(json: unknown): DecodedColumns {
  if (!isObject(json)) return refuse(`expected a ${STATION_COLUMNS_TYPE} object, received ${describe(json)}`);
  if (json.type !== STATION_COLUMNS_TYPE) return refuse(`expected type "${STATION_COLUMNS_TYPE}", received ${describe(json.type)}`);
  if (json.version !== STATION_COLUMNS_VERSION) {
    return refuse(`expected version ${STATION_COLUMNS_VERSION}, received ${describe(json.version)} (a newer format needs a newer app)`);
  }
  const count = json.count;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    return refuse(`expected count to be a whole number of stations, received ${describe(count)}`);
  }
  if (!isObject(json.properties)) return refuse(`expected properties to be an object of columns, received ${describe(json.properties)}`);

  const columns: [name: string, cells: unknown][] = [
    ['id', json.id],
    ['lng', json.lng],
    ['lat', json.lat],
    ...Object.entries(json.properties).map(([key, cells]): [string, unknown] => [`properties.${key}`, cells]),
  ];
  for (const [name, cells] of columns) {
    if (!Array.isArray(cells)) return refuse(`expected ${name} to be an array of ${count} cells, received ${describe(cells)}`);
    if (cells.length !== count) return refuse(`columns of unequal length: ${name} has ${cells.length} cells, count is ${count}`);
  }

  const ids = json.id as unknown[];
  const lngs = json.lng as unknown[];
  const lats = json.lat as unknown[];
  const propertyColumns = Object.entries(json.properties as Record<string, unknown[]>);
  const nullIsValue = propertyColumns.map(([key]) => NULL_IS_VALUE.has(key));
  const features: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const properties: Record<string, unknown> = {};
    propertyColumns.forEach(([key, cells], k) => {
      const cell = cells[i];
      if (cell !== null || nullIsValue[k]) setOwn(properties, key, cell);
    });
    features[i] = { type: 'Feature', id: ids[i], geometry: { type: 'Point', coordinates: [lngs[i], lats[i]] }, properties };
  }
  return { ok: true, collection: { type: 'FeatureCollection', features } };
}

/** `target[key] = value`, except that a key "__proto__" (JSON.parse makes such keys) stays a plain property. */
function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

function refuse(reason: string): DecodedColumns {
  return { ok: false, reason };
}
