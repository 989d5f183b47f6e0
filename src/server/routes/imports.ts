/**
 * POST /api/imports → a preview (nothing written but the preview itself);
 * POST /api/imports/:id/commit → all rows in one transaction, or none.
 * The caller must state the coordinate system; nothing is guessed.
 */
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { HOST_TYPES, STATION_KINDS } from '../../core/station.ts';
import { IMPORT_BODY_LIMIT_BYTES } from '../limits.ts';
import { requireSession } from '../auth/guard.ts';
import type { AppContext } from '../context.ts';
import { ApiError } from '../errors.ts';
import { commitPlan } from '../imports/commit.ts';
import { buildPlan } from '../imports/plan.ts';
import type { ImportPlan } from '../imports/plan.ts';
import { readImportInput } from '../imports/readInput.ts';
import { parseBody } from '../validation.ts';
import { newStationId } from './stationsWrite.ts';

/** A preview is committed the same day or previewed again. */
export const PREVIEW_TTL_MS = 24 * 60 * 60_000;

const importSchema = z
  .object({
    format: z.enum(['csv', 'geojson']),
    crs: z.enum(['wgs84', 'gcj02', 'bd09']),
    encoding: z.enum(['auto', 'utf-8', 'gb18030']).optional(),
    contentEncoding: z.enum(['text', 'base64']).optional(),
    content: z.string().min(1),
    fileName: z.string().max(200).optional(),
    defaults: z.object({ kind: z.enum(STATION_KINDS).optional(), host_type: z.enum(HOST_TYPES).optional() }).strict().optional(),
  })
  .strict();
const commitSchema = z.object({ includeDuplicates: z.array(z.number().int().positive()).max(10_000).optional() }).strict();

interface StoredImport {
  format: 'csv' | 'geojson';
  crs: string;
  encoding: string;
  plan: ImportPlan;
}

function contentBytes(content: string, contentEncoding: 'text' | 'base64'): Uint8Array {
  if (contentEncoding === 'text') return new TextEncoder().encode(content);
  if (!/^[A-Za-z0-9+/=\s]*$/.test(content)) throw new ApiError(400, 'invalid_base64', 'content is not base64 (contentEncoding: "base64").');
  return Buffer.from(content, 'base64');
}

export function registerImportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { store, jurisdictions } = ctx;

  app.post('/api/imports', { bodyLimit: IMPORT_BODY_LIMIT_BYTES }, async (request, reply) => {
    const { user } = requireSession(request);
    const body = parseBody(importSchema, request.body);
    const at = ctx.clock.now();
    const read = readImportInput({
      format: body.format,
      crs: body.crs,
      encoding: body.encoding ?? 'auto',
      bytes: contentBytes(body.content, body.contentEncoding ?? 'text'),
      at,
      ...(user.role === 'admin' || !user.officeCode ? {} : { officeCode: user.officeCode }),
      ...(body.defaults ? { defaults: body.defaults } : {}),
    });
    const plan = buildPlan(read.candidates, { user, store, jurisdictions, newId: newStationId });
    const id = randomBytes(12).toString('base64url');
    const stored: StoredImport = { format: body.format, crs: body.crs, encoding: read.encoding, plan };
    store.imports.add({ id, userId: user.id, createdAt: at, status: 'preview', plan: stored });
    void reply.header('location', `/api/imports/${id}`);
    return reply.code(201).send({
      id,
      format: body.format,
      crs: body.crs,
      encoding: read.encoding,
      expiresAt: new Date(at.getTime() + PREVIEW_TTL_MS).toISOString(),
      summary: {
        add: plan.add.length,
        update: plan.update.length,
        unchanged: plan.unchanged.length,
        rejected: plan.rejected.length,
        duplicates: plan.duplicates.length,
      },
      ...plan,
    });
  });

  app.post<{ Params: { id: string } }>('/api/imports/:id/commit', async (request) => {
    const { user } = requireSession(request);
    const { includeDuplicates = [] } = parseBody(commitSchema, request.body ?? {});
    const at = ctx.clock.now();
    const record = store.imports.get(request.params.id);
    // Someone else's preview is answered like a missing one.
    if (!record || record.userId !== user.id) throw new ApiError(404, 'not_found', 'No such import.');
    if (record.status === 'committed') throw new ApiError(409, 'already_committed', 'This import was already committed.');
    if (at.getTime() - record.createdAt.getTime() > PREVIEW_TTL_MS) {
      throw new ApiError(410, 'import_expired', 'This preview is older than a day; upload the file again.');
    }
    const { plan } = record.plan as StoredImport;
    const result = commitPlan(store, jurisdictions, user, record.id, plan, new Set(includeDuplicates), at);
    return { id: record.id, added: result.added, updated: result.updated, version: result.version };
  });
}
