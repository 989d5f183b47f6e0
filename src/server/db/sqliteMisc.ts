/** Offices, import previews and idempotency records over SQLite. */
import type { IdempotencyRepository, ImportRepository, Office, OfficeRepository } from '../repository.ts';
import type { SqliteDatabase } from './open.ts';

interface OfficeRow {
  code: string;
  name: string;
  name_en: string;
  centre: string;
  geometry: string;
}

const toOffice = (r: OfficeRow): Office => ({
  type: 'Feature',
  id: r.code,
  geometry: JSON.parse(r.geometry) as Office['geometry'],
  properties: { code: r.code, name: r.name, name_en: r.name_en, centre: JSON.parse(r.centre) as [number, number] },
});

export function sqliteOfficeRepository(db: SqliteDatabase): OfficeRepository {
  const all = db.prepare<[], OfficeRow>('SELECT * FROM offices ORDER BY code');
  const one = db.prepare<[string], OfficeRow>('SELECT * FROM offices WHERE code = ?');
  const upsert = db.prepare(`INSERT INTO offices (code, name, name_en, centre, geometry) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (code) DO UPDATE SET name = excluded.name, name_en = excluded.name_en,
      centre = excluded.centre, geometry = excluded.geometry`);
  return {
    list: () => all.all().map(toOffice),
    get: (code) => {
      const row = one.get(code);
      return row ? toOffice(row) : null;
    },
    // Upsert rather than delete-and-insert: stations and users refer to office codes.
    replaceAll: db.transaction((offices: Office[]) => {
      for (const o of offices) {
        const p = o.properties;
        upsert.run(p.code, p.name, p.name_en, JSON.stringify(p.centre), JSON.stringify(o.geometry));
      }
    }),
  };
}

interface ImportRow {
  id: string;
  user_id: number;
  created_at: string;
  status: 'preview' | 'committed';
  plan: string;
}

export function sqliteImportRepository(db: SqliteDatabase): ImportRepository {
  const insert = db.prepare('INSERT INTO imports (id, user_id, created_at, status, plan) VALUES (?, ?, ?, ?, ?)');
  const get = db.prepare<[string], ImportRow>('SELECT * FROM imports WHERE id = ?');
  const commit = db.prepare("UPDATE imports SET status = 'committed', committed_at = ? WHERE id = ?");
  return {
    add: (r) => {
      insert.run(r.id, r.userId, r.createdAt.toISOString(), r.status, JSON.stringify(r.plan));
    },
    get: (id) => {
      const row = get.get(id);
      if (!row) return null;
      return { id: row.id, userId: row.user_id, createdAt: new Date(row.created_at), status: row.status, plan: JSON.parse(row.plan) };
    },
    markCommitted: (id, at) => {
      commit.run(at.toISOString(), id);
    },
  };
}

interface IdempotencyRow {
  request_hash: string;
  status: number;
  headers: string;
  body: string;
}

export function sqliteIdempotencyRepository(db: SqliteDatabase): IdempotencyRepository {
  const get = db.prepare<[number, string], IdempotencyRow>('SELECT * FROM idempotency_keys WHERE user_id = ? AND key = ?');
  const put = db.prepare(`INSERT OR IGNORE INTO idempotency_keys
    (user_id, key, request_hash, status, headers, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const prune = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  return {
    get: (userId, key) => {
      const row = get.get(userId, key);
      if (!row) return null;
      const headers = JSON.parse(row.headers) as Record<string, string>;
      return { requestHash: row.request_hash, status: row.status, headers, body: row.body };
    },
    put: (userId, key, r, at) => {
      put.run(userId, key, r.requestHash, r.status, JSON.stringify(r.headers), r.body, at.toISOString());
    },
    deleteOlderThan: (at) => prune.run(at.toISOString()).changes,
  };
}
