/**
 * GET /api/export.geojson and GET /api/export.csv: the published stations, optionally one
 * office's (`?office=<code>`). The CSV is the importer's own format (UTF-8 with BOM, Chinese
 * headers, formula-like cells neutralised), so an export re-imports unchanged.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { stationsToCsv } from '../../core/import/exportCsv.ts';
import { officeCodeSchema } from '../../core/station.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { zodProblems } from '../validation.ts';

const exportQuery = z.object({ office: z.optional(officeCodeSchema) }).strict();

function stamp(at: Date): string {
  return at.toISOString().slice(0, 10).replaceAll('-', '');
}

export function registerExportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const selected = (query: unknown) => {
    const parsed = exportQuery.safeParse(query);
    if (!parsed.success) throw new ApiError(400, 'invalid_query', 'Query parameters are not valid.', zodProblems(parsed.error));
    const office = parsed.data.office;
    const stations = ctx.store.stations.listPublished();
    return { office, stations: office ? stations.filter((s) => s.properties.office_code === office) : stations };
  };
  const fileName = (office: string | undefined, ext: string) => `stations-${office ?? 'all'}-${stamp(ctx.clock.now())}.${ext}`;

  app.get('/api/export.geojson', async (request, reply) => {
    const { office, stations } = selected(request.query);
    void reply.headers({
      'content-disposition': `attachment; filename="${fileName(office, 'geojson')}"`,
      'cache-control': 'no-store',
    });
    return reply.type('application/geo+json; charset=utf-8').send(JSON.stringify({ type: 'FeatureCollection', features: stations }));
  });

  app.get('/api/export.csv', async (request, reply) => {
    const { office, stations } = selected(request.query);
    void reply.headers({
      'content-disposition': `attachment; filename="${fileName(office, 'csv')}"`,
      'cache-control': 'no-store',
    });
    return reply.type('text/csv; charset=utf-8').send(stationsToCsv(stations));
  });
}
