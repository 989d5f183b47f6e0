/**
 * The downloaded areas, in their own small IndexedDB database ('offline-areas'), apart from the
 * station data's database. Every record read back passes `restoreArea`, so a record written by
 * an older version, or damaged, becomes a clean value or is dropped, never a crash.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { z } from 'zod';
import type { AreaRecord } from './types.ts';

export const AREAS_DB_NAME = 'offline-areas';
const AREAS_DB_VERSION = 1;

interface AreasDb extends DBSchema {
  areas: { key: string; value: AreaRecord };
}

export interface AreaStore {
  list(): Promise<AreaRecord[]>;
  put(record: AreaRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

const lngLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(z.array(z.number()).min(2)).min(4);
const geometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const shape = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('circle'),
    center: lngLat,
    radiusKm: z.number().positive().max(100),
    around: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('place') }),
      z.object({ kind: z.literal('hub'), hubId: z.string(), name: z.string(), nameEn: z.string().optional() }),
    ]),
  }),
  z.object({ kind: z.literal('office'), code: z.string(), name: z.string(), nameEn: z.string().optional(), geometry }),
]);
const zoom = z.number().int().min(0).max(24);
const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date');
const record = z.object({
  id: z.string().min(1),
  shape,
  minZoom: zoom,
  maxZoom: zoom,
  tileUrls: z.array(z.string().url()),
  doneCount: z.number().int().min(0),
  missingCount: z.number().int().min(0).default(0),
  bytes: z.number().min(0),
  estimateBytes: z.number().min(0),
  status: z.enum(['downloading', 'paused', 'complete']),
  pauseReason: z.enum(['user', 'offline', 'storage', 'interrupted', 'evicted', 'error']).optional(),
  errorDetail: z.string().optional(),
  createdAt: iso,
  updatedAt: iso,
  completedAt: iso.optional(),
});

/**
 * A stored record as a valid AreaRecord, or null (with the reason in the console).
 *
 * @example restoreArea({ id: 'a1', status: 'bogus' }) // null
 */
export function restoreArea(raw: unknown): AreaRecord | null {
  const parsed = record.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'record';
    console.warn(`offline-areas: dropping a stored area that does not restore: ${where}: ${issue?.message ?? 'invalid'}`);
    return null;
  }
  const area = parsed.data as AreaRecord;
  return { ...area, doneCount: Math.min(area.doneCount, area.tileUrls.length) };
}

export function createIdbAreaStore(name: string = AREAS_DB_NAME): AreaStore {
  let db: Promise<IDBPDatabase<AreasDb>> | null = null;
  const open = (): Promise<IDBPDatabase<AreasDb>> =>
    (db ??= openDB<AreasDb>(name, AREAS_DB_VERSION, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore('areas', { keyPath: 'id' });
      },
    }));
  return {
    async list() {
      const all: unknown[] = await (await open()).getAll('areas');
      return all.map(restoreArea).filter((a): a is AreaRecord => a !== null);
    },
    async put(area) {
      await (await open()).put('areas', area);
    },
    async delete(id) {
      await (await open()).delete('areas', id);
    },
  };
}

export function createMemoryAreaStore(initial: AreaRecord[] = []): AreaStore {
  const records = new Map(initial.map((a) => [a.id, structuredClone(a)]));
  return {
    async list() {
      return [...records.values()].map((a) => restoreArea(structuredClone(a))).filter((a): a is AreaRecord => a !== null);
    },
    async put(area) {
      records.set(area.id, structuredClone(area));
    },
    async delete(id) {
      records.delete(id);
    },
  };
}
