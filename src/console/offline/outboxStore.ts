/**
 * Where waiting edits live: IndexedDB through `idb` (survives a reload, a crash and a closed
 * tab), or memory where IndexedDB is unavailable (some private modes). Two methods and a list.
 *
 * Schema migrations are cumulative `if (oldVersion < N)` steps and are never edited once shipped.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { restoreOutboxItem } from './outboxItem.ts';
import type { OutboxItem } from './outboxItem.ts';

export interface OutboxStore {
  /** Every readable item, oldest first. */
  list(): Promise<OutboxItem[]>;
  put(item: OutboxItem): Promise<void>;
  delete(key: string): Promise<void>;
  /** True when items survive a reload. */
  readonly durable: boolean;
}

interface ConsoleDb extends DBSchema {
  outbox: {
    key: string;
    value: OutboxItem;
    indexes: { byCreatedAt: string; byStation: string };
  };
}

export const CONSOLE_DB_NAME = 'station-console';
export const CONSOLE_DB_VERSION = 2;

function openConsoleDb(): Promise<IDBPDatabase<ConsoleDb>> {
  return openDB<ConsoleDb>(CONSOLE_DB_NAME, CONSOLE_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('byCreatedAt', 'createdAt');
      }
      if (oldVersion < 2) {
        // Edits of one station are merged while they wait (see useOutbox.enqueue).
        tx.objectStore('outbox').createIndex('byStation', 'stationId');
      }
    },
  });
}

const byCreated = (a: OutboxItem, b: OutboxItem) => a.createdAt.localeCompare(b.createdAt) || a.key.localeCompare(b.key);

export function idbOutboxStore(): OutboxStore {
  const db = openConsoleDb();
  return {
    durable: true,
    async list() {
      const raw = await (await db).getAllFromIndex('outbox', 'byCreatedAt');
      const items: OutboxItem[] = [];
      for (const r of raw) {
        const item = restoreOutboxItem(r);
        if (item) items.push(item);
        else console.warn('a waiting change could not be read and was skipped', r);
      }
      return items.sort(byCreated);
    },
    async put(item) {
      await (await db).put('outbox', item);
    },
    async delete(key) {
      await (await db).delete('outbox', key);
    },
  };
}

export function memoryOutboxStore(): OutboxStore {
  const items = new Map<string, OutboxItem>();
  return {
    durable: false,
    list: async () => [...items.values()].map((i) => structuredClone(i)).sort(byCreated),
    put: async (item) => void items.set(item.key, structuredClone(item)),
    delete: async (key) => void items.delete(key),
  };
}

/** IndexedDB when it opens, memory otherwise. */
export async function openOutboxStore(): Promise<OutboxStore> {
  if (typeof indexedDB === 'undefined') return memoryOutboxStore();
  try {
    const store = idbOutboxStore();
    await store.list();
    return store;
  } catch (error) {
    console.warn('IndexedDB is not available; waiting changes are kept in memory only', error);
    return memoryOutboxStore();
  }
}
