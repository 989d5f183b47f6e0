/**
 * The station source the rider app uses: it answers at once from the copy in IndexedDB, then
 * asks the network (refresh.ts) and hands every change to its subscribers, so the list re-ranks
 * without a reload. It refreshes every few minutes while the page is visible, when the page
 * comes back into view and when the browser goes online again. On a first visit (no copy yet)
 * it waits for the network and keeps what it got.
 */
import type { LoadedData, SourceStatus, StationSource } from '../data/stationSource.ts';
import { afterIdle } from './afterIdle.ts';
import { openStationDb } from './db.ts';
import { takeEarlyRead } from './earlyRead.ts';
import { readyToEvaluate } from './hoursLibrary.ts';
import type { StationDatabase } from './db.ts';
import { readLocalCopy, writeDelta, writeFullCopy, writeMeta } from './localCopy.ts';
import type { Fetch } from './network.ts';
import { refreshData } from './refresh.ts';
import type { LocalState, RefreshResult } from './refresh.ts';
import { restoreLocalCopy } from './restore.ts';
import { createStore } from './store.ts';
import type { Store } from './store.ts';

export interface SyncingSourceOptions {
  /** Folder of the published data files, relative to the page. Default 'data/'. */
  dataUrl?: string;
  /** The API server's station collection, relative to the page. Default 'api/stations'. */
  apiUrl?: string;
  /** The app's clock (clock.ts). */
  now: () => Date;
  fetch?: Fetch;
  /** Injected for tests; default opens the app's IndexedDB (null: run without a local copy). */
  openDb?: () => Promise<StationDatabase | null>;
  /** Minutes between refreshes while the page is visible. Default 5. */
  refreshMinutes?: number;
}

export interface SyncingStationSource extends StationSource {
  subscribe(listener: (data: LoadedData) => void): () => void;
  readonly status: Store<SourceStatus>;
  /** Asks the network now (one refresh at a time). Never rejects. */
  refresh(): Promise<void>;
}

/** The first retry after a failed refresh; each further one waits twice as long, up to the refresh interval. */
const RETRY_FIRST_MS = 5000;
/** Coming back to the page this long after the last check asks again at once. */
const RECHECK_ON_VISIBLE_MS = 60_000;

