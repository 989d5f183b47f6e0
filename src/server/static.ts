/**
 * Serves the built app (dist/) from the same origin as the API: the rider screen and the console.
 * `/data/stations.geojson` and `/data/stations.columns.json` are answered from the database, so the
 * rider app gets live data; other `/data/*` files come from dist. Unknown non-API paths fall back to index.html (client routing).
 * Text files are sent precompressed when the client accepts it: `npm run build` writes `.br` and
 * `.gz` siblings (scripts/precompress.ts), and a file without them is sent as it is.
 */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppContext } from './context.ts';
import { errorBody } from './errors.ts';
import { sendPublished } from './published.ts';

export async function installStatic(app: FastifyInstance, ctx: AppContext, staticDir: string): Promise<void> {
  const root = resolve(staticDir);
  app.get('/data/stations.geojson', async (request, reply) => sendPublished(request, reply, ctx.published.geojson()));
  // The same stations as columns, what the rider app downloads (src/core/stationColumns.ts).
  app.get('/data/stations.columns.json', async (request, reply) => sendPublished(request, reply, ctx.published.columns()));
  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: setCacheHeaders,
  });

  const indexFile = join(root, 'index.html');
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = request.method === 'GET' && !path.startsWith('/api/') && !path.startsWith('/data/') && !/\.\w+$/.test(path);
    if (wantsPage && existsSync(indexFile)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', root);
    }
    return reply.code(404).send(errorBody('not_found', `No route ${request.method} ${path}.`));
  });
}

/**
 * Hashed build assets never change; everything else is revalidated (service worker, index).
 * `path` is the file actually sent, so `index.html.br` for a brotli reply: decide by folder only.
 */
function setCacheHeaders(reply: FastifyReply, path: string): void {
  const immutable = /[\\/]assets[\\/]/.test(path);
  reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
}
