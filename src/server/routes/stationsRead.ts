/** Public reads: GET /api/stations (whole collection or `?since=`), GET /api/stations/:id. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../context.ts';
import { ApiError, notFound } from '../errors.ts';
import { versionEtag } from '../httpCaching.ts';
import { PUBLISHED_CACHE_CONTROL, sendPublished } from '../published.ts';
import { zodProblems } from '../validation.ts';

const listQuery = z.object({ since: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() }).strict();

export function registerStationReadRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/stations', async (request, reply) => {
    const query = listQuery.safeParse(request.query);
    if (!query.success) throw new ApiError(400, 'invalid_query', 'Query parameters are not valid.', zodProblems(query.error));
    const since = query.data.since;
    if (since === undefined) return sendPublished(request, reply, ctx.published.geojson());

    const changes = ctx.store.stations.changesSince(since);
    if (since > changes.version) {
      // The database is older than the client's copy (restored from a backup): start over.
      throw new ApiError(410, 'resync', `Version ${since} is newer than the server's ${changes.version}; fetch /api/stations again.`, {
        version: changes.version,
      });
    }
    void reply.headers({ 'cache-control': PUBLISHED_CACHE_CONTROL, 'x-data-version': String(changes.version) });
    return changes;
  });

  app.get<{ Params: { id: string } }>('/api/stations/:id', async (request, reply) => {
    const record = ctx.store.stations.get(request.params.id);
    if (!record || record.deleted) throw notFound();
    void reply.headers({ etag: versionEtag(record.version), 'cache-control': 'no-cache' });
    return reply.type('application/geo+json; charset=utf-8').send(JSON.stringify(record.station));
  });
}
