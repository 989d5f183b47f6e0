/**
 * Turning request bodies into stations: new ones (POST), merged ones (PATCH), and the list of
 * fields that changed. Every result passes `validateStationCollection`, the same gate the files
 * and the rider app use; its problems come back as a 422 with one precise line each.
 */
import { z } from 'zod';
import { formatProblem, validateStationCollection } from '../core/validate.ts';
import { mergePatchProperties } from '../core/patchProperties.ts';
import type { LngLat, Station } from '../core/station.ts';
import { ApiError } from './errors.ts';

/** Set by the server on every write; a client's values are ignored. */
const SERVER_FIELDS = new Set(['version', 'updated_at']);

const pointSchema = z
  .object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) })
  .strict();
const propertiesInput = z.record(z.string(), z.unknown());

export const createBodySchema = z
  .object({ type: z.literal('Feature').optional(), geometry: pointSchema, properties: propertiesInput })
  .strict();
export const patchBodySchema = z
  .object({
    type: z.literal('Feature').optional(),
    /** Allowed so a client can send back the feature it read; must then be the same id. */
    id: z.string().optional(),
    geometry: pointSchema.optional(),
    properties: propertiesInput.optional(),
  })
  .strict();
export type CreateBody = z.infer<typeof createBodySchema>;
export type PatchBody = z.infer<typeof patchBodySchema>;

function withoutServerFields(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key]) => !SERVER_FIELDS.has(key)));
}

/** Validates one feature with the shared gate; throws 422 listing every problem. */
export function checkStation(candidate: unknown): Station {
  const { stations, problems } = validateStationCollection({ type: 'FeatureCollection', features: [candidate] });
  const station = stations[0];
  if (!station || problems.length > 0) {
    const details = problems.map((p) => ({ field: p.field, expected: p.expected, received: p.received, message: formatProblem(p) }));
    throw new ApiError(422, 'invalid_station', 'The station is not valid.', details);
  }
  return station;
}

function checkOfficeField(input: Record<string, unknown>, officeCode: string): void {
  if ('office_code' in input && input.office_code !== officeCode) {
    throw new ApiError(422, 'office_mismatch', `office_code ${String(input.office_code)} does not match the office of the point (${officeCode}).`, {
      field: 'properties.office_code',
      expected: officeCode,
    });
  }
}

/** A new station from a POST body; `officeCode` comes from the jurisdiction check. */
export function newStation(id: string, body: CreateBody, officeCode: string, at: Date): Station {
  const input = withoutServerFields(body.properties);
  checkOfficeField(input, officeCode);
  return checkStation({
    type: 'Feature',
    id,
    geometry: body.geometry,
    properties: { status: 'operational', amenities: [], verified_at: null, ...input, office_code: officeCode, updated_at: at.toISOString() },
  });
}

/** The station after a PATCH: properties merged key by key, geometry replaced when given. */
export function patchedStation(current: Station, body: PatchBody, officeCode: string, at: Date): Station {
  if (body.id !== undefined && body.id !== current.id) {
    throw new ApiError(422, 'id_mismatch', `The body is for station ${body.id}, the URL for ${current.id}.`);
  }
  const input = withoutServerFields(body.properties ?? {});
  checkOfficeField(input, officeCode);
  const properties = mergePatchProperties(current.properties, input);
  properties.office_code = officeCode;
  properties.updated_at = at.toISOString();
  return checkStation({ type: 'Feature', id: current.id, geometry: body.geometry ?? current.geometry, properties });
}

/** Names of the fields that differ, `geometry` included; server fields are not counted. */
export function changedFields(before: Station, after: Station): string[] {
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  const a = before.properties as Record<string, unknown>;
  const b = after.properties as Record<string, unknown>;
  const changed = [...keys].filter((k) => !SERVER_FIELDS.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
  if (!sameLngLat(before.geometry.coordinates, after.geometry.coordinates)) changed.push('geometry');
  return changed;
}

const sameLngLat = (a: LngLat, b: LngLat): boolean => a[0] === b[0] && a[1] === b[1];
