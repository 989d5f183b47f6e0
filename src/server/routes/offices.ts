/** GET /api/offices: the jurisdiction polygons, one Feature per street office (id = 9-digit code). */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { ifNoneMatchHits, strongEtag } from '../httpCaching.ts';
import { GEOJSON_TYPE } from '../published.ts';

export function registerOfficeRoutes(app: FastifyInstance, ctx: AppContext): void {
  let cached: { body: string; etag: string } | null = null;
  app.get('/api/offices', async (request, reply) => {
    if (!cached) {
      const body = JSON.stringify({ type: 'FeatureCollection', features: ctx.store.offices.list() });
      cached = { body, etag: strongEtag(body) };
    }
    void reply.headers({ etag: cached.etag, 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400' });
    if (ifNoneMatchHits(request.headers['if-none-match'], cached.etag)) return reply.code(304).send();
    return reply.type(GEOJSON_TYPE).send(cached.body);
  });
}
