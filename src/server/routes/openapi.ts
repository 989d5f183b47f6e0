import type { FastifyInstance } from 'fastify';
import { openApiDocument } from '../openapi.ts';

/** GET /api/openapi.json: the hand-written OpenAPI 3.0 description (src/server/openapi.ts). */
export function registerOpenApiRoute(app: FastifyInstance): void {
  app.get('/api/openapi.json', async (_request, reply) => {
    void reply.header('cache-control', 'public, max-age=3600');
    return openApiDocument;
  });
}
