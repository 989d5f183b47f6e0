/**
 * Sends waiting edits, oldest first, each with its Idempotency-Key, so an edit whose answer got
 * lost on the way back is not applied twice: the server answers the repeated key with the
 * stored response. Runs one at a time (a lock within the tab, and a Web Lock across tabs).
 *
 * Outcomes per item: applied (removed), conflict (409: kept, with the server's current station,
 * for the theirs/mine view), failed (another 4xx: kept with the message). A network failure or a
 * lost session stops the round; the items stay waiting.
 *
 * Edits of a station still to be created (provisional id `pending:<key>`, pendingStations.ts)
 * wait until its create is applied; they are then pointed at the id the server gave it.
 */
import type { Station } from '../../core/station.ts';
import type { ApiClient } from '../api/client.ts';
import { stationPath } from '../api/client.ts';
import type { ApiFailure } from '../api/result.ts';
import { versionFromEtag } from '../api/result.ts';
import type { OutboxItem } from './outboxItem.ts';
import { isPendingId } from './pendingStations.ts';
import type { OutboxStore } from './outboxStore.ts';

export type FlushStop = 'done' | 'network' | 'unauthenticated' | 'busy';

export interface FlushReport {
  stop: FlushStop;
  applied: { item: OutboxItem; station: Station | null; version: number | null }[];
  conflicts: OutboxItem[];
  failed: OutboxItem[];
}

export interface FlushDeps {
  store: OutboxStore;
  client: ApiClient;
  username: string;
}

function currentFrom(failure: Extract<ApiFailure, { kind: 'http' }>): Station | null {
  const details = failure.details as { current?: Station } | null;
  return details?.current ?? null;
}

const errorOf = (f: Extract<ApiFailure, { kind: 'http' }>) => ({ status: f.status, code: f.code, message: f.message, ...(f.details == null ? {} : { details: f.details }) });

async function sendOne(deps: FlushDeps, item: OutboxItem) {
  const send = () => deps.client.write<unknown>(item.method, item.path, item.body, { ifMatch: item.ifMatch, idempotencyKey: item.key });
  let result = await send();
  if (!result.ok && result.failure.kind === 'http' && result.failure.code === 'csrf') {
    // The server restarted or the token rotated: fetch it again, then retry once.
    const session = await deps.client.getSession();
    if (session.ok) result = await send();
  }
  return result;
}

async function flushRound(deps: FlushDeps): Promise<FlushReport> {
  const report: FlushReport = { stop: 'done', applied: [], conflicts: [], failed: [] };
  const blocked = new Set<string>(); // stations whose earlier edit conflicted or failed
  const items = (await deps.store.list()).filter((i) => i.username === deps.username && i.state === 'waiting');
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    if (item.stationId && blocked.has(item.stationId)) continue;
    // An edit of a station not created yet: its create comes first (and failed or is missing).
    if (item.method !== 'POST' && isPendingId(item.stationId)) continue;
    item.attempts += 1;
    await deps.store.put(item);
    const result = await sendOne(deps, item);
    if (!result.ok) {
      const f = result.failure;
      if (f.kind === 'network') return { ...report, stop: 'network' };
      if (f.status === 401) return { ...report, stop: 'unauthenticated' };
      if (item.stationId) blocked.add(item.stationId);
      const kept: OutboxItem =
        f.status === 409 && f.code === 'version_conflict'
          ? { ...item, state: 'conflict', error: errorOf(f), current: currentFrom(f) }
          : { ...item, state: 'failed', error: errorOf(f) };
      await deps.store.put(kept);
      (kept.state === 'conflict' ? report.conflicts : report.failed).push(kept);
      continue;
    }
    await deps.store.delete(item.key);
    const body = result.value as (Station & { deleted?: boolean }) | { id: string; version: number; deleted: true } | null;
    const station = body && 'geometry' in body ? (body as Station) : null;
    const version = station?.properties.version ?? versionFromEtag(result.etag);
    report.applied.push({ item, station, version });
    // A station created from the queue: the edits made on it meanwhile now have its real id.
    if (item.method === 'POST' && isPendingId(item.stationId) && station) {
      for (let later = index + 1; later < items.length; later++) {
        const next = items[later]!;
        if (next.stationId !== item.stationId) continue;
        items[later] = { ...next, stationId: station.id, path: stationPath(station.id), ifMatch: next.ifMatch ?? version };
        await deps.store.put(items[later]!);
      }
      continue;
    }
    // The next waiting edit of the same station was made on the same base by this editor:
    // it now applies on top of the version just written.
    if (item.stationId && item.ifMatch !== null && version !== null) {
      for (let later = index + 1; later < items.length; later++) {
        const next = items[later]!;
        if (next.stationId !== item.stationId || next.ifMatch !== item.ifMatch || next.attempts > 0) continue;
        items[later] = { ...next, ifMatch: version };
        await deps.store.put(items[later]!);
      }
    }
  }
  return report;
}

const LOCK = 'station-console-outbox';

/**
 * Runs `change` when no round is sending (in this tab or another): a change that rewrites or
 * removes waiting items must not race a round that is sending them.
 */
export async function whileNotSending<T>(change: () => Promise<T>): Promise<T> {
  while (running) await running.catch(() => undefined);
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  changing += 1;
  try {
    return await (locks ? (locks.request(LOCK, change) as Promise<T>) : change());
  } finally {
    changing -= 1;
  }
}

let running: Promise<FlushReport> | null = null;
let changing = 0;

/** One round of sending; a second call while one runs gets `busy` rather than a parallel round. */
export function flushOutbox(deps: FlushDeps): Promise<FlushReport> {
  if (running || changing > 0) return Promise.resolve({ stop: 'busy', applied: [], conflicts: [], failed: [] });
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const round = locks
    ? (locks.request(LOCK, { ifAvailable: true }, (lock) =>
        lock ? flushRound(deps) : { stop: 'busy' as const, applied: [], conflicts: [], failed: [] },
      ) as Promise<FlushReport>)
    : flushRound(deps);
  running = round.finally(() => {
    running = null;
  });
  return running;
}
