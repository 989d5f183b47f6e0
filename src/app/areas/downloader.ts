/**
 * Downloads the tiles of offline areas: a few at a time, with pause, resume and cancel, retries
 * with back-off, and its state in IndexedDB so a reload (or a killed app) loses nothing.
 *
 * - Resume never fetches a tile that is already stored: every run starts by asking the tile
 *   store which of the area's tiles it has (whoever stored them: an earlier run, another area,
 *   or the service worker while the rider browsed the map).
 * - A network failure is retried after 1, 2 and 4 s; if the tile still fails, the whole area
 *   pauses with reason 'offline' ("connection lost: N of M tiles saved").
 * - A full disk (QuotaExceededError) pauses with reason 'storage'.
 * - Deleting an area removes only the tiles no other area needs.
 * - On load, finished areas are checked against the tile store: if the browser (or the tile
 *   cache's own limits) removed tiles, the area says so ('evicted') and can be resumed.
 */
import type { AreaStore } from './areaStore.ts';
import type { TileStore } from './tileStore.ts';
import { abortableSleep, DEFAULT_RETRY_DELAYS_MS, fetchTile, stopJob } from './tileFetch.ts';
import type { Job } from './tileFetch.ts';
import type { AreaRecord, NewArea, PauseReason } from './types.ts';

export interface DownloaderOptions {
  areas: AreaStore;
  tiles: TileStore;
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
  now?: () => Date;
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Tiles fetched at once (default 4: quick on a good connection, gentle on the server). */
  concurrency?: number;
  /** Waits before each retry of a failed tile; when they run out the area pauses. */
  retryDelaysMs?: readonly number[];
  /** Save progress to the store every this many tiles (default 10; always on pause/finish). */
  saveEvery?: number;
  newId?: () => string;
}

export type Listener = () => void;

export class AreaDownloader {
  readonly #areas: AreaStore;
  readonly #tiles: TileStore;
  readonly #fetch: (url: string, init: RequestInit) => Promise<Response>;
  readonly #now: () => Date;
  readonly #sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly #concurrency: number;
  readonly #retryDelaysMs: readonly number[];
  readonly #saveEvery: number;
  readonly #newId: () => string;

  readonly #records = new Map<string, AreaRecord>();
  readonly #jobs = new Map<string, Job>();
  readonly #listeners = new Set<Listener>();
  #snapshot: readonly AreaRecord[] = [];
  #ready: Promise<void> | null = null;

  constructor(options: DownloaderOptions) {
    this.#areas = options.areas;
    this.#tiles = options.tiles;
    this.#fetch = options.fetch ?? ((url, init) => fetch(url, init));
    this.#now = options.now ?? (() => new Date());
    this.#sleep = options.sleep ?? abortableSleep;
    this.#concurrency = Math.max(1, options.concurrency ?? 4);
    this.#retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.#saveEvery = Math.max(1, options.saveEvery ?? 10);
    this.#newId = options.newId ?? randomId;
  }

