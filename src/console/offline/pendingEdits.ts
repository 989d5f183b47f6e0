/**
 * What the office can do to a station the server does not have yet (pendingStations.ts), as
 * changes to the waiting queue. Each runs while no round is sending, so it never rewrites an
 * item that is on its way.
 */
import type { StationCreateBody, StationPatchBody } from '../api/types.ts';
import { whileNotSending } from './flush.ts';
import { newIdempotencyKey } from './outboxItem.ts';
import type { OutboxStore } from './outboxStore.ts';
import { createItemOf, dependentsOf, foldIntoCreate } from './pendingStations.ts';

export type DropOutcome =
  /** Never sent, or refused: taken out of the queue with the edits behind it. Nothing reached the server. */
  | 'dropped'
  /** Its create may have reached the server: a delete now waits behind it. */
  | 'queued'
  /** No longer waiting (just sent, or discarded). */
  | 'gone';

/**
 * A create the server refused (e.g. outside the jurisdiction), corrected: `body` and any edits
 * queued behind it are folded into the create, which waits again under a new key (the old
 * key's request was refused, so nothing exists under it).
 * @returns false when the create is no longer refused and waiting for a fix.
 */
export function resendRefusedCreate(store: OutboxStore, stationId: string, body: StationPatchBody): Promise<boolean> {
  return whileNotSending(async () => {
    const items = await store.list();
    const create = createItemOf(items, stationId);
    if (!create || create.state !== 'failed') return false;
    const following = dependentsOf(items, stationId);
    const patches = [...following.map((i) => i.body as StationPatchBody), body];
    const revised: StationCreateBody = foldIntoCreate(create.body as StationCreateBody, patches);
    await store.delete(create.key);
    for (const d of following) await store.delete(d.key);
    await store.put({ ...create, key: newIdempotencyKey(), body: revised, label: String(revised.properties.name ?? create.label), attempts: 0, state: 'waiting', error: null });
    return true;
  });
}

/** Deletes a station still to be created: out of the queue when that is safe, else a delete queued behind it. */
export function dropPendingStation(store: OutboxStore, stationId: string, username: string): Promise<DropOutcome> {
  return whileNotSending(async () => {
    const items = await store.list();
    const create = createItemOf(items, stationId);
    if (!create) return 'gone';
    if (create.attempts === 0 || create.state === 'failed') {
      await store.delete(create.key);
      for (const d of dependentsOf(items, stationId)) await store.delete(d.key);
      return 'dropped';
    }
    await store.put({
      key: newIdempotencyKey(),
      username,
      method: 'DELETE',
      path: `/api/stations/${encodeURIComponent(stationId)}`,
      ifMatch: null,
      body: undefined,
      stationId,
      label: create.label,
      fields: ['deleted'],
      createdAt: after([create, ...dependentsOf(items, stationId)].map((i) => i.createdAt)),
      attempts: 0,
      state: 'waiting',
      error: null,
      base: null,
      current: null,
    });
    return 'queued';
  });
}

/** Now, or just after the latest of `times` if the clock says earlier: the queue is sent in this order. */
function after(times: string[]): string {
  const latest = Math.max(...times.map((t) => Date.parse(t)).filter(Number.isFinite));
  return new Date(Math.max(Date.now(), latest + 1)).toISOString();
}

/** Discards one item; discarding a create discards the edits queued behind it too. */
export async function discardItem(store: OutboxStore, key: string): Promise<void> {
  const items = await store.list();
  const item = items.find((i) => i.key === key);
  await store.delete(key);
  if (item?.method === 'POST' && item.stationId) {
    for (const d of dependentsOf(items, item.stationId)) await store.delete(d.key);
  }
}
