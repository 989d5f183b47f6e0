/**
 * The downloaded areas, in their own small IndexedDB database ('offline-areas'), apart from the
 * station data's database. Every record read back passes `restoreArea`, so a record written by
 * an older version, or damaged, becomes a clean value or is dropped, never a crash.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { z } from 'zod/mini';
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

const between = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const lngLat = z.tuple([between(-180, 180), between(-90, 90)]);
const ring = z.array(z.array(z.number()).check(z.minLength(2))).check(z.minLength(4));
const geometry = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).check(z.minLength(1)) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).check(z.minLength(1))).check(z.minLength(1)) }),
]);
const shape = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('circle'),
    center: lngLat,
    radiusKm: z.number().check(z.positive(), z.lte(100)),
    around: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('place') }),
      z.object({ kind: z.literal('hub'), hubId: z.string(), name: z.string(), nameEn: z.optional(z.string()) }),
    ]),
  }),
  z.object({ kind: z.literal('office'), code: z.string(), name: z.string(), nameEn: z.optional(z.string()), geometry }),
]);
const zoom = z.number().check(z.int(), z.gte(0), z.lte(24));
const count = z.number().check(z.int(), z.gte(0));
const iso = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 date'));
const record = z.object({
  id: z.string().check(z.minLength(1)),
  shape,
  minZoom: zoom,
  maxZoom: zoom,
  tileUrls: z.array(z.url()),
  doneCount: count,
  missingCount: z._default(count, 0),
  bytes: z.number().check(z.gte(0)),
  estimateBytes: z.number().check(z.gte(0)),
  status: z.enum(['downloading', 'paused', 'complete']),
  pauseReason: z.optional(z.enum(['user', 'offline', 'storage', 'interrupted', 'evicted', 'error'])),
  errorDetail: z.optional(z.string()),
  createdAt: iso,
  updatedAt: iso,
  completedAt: z.optional(iso),
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
