/**
 * GET /api/stations/:id/history and POST /api/stations/:id/revert. Every version is kept with
 * who wrote it, when, and which fields changed; a revert writes a new version (and undeletes).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireSession } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { ifMatchVersion, versionEtag } from '../httpCaching.ts';
import { recordInTransaction } from '../idempotency.ts';
import { changedFields } from '../stationEdits.ts';
import { parseBody } from '../validation.ts';
import { assertVersion } from './stationsWrite.ts';

type IdParams = { Params: { id: string } };

const revertSchema = z.object({ version: z.number().int().positive() }).strict();

export function registerHistoryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store, jurisdictions } = ctx;

  app.get<IdParams>('/api/stations/:id/history', async (request, reply) => {
    const { user } = requireSession(request);
    const record = jurisdictions.touchable(user, store.stations.get(request.params.id));
    void reply.header('cache-control', 'no-store');
    return {
      id: record.station.id,
      version: record.version,
      deleted: record.deleted,
      versions: store.stations.history(record.station.id).map((h) => ({
        version: h.version,
        action: h.action,
        by: h.by,
        at: h.at.toISOString(),
        changes: h.summary,
        note: h.note ?? null,
        deleted: h.deleted,
        station: h.station,
      })),
    };
  });

  app.post<IdParams>('/api/stations/:id/revert', async (request, reply) => {
    const { user } = requireSession(request);
    const expected = ifMatchVersion(request.headers['if-match']);
    const { version } = parseBody(revertSchema, request.body);
    const at = ctx.clock.now();
    // A repeat would add another revert version: the Idempotency-Key record commits with it.
    const { etag, text } = store.transaction(() => {
      const current = jurisdictions.touchable(user, store.stations.get(request.params.id));
      assertVersion(current, expected);
      const target = store.stations.versionOf(current.station.id, version);
      if (!target || target.deleted) {
        throw new ApiError(404, 'version_not_found', `Station ${current.station.id} has no live version ${version}.`);
      }
      // The old point must still be one this user may place a station at.
      const officeCode = jurisdictions.placeFor(user, target.station.geometry.coordinates);
      const restored = {
        ...target.station,
        properties: { ...target.station.properties, office_code: officeCode, updated_at: at.toISOString() },
      };
      const summary = changedFields(current.station, restored);
      if (current.deleted) summary.push('undeleted');
      const record = store.stations.write(restored, false, { action: 'revert', by: user.username, at, summary, note: `reverted to version ${version}` });
      const etag = versionEtag(record.version);
      return { etag, text: recordInTransaction(ctx, request, { status: 200, headers: { etag }, body: record.station }) };
    });
    return reply.header('etag', etag).type('application/json; charset=utf-8').send(text);
  });
}
