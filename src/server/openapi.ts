/**
 * The OpenAPI 3.0 description served at /api/openapi.json, written by hand beside the routes.
 * A test checks that every /api route appears here with its method.
 */
import { parameters, responses, schemas } from './openapiComponents.ts';

const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const geojson = (schema: object) => ({ content: { 'application/geo+json': { schema } } });
const ok = (description: string, body?: object) => ({ description, ...(body ?? {}) });
const writeParams = [ref('parameters', 'csrf'), ref('parameters', 'idempotencyKey')];
const errors = (...names: string[]) => Object.fromEntries(names.map((n) => [{ BadRequest: 400, Unauthenticated: 401, Forbidden: 403, NotFound: 404, Conflict: 409, Unprocessable: 422 }[n], ref('responses', n)]));

export const openApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'Courier rest stations API',
    version: '1.0.0',
    description:
      'Street offices edit their stations; riders read the published collection. Errors are { error: { code, message, details } }. ' +
      'Sessions use an HttpOnly cookie (__Host-session over HTTPS, stations-session on plain-http localhost); every POST/PATCH/DELETE ' +
      'except login needs X-CSRF-Token. A point on a boundary shared by two offices belongs to the lower office code.',
  },
  components: {
    schemas,
    parameters,
    responses,
    securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: '__Host-session' } },
  },
  paths: {
    '/api/stations': {
      get: {
        summary: 'The published stations, or changes since a data version',
        parameters: [
          { name: 'since', in: 'query', schema: { type: 'integer', minimum: 0 } },
          { name: 'If-None-Match', in: 'header', schema: { type: 'string' } },
        ],
        responses: {
          200: ok('Whole collection (strong ETag, X-Data-Version) or, with ?since, { version, changed, deleted }.', {
            content: { 'application/geo+json': { schema: ref('schemas', 'StationCollection') }, 'application/json': { schema: ref('schemas', 'Changes') } },
          }),
          304: ok('Not modified'),
          410: ok('?since is newer than the server: fetch everything again'),
          ...errors('BadRequest'),
        },
      },
      post: {
        summary: 'Create a station inside your office',
        security: [{ session: [] }],
        parameters: writeParams,
        requestBody: { required: true, ...json(ref('schemas', 'StationInput')) },
        responses: { 201: ok('Created', geojson(ref('schemas', 'Station'))), ...errors('BadRequest', 'Unauthenticated', 'Forbidden', 'Unprocessable') },
      },
    },
    '/api/stations/{id}': {
      parameters: [ref('parameters', 'id')],
      get: { summary: 'One published station (ETag = version)', responses: { 200: ok('The station', geojson(ref('schemas', 'Station'))), ...errors('NotFound') } },
      patch: {
        summary: 'Change a station (If-Match required)',
        security: [{ session: [] }],
        parameters: [...writeParams, { ...parameters.ifMatch, required: true }],
        requestBody: { required: true, ...json(ref('schemas', 'StationPatch')) },
        responses: { 200: ok('Updated', json(ref('schemas', 'Station'))), 428: ok('If-Match missing'), ...errors('BadRequest', 'Unauthenticated', 'Forbidden', 'NotFound', 'Conflict', 'Unprocessable') },
      },
      delete: {
        summary: 'Delete a station (a tombstone; revert brings it back)',
        security: [{ session: [] }],
        parameters: [...writeParams, ref('parameters', 'ifMatch')],
        responses: { 200: ok('Deleted: { id, version, deleted: true }'), ...errors('Unauthenticated', 'Forbidden', 'NotFound', 'Conflict') },
      },
    },
    '/api/stations/{id}/history': {
      parameters: [ref('parameters', 'id')],
      get: { summary: 'Every version with who, when and what changed', security: [{ session: [] }], responses: { 200: ok('History', json(ref('schemas', 'History'))), ...errors('Unauthenticated', 'NotFound') } },
    },
    '/api/stations/{id}/revert': {
      parameters: [ref('parameters', 'id')],
      post: {
        summary: 'Write an old version again as a new version',
        security: [{ session: [] }],
        parameters: [...writeParams, ref('parameters', 'ifMatch')],
        requestBody: { required: true, ...json({ type: 'object', required: ['version'], properties: { version: { type: 'integer' } } }) },
        responses: { 200: ok('Reverted', json(ref('schemas', 'Station'))), ...errors('BadRequest', 'Unauthenticated', 'Forbidden', 'NotFound', 'Conflict') },
      },
    },
    '/api/session': {
      get: { summary: 'Who am I, and the CSRF token', responses: { 200: ok('Session', json(ref('schemas', 'Session'))), ...errors('Unauthenticated') } },
      post: {
        summary: 'Log in (rate-limited per account and address before hashing)',
        requestBody: { required: true, ...json({ type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } }) },
        responses: { 200: ok('Logged in; sets the session cookie', json(ref('schemas', 'Session'))), 429: ok('Too many attempts; Retry-After says when'), ...errors('BadRequest', 'Unauthenticated') },
      },
      delete: { summary: 'Log out', parameters: [ref('parameters', 'csrf')], responses: { 204: ok('Logged out'), ...errors('Unauthenticated', 'Forbidden') } },
    },
    '/api/imports': {
      post: {
        summary: 'Preview an import (CSV in UTF-8 or GBK, or GeoJSON)',
        security: [{ session: [] }],
        parameters: writeParams,
        requestBody: { required: true, ...json(ref('schemas', 'ImportRequest')) },
        responses: { 201: ok('Preview', json(ref('schemas', 'ImportPreview'))), ...errors('BadRequest', 'Unauthenticated', 'Forbidden', 'Unprocessable') },
      },
    },
    '/api/imports/{id}/commit': {
      parameters: [ref('parameters', 'id')],
      post: {
        summary: 'Apply a preview in one transaction (all or nothing)',
        security: [{ session: [] }],
        parameters: writeParams,
        requestBody: { ...json({ type: 'object', properties: { includeDuplicates: { type: 'array', items: { type: 'integer' } } } }) },
        responses: { 200: ok('Committed: { id, added, updated, version }'), 410: ok('Preview expired'), ...errors('Unauthenticated', 'Forbidden', 'NotFound', 'Conflict') },
      },
    },
    '/api/export.geojson': { get: { summary: 'Download stations as GeoJSON', parameters: [ref('parameters', 'office')], responses: { 200: ok('GeoJSON file', geojson(ref('schemas', 'StationCollection'))) } } },
    '/api/export.csv': { get: { summary: 'Download stations as CSV for Excel (UTF-8 BOM, formulas neutralised)', parameters: [ref('parameters', 'office')], responses: { 200: ok('CSV file', { content: { 'text/csv': { schema: { type: 'string' } } } }) } } },
    '/api/offices': { get: { summary: 'Street office jurisdiction polygons (id = 9-digit code)', responses: { 200: ok('FeatureCollection of Polygon/MultiPolygon features') } } },
    '/api/reports': {
      post: {
        summary: 'A rider reports a problem with a station (no account; at most 20 new reports per address an hour)',
        requestBody: { required: true, ...json(ref('schemas', 'ReportSubmission')) },
        responses: {
          201: ok('Stored', json({ type: 'object', properties: { report: ref('schemas', 'ReportStatusView') } })),
          200: ok('The same submission again: the stored report, with Idempotent-Replayed: true', json({ type: 'object', properties: { report: ref('schemas', 'ReportStatusView') } })),
          404: ok('station_not_found: the station does not exist or was deleted'),
          409: ok('report_id_conflict: this id was already used for a different report'),
          429: ok('too_many_reports: Retry-After (and details.retryAfterSeconds) says when'),
          ...errors('BadRequest'),
        },
      },
      get: {
        summary: 'The office\'s reports, newest first (an editor gets only its own office\'s)',
        security: [{ session: [] }],
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['unanswered', 'all', 'open', 'acknowledged', 'resolved', 'dismissed'], default: 'unanswered' } },
          { ...parameters.office, description: 'Admins: one office. An editor asking for another office gets an empty list.' },
        ],
        responses: { 200: ok('Reports', json({ type: 'object', properties: { reports: { type: 'array', items: ref('schemas', 'OfficeReport') } } })), ...errors('BadRequest', 'Unauthenticated') },
      },
    },
    '/api/reports/status': {
      get: {
        summary: 'What became of some reports (public; anyone holding an id may ask)',
        parameters: [{ name: 'ids', in: 'query', required: true, schema: { type: 'string' }, description: '1–50 report UUIDs, comma-separated' }],
        responses: { 200: ok('The reports that exist (unknown ids are left out)', json({ type: 'object', properties: { reports: { type: 'array', items: ref('schemas', 'ReportStatusView') } } })), ...errors('BadRequest') },
      },
    },
    '/api/reports/{id}': {
      parameters: [ref('parameters', 'id')],
      patch: {
        summary: 'Answer a report: status and a reply for the rider (If-Match: the revision)',
        security: [{ session: [] }],
        parameters: [...writeParams, ref('parameters', 'reportIfMatch')],
        requestBody: { required: true, ...json(ref('schemas', 'ReportAnswer')) },
        responses: {
          200: ok('Answered', json({ type: 'object', properties: { report: ref('schemas', 'OfficeReport') } })),
          409: ok('version_conflict: details.current is the report as it is now', json(ref('schemas', 'Error'))),
          428: ok('If-Match missing'),
          ...errors('BadRequest', 'Unauthenticated', 'Forbidden', 'NotFound'),
        },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: ok('OpenAPI 3.0') } } },
  },
};
