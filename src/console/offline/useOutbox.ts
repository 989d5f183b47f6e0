/**
 * The offline queue as React sees it: the items, "N changes waiting", and the verbs enqueue,
 * flush and discard. Sends when the browser says it is back `online`, when the tab becomes
 * visible, and every RETRY_MS while anything waits (a server that was down comes back without
 * any `online` event).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import type { StationPatchBody } from '../api/types.ts';
import { flushOutbox } from './flush.ts';
import type { FlushReport, FlushStop } from './flush.ts';
import { newIdempotencyKey } from './outboxItem.ts';
import type { OutboxItem } from './outboxItem.ts';
import { openOutboxStore } from './outboxStore.ts';
import { discardItem, dropPendingStation, resendRefusedCreate } from './pendingEdits.ts';
import type { DropOutcome } from './pendingEdits.ts';
import type { OutboxStore } from './outboxStore.ts';

export const RETRY_MS = 8_000;

export type NewEdit = Pick<OutboxItem, 'method' | 'path' | 'ifMatch' | 'body' | 'stationId' | 'label' | 'fields' | 'base'> & {
  /** The key the edit was already sent with, when its answer never came: the retry must reuse it. */
  key?: string;
};

export interface Outbox {
  items: OutboxItem[];
  /** Items still to be sent (not conflicts or failures). */
  waiting: number;
  sending: boolean;
  lastStop: FlushStop | null;
  durable: boolean;
  enqueue(edit: NewEdit): Promise<void>;
  flush(): Promise<FlushReport | null>;
  /** Discards an item (a create with the edits queued behind it). */
  discard(key: string): Promise<void>;
  /** A refused create, corrected, waits again (pendingEdits.ts). */
  resendRefusedCreate(stationId: string, body: StationPatchBody): Promise<boolean>;
  /** Deletes a station still to be created (pendingEdits.ts). */
  dropPendingStation(stationId: string): Promise<DropOutcome>;
}

export interface OutboxCallbacks {
  onReport(report: FlushReport): void;
}

/**
 * Two waiting PATCHes of one station become one: later values win, field by field. Only for an
 * edit never sent yet (a sent one may have been applied already; a later edit then queues after
 * it and is rebased on its answer, see flush.ts).
 */
export function mergePatch(earlier: OutboxItem, later: NewEdit): OutboxItem {
  const a = (earlier.body ?? {}) as StationPatchBody;
  const b = (later.body ?? {}) as StationPatchBody;
  const properties = { ...(a.properties ?? {}), ...(b.properties ?? {}) };
  const geometry = b.geometry ?? a.geometry;
  const body: StationPatchBody = { ...(Object.keys(properties).length ? { properties } : {}), ...(geometry ? { geometry } : {}) };
  return {
    ...earlier,
    body,
    label: later.label || earlier.label,
    fields: [...new Set([...earlier.fields, ...later.fields])],
  };
}

export function useOutbox(client: ApiClient, username: string, callbacks: OutboxCallbacks): Outbox {
  const [store, setStore] = useState<OutboxStore | null>(null);
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [sending, setSending] = useState(false);
  const [lastStop, setLastStop] = useState<FlushStop | null>(null);
  const latest = useRef(callbacks);
  latest.current = callbacks;

  useEffect(() => {
    let cancelled = false;
    void openOutboxStore().then(async (opened) => {
      if (cancelled) return;
      setStore(opened);
      setItems((await opened.list()).filter((i) => i.username === username));
    });
    return () => {
      cancelled = true;
    };
  }, [username]);

  const reload = useCallback(async (s: OutboxStore) => setItems((await s.list()).filter((i) => i.username === username)), [username]);

  const flush = useCallback(async (): Promise<FlushReport | null> => {
    if (!store) return null;
    setSending(true);
    try {
      const report = await flushOutbox({ store, client, username });
      const left = (await store.list()).filter((i) => i.username === username);
      // One render for the queue and what the report changes (the list, a new station's real id):
      // in between, a new station just sent would be in neither the queue nor the list.
      if (report.stop !== 'busy') setLastStop(report.stop);
      setItems(left);
      if (report.applied.length || report.conflicts.length || report.failed.length || report.stop === 'unauthenticated') {
        latest.current.onReport(report);
      }
      return report;
    } finally {
      setSending(false);
    }
  }, [store, client, username]);

  const enqueue = useCallback(
    async (edit: NewEdit) => {
      if (!store) throw new Error('the offline queue is not open yet');
      const all = await store.list();
      const same =
        edit.method === 'PATCH' && edit.stationId
          ? all.find(
              (i) => i.username === username && i.state === 'waiting' && i.method === 'PATCH' && i.stationId === edit.stationId && i.attempts === 0,
            )
          : undefined;
      if (same && !edit.key) {
        await store.put(mergePatch(same, edit));
      } else {
        await store.put({
          ...edit,
          key: edit.key ?? newIdempotencyKey(),
          username,
          createdAt: new Date().toISOString(),
          // An edit sent once already (its answer lost) counts that try: it is never merged or rebased.
          attempts: edit.key ? 1 : 0,
          state: 'waiting',
          error: null,
          current: null,
        });
      }
      await reload(store);
    },
    [store, username, reload],
  );

  const discard = useCallback(
    async (key: string) => {
      if (!store) return;
      await discardItem(store, key);
      await reload(store);
    },
    [store, reload],
  );
  const resend = useCallback(
    async (stationId: string, body: StationPatchBody) => {
      if (!store) return false;
      const done = await resendRefusedCreate(store, stationId, body);
      await reload(store);
      return done;
    },
    [store, reload],
  );
  const drop = useCallback(
    async (stationId: string): Promise<DropOutcome> => {
      if (!store) return 'gone';
      const outcome = await dropPendingStation(store, stationId, username);
      await reload(store);
      return outcome;
    },
    [store, reload, username],
  );

  const waiting = items.filter((i) => i.state === 'waiting').length;

  useEffect(() => {
    if (!store) return;
    // Not while the browser says it is offline: nothing could leave, and a try would count as one
    // (a create tried once may have reached the server, so it can no longer simply be dropped).
    const kick = () => navigator.onLine !== false && void flush();
    const onVisible = () => document.visibilityState === 'visible' && kick();
    window.addEventListener('online', kick);
    document.addEventListener('visibilitychange', onVisible);
    const timer = waiting > 0 ? window.setInterval(kick, RETRY_MS) : undefined;
    if (waiting > 0) kick();
    return () => {
      window.removeEventListener('online', kick);
      document.removeEventListener('visibilitychange', onVisible);
      if (timer !== undefined) window.clearInterval(timer);
    };
  }, [store, flush, waiting]);

  return { items, waiting, sending, lastStop, durable: store?.durable ?? true, enqueue, flush, discard, resendRefusedCreate: resend, dropPendingStation: drop };
}
