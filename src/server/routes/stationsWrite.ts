/**
 * POST /api/stations, PATCH /api/stations/:id (If-Match required), DELETE /api/stations/:id
 * (a tombstone). Each check and write happens in one transaction, so two editors racing on the
 * same version cannot both win: the second gets 409 with the station as it now is.
 */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { requireSession } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { ifMatchVersion, versionEtag } from '../httpCaching.ts';
import { recordInTransaction } from '../idempotency.ts';
import type { StationRecord } from '../repository.ts';
import { changedFields, createBodySchema, newStation, patchBodySchema, patchedStation } from '../stationEdits.ts';
import { parseBody } from '../validation.ts';

type IdParams = { Params: { id: string } };

/** Ids the server mints: `st-` and 12 characters of base32 (60 random bits). */
export function newStationId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return `st-${[...randomBytes(12)].map((b) => alphabet[b % 32]).join('')}`;
}

/** 409 with the current station, so the console can show "theirs and mine". */
export function assertVersion(record: StationRecord, expected: number | undefined): void {
  if (expected !== undefined && expected !== record.version) {
    throw new ApiError(409, 'version_conflict', `You edited version ${expected}; the station is now at version ${record.version}.`, {
      currentVersion: record.version,
      current: record.station,
    }, { etag: versionEtag(record.version) });
  }
}

export function registerStationWriteRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store, jurisdictions } = ctx;

  app.post('/api/stations', async (request, reply) => {
    const { user } = requireSession(request);
    const body = parseBody(createBodySchema, request.body);
    const at = ctx.clock.now();
    const officeCode = jurisdictions.placeFor(user, body.geometry.coordinates);
    let id = newStationId();
    while (store.stations.get(id)) id = newStationId();
    const station = newStation(id, body, officeCode, at);
    // A repeat of this request would create a second station: its Idempotency-Key record is
    // written in the same transaction as the station.
    const { headers, text } = store.transaction(() => {
      const record = store.stations.write(station, false, { action: 'create', by: user.username, at, summary: [] });
      const headers = { etag: versionEtag(record.version), location: `/api/stations/${encodeURIComponent(id)}` };
      return { headers, text: recordInTransaction(ctx, request, { status: 201, headers, body: record.station }) };
    });
    return reply.code(201).headers(headers).type('application/json; charset=utf-8').send(text);
  });

  app.patch<IdParams>('/api/stations/:id', async (request, reply) => {
    const { user } = requireSession(request);
    const expected = ifMatchVersion(request.headers['if-match']);
    const body = parseBody(patchBodySchema, request.body);
    const at = ctx.clock.now();
    const record = store.transaction(() => {
      const current = jurisdictions.touchable(user, store.stations.get(request.params.id));
      if (current.deleted) throw notFound();
      if (expected === undefined) {
        throw new ApiError(428, 'if_match_required', `Send If-Match with the version you edited (now "${current.version}").`);
      }
      assertVersion(current, expected);
      const officeCode = body.geometry ? jurisdictions.placeFor(user, body.geometry.coordinates) : current.officeCode;
      const next = patchedStation(current.station, body, officeCode, at);
      const summary = changedFields(current.station, next);
      if (summary.length === 0) return current; // nothing to change: no new version
      return store.stations.write(next, false, { action: 'update', by: user.username, at, summary });
    });
    void reply.header('etag', versionEtag(record.version));
    return record.station;
  });

  app.delete<IdParams>('/api/stations/:id', async (request, reply) => {
    const { user } = requireSession(request);
    const expected = ifMatchVersion(request.headers['if-match']);
    const at = ctx.clock.now();
    const record = store.transaction(() => {
      const current = jurisdictions.touchable(user, store.stations.get(request.params.id));
      if (current.deleted) throw notFound();
      assertVersion(current, expected);
      const station = { ...current.station, properties: { ...current.station.properties, updated_at: at.toISOString() } };
      return store.stations.write(station, true, { action: 'delete', by: user.username, at, summary: ['deleted'] });
    });
    void reply.header('etag', versionEtag(record.version));
    return { id: record.station.id, version: record.version, deleted: true };
  });
}
