/**
 * Fetching one tile of an offline area and storing it, with retries: a network failure is retried
 * after each of `retryDelaysMs` (1, 2 and 4 s by default), then the whole area pauses as
 * 'offline'. A full disk pauses it as 'storage'; a tile the server does not have is 'missing'
 * (the map draws nothing there either). The downloader (downloader.ts) runs several at once.
 */
import type { TileStore } from './tileStore.ts';
import type { PauseReason } from './types.ts';

export type StopReason = PauseReason | 'removed';

/** One run of one area's download; `stop` says why it ended early. */
export interface Job {
  controller: AbortController;
  stop: StopReason | null;
  detail?: string;
  finished: Promise<void>;
}

export type TileResult = { kind: 'stored'; bytes: number } | { kind: 'missing' } | { kind: 'stopped' };

export interface TileFetchDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  tiles: TileStore;
  retryDelaysMs: readonly number[];
  /** Resolves after `ms`, or at once when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS = [1000, 2000, 4000] as const;

export async function fetchTile(deps: TileFetchDeps, url: string, job: Job): Promise<TileResult> {
  for (let attempt = 0; ; attempt++) {
    if (job.stop) return { kind: 'stopped' };
    try {
      const response = await deps.fetch(url, { signal: job.controller.signal });
      if (response.ok) {
        const body = await response.arrayBuffer();
        try {
          await deps.tiles.put(url, body, response.headers.get('content-type'));
        } catch (error) {
          if (isQuotaError(error)) stopJob(job, 'storage');
          else stopJob(job, 'error', `could not store ${url}: ${String(error)}`);
          return { kind: 'stopped' };
        }
        return { kind: 'stored', bytes: body.byteLength };
      }
      // No tile there: the map gets the same answer and draws nothing; nothing to keep.
      if (response.status === 404 || response.status === 410 || response.status === 204) return { kind: 'missing' };
      // Anything else but "busy" or a server fault will not get better by asking again.
      if (response.status !== 429 && response.status < 500) {
        stopJob(job, 'error', `HTTP ${response.status} for ${url}`);
        return { kind: 'stopped' };
      }
    } catch (error) {
      if (job.stop) return { kind: 'stopped' };
      if (!(error instanceof TypeError) && !isNetworkish(error)) {
        stopJob(job, 'error', String(error));
        return { kind: 'stopped' };
      }
    }
    const delay = deps.retryDelaysMs[attempt];
    if (delay === undefined) {
      stopJob(job, 'offline');
      return { kind: 'stopped' };
    }
    await deps.sleep(delay, job.controller.signal);
  }
}

export function stopJob(job: Job, reason: StopReason, detail?: string): void {
  if (job.stop) return;
  job.stop = reason;
  if (detail) job.detail = detail;
  job.controller.abort();
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** Network failures come as TypeError from fetch; some engines wrap them as DOMException 'NetworkError'. */
function isNetworkish(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NetworkError';
}

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