  /**
   * Reads the stored areas (once). A download that was running when the page went away is
   * marked paused ('interrupted'): the rider resumes it, the app never spends data unasked.
   * A finished area whose tiles are no longer all stored is marked 'evicted'.
   */
  load(): Promise<void> {
    return (this.#ready ??= (async () => {
      for (const area of await this.#areas.list()) {
        let restored = area;
        if (area.status === 'downloading') {
          restored = { ...area, status: 'paused', pauseReason: 'interrupted' };
        } else if (area.status === 'complete') {
          const { count, bytes } = await this.#countStored(area.tileUrls);
          if (count + area.missingCount < area.tileUrls.length) {
            restored = { ...area, status: 'paused', pauseReason: 'evicted', doneCount: count, bytes };
          }
        }
        this.#records.set(area.id, restored);
        if (restored !== area) await this.#areas.put(restored);
      }
      this.#emit();
    })());
  }

  /** The areas, newest first. The same array until something changes (for useSyncExternalStore). */
  snapshot(): readonly AreaRecord[] {
    return this.#snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Records a new area and starts downloading it; resolves once it is recorded. */
  async start(area: NewArea): Promise<AreaRecord> {
    await this.load();
    const at = this.#now().toISOString();
    const record: AreaRecord = {
      id: this.#newId(),
      shape: area.shape,
      minZoom: area.minZoom,
      maxZoom: area.maxZoom,
      tileUrls: [...new Set(area.tileUrls)],
      doneCount: 0,
      missingCount: 0,
      bytes: 0,
      estimateBytes: area.estimateBytes,
      status: 'downloading',
      createdAt: at,
      updatedAt: at,
    };
    this.#records.set(record.id, record);
    await this.#areas.put(record);
    this.#emit();
    this.#launch(record.id);
    return record;
  }

  pause(id: string): void {
    const job = this.#jobs.get(id);
    if (job) stopJob(job, 'user');
  }

  /** Continues a paused area; tiles already stored are counted, not fetched. */
  async resume(id: string): Promise<void> {
    await this.load();
    const area = this.#records.get(id);
    if (!area || area.status === 'complete' || this.#jobs.has(id)) return;
    this.#launch(id);
  }

  /** Resumes every area paused for this reason (e.g. 'offline' when the connection returns). */
  async resumeAll(reason: PauseReason): Promise<void> {
    await this.load();
    for (const area of this.#records.values()) {
      if (area.status === 'paused' && area.pauseReason === reason) this.#launch(area.id);
    }
  }

  /**
   * Cancels a running download or deletes a finished one: stops it, deletes the tiles that no
   * other area needs, and forgets the area.
   */
  async remove(id: string): Promise<void> {
    await this.load();
    const job = this.#jobs.get(id);
    if (job) {
      stopJob(job, 'removed');
      await job.finished;
    }
    const area = this.#records.get(id);
    if (!area) return;
    const neededElsewhere = new Set<string>();
    for (const other of this.#records.values()) {
      if (other.id !== id) for (const url of other.tileUrls) neededElsewhere.add(url);
    }
    for (const url of area.tileUrls) {
      if (!neededElsewhere.has(url)) await this.#tiles.delete(url);
    }
    this.#records.delete(id);
    await this.#areas.delete(id);
    this.#emit();
  }

  /** Resolves when the area's current run (if any) has ended. For tests and shutdown. */
  async settled(id: string): Promise<void> {
    await this.#jobs.get(id)?.finished;
  }

  #launch(id: string): void {
    const job: Job = { controller: new AbortController(), stop: null, finished: Promise.resolve() };
    this.#jobs.set(id, job);
    job.finished = this.#run(id, job)
      .catch((error: unknown) => {
        // Anything unexpected (IndexedDB gone, a bug) pauses the area with the reason shown.
        const area = this.#records.get(id);
        if (area && job.stop !== 'removed') {
          this.#set({ ...area, status: 'paused', pauseReason: 'error', errorDetail: String(error) });
          return this.#save(id).catch(() => undefined);
        }
      })
      .finally(() => {
        if (this.#jobs.get(id) === job) this.#jobs.delete(id);
      });
  }

  async #run(id: string, job: Job): Promise<void> {
    const initial = this.#records.get(id);
    if (!initial) return;
    const { pauseReason: _reason, errorDetail: _detail, ...rest } = initial;
    this.#set({ ...rest, status: 'downloading' });
    await this.#save(id);

    // What is stored already is counted, never fetched again.
    const pending: string[] = [];
    let doneCount = 0;
    let missingCount = 0;
    let bytes = 0;
    for (const url of initial.tileUrls) {
      if (job.stop) break;
      const size = await this.#tiles.storedSize(url);
      if (size === null) pending.push(url);
      else {
        doneCount++;
        bytes += size;
      }
    }
    this.#progress(id, doneCount, missingCount, bytes);

    let sinceSave = 0;
    const worker = async (): Promise<void> => {
      while (!job.stop) {
        const url = pending.shift();
        if (url === undefined) return;
        const result = await fetchTile({ fetch: this.#fetch, tiles: this.#tiles, retryDelaysMs: this.#retryDelaysMs, sleep: this.#sleep }, url, job);
        if (result.kind === 'stopped') return;
        doneCount++;
        if (result.kind === 'stored') bytes += result.bytes;
        else missingCount++;
        this.#progress(id, doneCount, missingCount, bytes);
        if (++sinceSave >= this.#saveEvery) {
          sinceSave = 0;
          await this.#save(id);
        }
      }
    };
    await Promise.all(Array.from({ length: this.#concurrency }, worker));

    if (job.stop === 'removed') return;
    const area = this.#records.get(id);
    if (!area) return;
    const next: AreaRecord = job.stop
      ? { ...area, status: 'paused', pauseReason: job.stop, ...(job.detail ? { errorDetail: job.detail } : {}) }
      : { ...area, status: 'complete', completedAt: this.#now().toISOString() };
    // Stored before it is shown: a page closed right after "complete" must find it complete.
    this.#records.set(id, { ...next, updatedAt: this.#now().toISOString() });
    try {
      await this.#save(id);
    } finally {
      this.#emit();
    }
  }

  #progress(id: string, doneCount: number, missingCount: number, bytes: number): void {
    const area = this.#records.get(id);
    if (area) this.#set({ ...area, doneCount, missingCount, bytes });
  }

  async #countStored(urls: readonly string[]): Promise<{ count: number; bytes: number }> {
    let count = 0;
    let bytes = 0;
    for (const url of urls) {
      const size = await this.#tiles.storedSize(url);
      if (size !== null) {
        count++;
        bytes += size;
      }
    }
    return { count, bytes };
  }

  #set(area: AreaRecord): void {
    this.#records.set(area.id, { ...area, updatedAt: this.#now().toISOString() });
    this.#emit();
  }

  async #save(id: string): Promise<void> {
    const area = this.#records.get(id);
    if (area) await this.#areas.put(area);
  }

  #emit(): void {
    this.#snapshot = [...this.#records.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    for (const listener of this.#listeners) listener();
  }
}

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `area-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
