/** Reusable parts of the OpenAPI document: schemas, parameters and responses. */
import { REPORT_KINDS, REPORT_NOTE_MAX_CHARS, REPORT_REPLY_MAX_CHARS, REPORT_STATUSES } from '../core/report.ts';
import { AMENITIES, HOST_TYPES, STATION_KINDS, STATION_STATUSES } from '../core/station.ts';

const str = { type: 'string' };
const dateTime = { type: 'string', format: 'date-time' };
const lngLat = { type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2, description: '[lng, lat], WGS-84' };
const uuid = { type: 'string', format: 'uuid' };
const reportStatus = { type: 'string', enum: [...REPORT_STATUSES] };
const nullableStr = { type: 'string', nullable: true };
const nullableDateTime = { ...dateTime, nullable: true };

export const schemas = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'details'],
        properties: { code: str, message: str, details: { nullable: true, description: 'Depends on the code, e.g. field problems or the current station.' } },
      },
    },
  },
  StationProperties: {
    type: 'object',
    additionalProperties: false,
    description: 'See data/SCHEMA.md. version and updated_at are set by the server.',
    required: ['name', 'kind', 'amenities', 'opening_hours', 'status', 'address', 'office_code', 'host_type', 'updated_at', 'verified_at'],
    properties: {
      name: str, name_en: str, address: str, address_en: str, phone: str,
      kind: { type: 'string', enum: [...STATION_KINDS] },
      amenities: { type: 'array', items: { type: 'string', enum: [...AMENITIES] } },
      opening_hours: { type: 'string', nullable: true, description: 'OpenStreetMap opening_hours syntax; null = unknown' },
      holiday_hours: str,
      status: { type: 'string', enum: [...STATION_STATUSES] },
      closure: { type: 'object', properties: { reason: str, from: dateTime, until: dateTime }, required: ['reason'] },
      office_code: { type: 'string', pattern: '^\\d{9}$' },
      host_type: { type: 'string', enum: [...HOST_TYPES] },
      updated_at: dateTime,
      verified_at: { ...dateTime, nullable: true },
      version: { type: 'integer', minimum: 1 },
    },
  },
  Station: {
    type: 'object',
    required: ['type', 'id', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: str,
      geometry: { type: 'object', required: ['type', 'coordinates'], properties: { type: { type: 'string', enum: ['Point'] }, coordinates: lngLat } },
      properties: { $ref: '#/components/schemas/StationProperties' },
    },
  },
  StationCollection: {
    type: 'object',
    required: ['type', 'features'],
    properties: { type: { type: 'string', enum: ['FeatureCollection'] }, features: { type: 'array', items: { $ref: '#/components/schemas/Station' } } },
  },
  Changes: {
    type: 'object',
    required: ['version', 'changed', 'deleted'],
    properties: {
      version: { type: 'integer', description: 'Pass as ?since= next time.' },
      changed: { type: 'array', items: { $ref: '#/components/schemas/Station' } },
      deleted: { type: 'array', items: { type: 'object', properties: { id: str, version: { type: 'integer' } } } },
    },
  },
  StationInput: {
    type: 'object',
    additionalProperties: false,
    required: ['geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      geometry: { type: 'object', properties: { type: { type: 'string', enum: ['Point'] }, coordinates: lngLat } },
      properties: { type: 'object', description: 'StationProperties; office_code, updated_at and version are the server\'s. status defaults to operational, amenities to [], verified_at to null.' },
    },
  },
  StationPatch: {
    type: 'object',
    additionalProperties: false,
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: str,
      geometry: { type: 'object', properties: { type: { type: 'string', enum: ['Point'] }, coordinates: lngLat } },
      properties: { type: 'object', description: 'Fields to change. null removes an optional field (opening_hours and verified_at take null as a value).' },
    },
  },
  Session: {
    type: 'object',
    properties: {
      user: { type: 'object', properties: { username: str, role: { type: 'string', enum: ['editor', 'admin'] }, officeCode: { type: 'string', nullable: true } } },
      csrfToken: { type: 'string', description: 'Send as X-CSRF-Token on every POST, PATCH and DELETE.' },
      expiresAt: dateTime,
    },
  },
  History: {
    type: 'object',
    properties: {
      id: str,
      version: { type: 'integer' },
      deleted: { type: 'boolean' },
      versions: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            version: { type: 'integer' },
            action: { type: 'string', enum: ['seed', 'create', 'update', 'delete', 'revert', 'import'] },
            by: str, at: dateTime, note: { type: 'string', nullable: true }, deleted: { type: 'boolean' },
            changes: { type: 'array', items: str },
            station: { $ref: '#/components/schemas/Station' },
          },
        },
      },
    },
  },
  ImportRequest: {
    type: 'object',
    additionalProperties: false,
    required: ['format', 'crs', 'content'],
    properties: {
      format: { type: 'string', enum: ['csv', 'geojson'] },
      crs: { type: 'string', enum: ['wgs84', 'gcj02', 'bd09'], description: 'The map the coordinates were picked on. Required: never guessed.' },
      encoding: { type: 'string', enum: ['auto', 'utf-8', 'gb18030'], description: 'CSV only; auto = BOM, else UTF-8 if valid, else GB18030 (GBK).' },
      contentEncoding: { type: 'string', enum: ['text', 'base64'], default: 'text' },
      content: str,
      fileName: str,
      defaults: { type: 'object', properties: { kind: { type: 'string', enum: [...STATION_KINDS] }, host_type: { type: 'string', enum: [...HOST_TYPES] } } },
    },
  },
  ImportPreview: {
    type: 'object',
    properties: {
      id: str, format: str, crs: str, encoding: str, expiresAt: dateTime,
      summary: { type: 'object', additionalProperties: { type: 'integer' } },
      add: { type: 'array', items: { type: 'object', description: '{ row, id, station, warnings, notes }' } },
      update: { type: 'array', items: { type: 'object', description: '{ row, id, baseVersion, changes, station, warnings, notes }' } },
      unchanged: { type: 'array', items: { type: 'object', properties: { row: { type: 'integer' }, id: str } } },
      rejected: { type: 'array', items: { type: 'object', description: '{ row, reasons: [{ code, level, params, zh, en }], suggestedLngLat? }' } },
      duplicates: { type: 'array', items: { type: 'object', description: '{ row, duplicateOf, distanceMeters, message }' } },
      held: { type: 'array', items: { type: 'object', description: 'Add rows held back as duplicates.' } },
    },
  },
  ReportSubmission: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'station_id', 'kind', 'note', 'created_at'],
    description: 'A rider report. The id (a UUID made on the device) is the delivery key: the same submission sent again is stored once.',
    properties: {
      id: uuid,
      station_id: str,
      kind: { type: 'string', enum: [...REPORT_KINDS] },
      note: { type: 'string', maxLength: REPORT_NOTE_MAX_CHARS, description: 'Required (2+ characters) for kind "other".' },
      suggested_position: { ...lngLat, description: 'wrong_location only: where the station really is, [lng, lat] WGS-84 inside Beijing.' },
      created_at: { ...dateTime, description: 'The device clock when the rider pressed send (informational).' },
    },
  },
  ReportStatusView: {
    type: 'object',
    required: ['id', 'station_id', 'status', 'reply', 'received_at', 'answered_at'],
    properties: { id: uuid, station_id: str, status: reportStatus, reply: nullableStr, received_at: dateTime, answered_at: nullableDateTime },
  },
  OfficeReport: {
    type: 'object',
    required: ['id', 'station_id', 'station_name', 'office_code', 'kind', 'note', 'suggested_position', 'created_at', 'received_at', 'status', 'reply', 'answered_at', 'answered_by', 'revision'],
    properties: {
      id: uuid, station_id: str,
      station_name: { type: 'string', description: 'The name when the report arrived.' },
      office_code: { type: 'string', description: 'The station\'s office when the report arrived.' },
      kind: { type: 'string', enum: [...REPORT_KINDS] },
      note: str,
      suggested_position: { ...lngLat, nullable: true },
      created_at: dateTime, received_at: dateTime, status: reportStatus, reply: nullableStr, answered_at: nullableDateTime, answered_by: nullableStr,
      revision: { type: 'integer', minimum: 1, description: 'Send as If-Match when answering.' },
    },
  },
  ReportAnswer: {
    type: 'object',
    additionalProperties: false,
    required: ['status', 'reply'],
    properties: {
      status: reportStatus,
      reply: { type: 'string', nullable: true, maxLength: REPORT_REPLY_MAX_CHARS, description: 'Shown to the rider; required for dismissed.' },
    },
  },
};

export const parameters = {
  id: { name: 'id', in: 'path', required: true, schema: str },
  ifMatch: { name: 'If-Match', in: 'header', schema: str, description: 'The station version you saw, e.g. "3".' },
  reportIfMatch: { name: 'If-Match', in: 'header', required: true, schema: str, description: 'The report revision you saw, e.g. "1".' },
  idempotencyKey: { name: 'Idempotency-Key', in: 'header', schema: str, description: 'Retries with the same key get the stored response.' },
  csrf: { name: 'X-CSRF-Token', in: 'header', required: true, schema: str },
  office: { name: 'office', in: 'query', schema: { type: 'string', pattern: '^\\d{9}$' } },
};

const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });

export const responses = {
  BadRequest: error('Invalid body, query or header; details lists the fields.'),
  Unauthenticated: error('No session.'),
  Forbidden: error('CSRF token missing or wrong, or the point lies in another office.'),
  NotFound: error('No such station (also for another office\'s station).'),
  Conflict: error('Stale version: details.current is the station as it is now.'),
  Unprocessable: error('The station or file is not valid; details says why.'),
};
