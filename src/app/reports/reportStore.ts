/**
 * Where the rider's reports live: the app's IndexedDB (`reports` store of db.ts, survives a
 * reload, a crash and a closed tab), or memory where IndexedDB is unavailable (some private
 * modes) and in tests. Four methods and a flag.
 */
import { openStationDb } from '../offline/db.ts';
import type { StationDatabase } from '../offline/db.ts';
import { byCreatedAt, restoreReportRecord } from './reportRecord.ts';
import type { ReportRecord } from './reportRecord.ts';

export interface ReportStore {
  /** Every readable report, oldest first. */
  list(): Promise<ReportRecord[]>;
  get(id: string): Promise<ReportRecord | null>;
  put(record: ReportRecord): Promise<void>;
  delete(id: string): Promise<void>;
  /** True when reports survive a reload. */
  readonly durable: boolean;
}

export function idbReportStore(db: StationDatabase): ReportStore {
  return {
    durable: true,
    async list() {
      const raw: unknown[] = await db.getAll('reports');
      return raw.flatMap((r) => restoreReportRecord(r) ?? []).sort(byCreatedAt);
    },
    async get(id) {
      const raw: unknown = await db.get('reports', id);
      return raw === undefined ? null : restoreReportRecord(raw);
    },
    async put(record) {
      await db.put('reports', record);
    },
    async delete(id) {
      await db.delete('reports', id);
    },
  };
}

export function memoryReportStore(): ReportStore {
  const records = new Map<string, ReportRecord>();
  return {
    durable: false,
    list: async () => [...records.values()].map((r) => structuredClone(r)).sort(byCreatedAt),
    get: async (id) => {
      const r = records.get(id);
      return r ? structuredClone(r) : null;
    },
    put: async (record) => void records.set(record.id, structuredClone(record)),
    delete: async (id) => void records.delete(id),
  };
}

/** IndexedDB when it opens, memory otherwise (the rider is told reports will not survive a reload). */
export async function openReportStore(open: () => Promise<StationDatabase | null> = openStationDb): Promise<ReportStore> {
  const db = await open().catch(() => null);
  if (!db) {
    console.warn('IndexedDB is not available; reports waiting to be sent are kept in memory only');
    return memoryReportStore();
  }
  return idbReportStore(db);
}