export function createSyncingStationSource(options: SyncingSourceOptions): SyncingStationSource {
  const base = document.baseURI;
  const endpoints = {
    fetch: options.fetch ?? ((input: URL, init?: RequestInit) => fetch(input, init)),
    dataUrl: new URL(options.dataUrl ?? 'data/', base),
    apiUrl: new URL(options.apiUrl ?? 'api/stations', base),
  };
  const refreshMs = (options.refreshMinutes ?? 5) * 60_000;
  const status = createStore<SourceStatus>({ network: 'unknown', checkedAt: null });
  const listeners = new Set<(data: LoadedData) => void>();
  let local: LocalState | null = null;
  let dbPromise: Promise<StationDatabase | null> | null = null;
  let loading: Promise<LoadedData> | null = null;
  let refreshing: Promise<void> | null = null;
  let stopTimers: (() => void) | null = null;
  /** The first refresh after answering from the local copy waits for a subscriber to hear it. */
  let firstRefreshDue = false;
  let firstLoadFailed = false;
  /** After a failed refresh while the browser says it is online: try again soon, backing off. */
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retries = 0;
  const scheduleRetry = () => {
    if (retryTimer !== null || listeners.size === 0) return;
    const delayMs = Math.min(RETRY_FIRST_MS * 2 ** retries, refreshMs);
    retries += 1;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void refresh();
    }, delayMs);
  };
  const kickFirstRefresh = () => {
    if (!firstRefreshDue || listeners.size === 0) return;
    firstRefreshDue = false;
    setTimeout(() => void refresh(), 0);
  };

  const database = () => (dbPromise ??= (options.openDb ?? openStationDb)());
  const setNetwork = (network: SourceStatus['network'], checkedAt = status.get().checkedAt) => {
    const prev = status.get();
    if (prev.network !== network || prev.checkedAt?.getTime() !== checkedAt?.getTime()) status.set({ network, checkedAt });
  };

  async function load(): Promise<LoadedData> {
    try {
      return await loadOnce();
    } catch (error) {
      // Nothing to show yet; the app says so, and the next refresh that gets data sends it:
      // retried soon (5 s, 10 s, 20 s …) while the browser says it is online, at once on `online`.
      firstLoadFailed = true;
      if (!browserOffline()) scheduleRetry();
      throw error;
    }
  }

  async function loadOnce(): Promise<LoadedData> {
    performance.mark('offline:load-start');
    // index.html may have started reading the copy already (earlyRead.ts); else read it now.
    const early = await takeEarlyRead();
    const stored =
      early ?? (await database().then((db) => (db ? readLocalCopy(db).catch(warn('reading the local copy', null)) : null)));
    // User Timing marks, read by scripts/bench-offline.ts.
    performance.mark('offline:local-copy-read');
    if (stored) {
      const data = restoreLocalCopy(stored);
      performance.mark('offline:local-copy-restored');
      if (data.stations.length > 0) {
        await whenEvaluable(data);
        local = { data, meta: stored.meta };
        setNetwork(browserOffline() ? 'offline' : 'unknown', new Date(stored.meta.checkedAt));
        // Answer now; the network's opinion follows as an update.
        firstRefreshDue = true;
        kickFirstRefresh();
        return data;
      }
    }
    // First visit: the stations alone make the list; hubs and offices follow in the next refresh.
    const result = await refreshData(endpoints, null, options.now(), { stationsOnly: true });
    if (result.kind !== 'full') throw new Error(`no station data: ${result.kind === 'offline' ? result.reason : 'empty answer'}`);
    local = result.state;
    await whenEvaluable(result.state.data);
    setNetwork(result.fromCache ? 'offline' : 'online', result.fromCache ? null : new Date(result.state.meta.checkedAt));
    // Keep it for next time, once the list has been drawn.
    void persist(result, () => new Promise<void>((resolve) => afterIdle(resolve)));
    firstRefreshDue = true;
    kickFirstRefresh();
    return result.state.data;
  }

  /** Writes go one after another, in the order they were asked for. */
  let writing: Promise<void> = Promise.resolve();
  function persist(result: RefreshResult, before?: () => Promise<void>): Promise<void> {
    writing = writing.then(async () => {
      await before?.();
      await write(result);
    });
    return writing;
  }

  async function write(result: RefreshResult): Promise<void> {
    const db = await database();
    if (!db) return;
    try {
      if (result.kind === 'full') await writeFullCopy(db, result.parts, result.state.meta);
      else if (result.kind === 'delta') await writeDelta(db, result.changed, result.deletedIds, result.state.meta);
      else if (result.kind === 'unchanged') await writeMeta(db, result.meta);
    } catch (error) {
      // Full storage or a closed database: the app still works, only the next offline start is older.
      console.warn('could not store the station data for offline use', error);
    }
  }

  async function refreshOnce(): Promise<void> {
    // Without a copy: either the first load is still on its way, or it failed and this tries again.
    if (!local && !firstLoadFailed) return;
    if (browserOffline()) {
      setNetwork('offline');
      return;
    }
    const at = options.now();
    const result = await refreshData(endpoints, local, at, { stationsOnly: local === null }).catch((error: unknown) => {
      console.warn('station data refresh failed', error);
      return { kind: 'offline', reason: String(error) } as const;
    });
    switch (result.kind) {
      case 'offline':
        setNetwork('offline');
        // The network interface may be up before the network works (an 'online' event, a lift door).
        if (!browserOffline()) scheduleRetry();
        return;
      case 'unchanged':
        retries = 0;
        if (local) local = { data: local.data, meta: result.meta };
        setNetwork('online', new Date(result.meta.checkedAt));
        break;
      case 'full':
      case 'delta':
        retries = 0;
        await whenEvaluable(result.state.data);
        local = result.state;
        setNetwork(result.kind === 'full' && result.fromCache ? 'offline' : 'online', new Date(result.state.meta.checkedAt));
        for (const listener of [...listeners]) listener(result.state.data);
        if (firstLoadFailed) {
          firstLoadFailed = false;
          firstRefreshDue = true; // hubs and offices
          kickFirstRefresh();
        }
        break;
      default:
        return assertNever(result);
    }
    await persist(result);
  }

  function refresh(): Promise<void> {
    refreshing ??= refreshOnce().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  function startTimers(): () => void {
    const visible = () => document.visibilityState === 'visible';
    const timer = setInterval(() => {
      if (visible()) void refresh();
    }, refreshMs);
    const onOnline = () => {
      retries = 0;
      void refresh();
    };
    const onOffline = () => setNetwork('offline');
    const onVisible = () => {
      const checked = status.get().checkedAt?.getTime() ?? 0;
      if (visible() && options.now().getTime() - checked > RECHECK_ON_VISIBLE_MS) void refresh();
    };
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }

  return {
    retry() {
      retries = 0;
      if (retryTimer !== null) clearTimeout(retryTimer);
      retryTimer = null;
      return refresh();
    },
    kind: 'indexeddb+http',
    status,
    load: () => (loading ??= load()),
    refresh,
    subscribe(listener) {
      listeners.add(listener);
      stopTimers ??= startTimers();
      kickFirstRefresh();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stopTimers?.();
          stopTimers = null;
        }
      };
    },
  };
}

/** Loads the opening_hours library first if some station's hours need it (hoursLibrary.ts). */
async function whenEvaluable(data: LoadedData): Promise<void> {
  await readyToEvaluate(data.stations).catch((error: unknown) => {
    // Those stations then show "hours unreadable" rather than a wrong state.
    console.warn('the opening_hours library could not be loaded', error);
  });
}

function browserOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function warn<T>(what: string, fallback: T): (error: unknown) => T {
  return (error) => {
    console.warn(`${what} failed`, error);
    return fallback;
  };
}

function assertNever(value: never): never {
  throw new Error(`unhandled refresh result ${JSON.stringify(value)}`);
}

