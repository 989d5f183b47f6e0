/**
 * The writes the console makes, each ending in one outcome the UI shows: saved, queued for
 * later (no network), a conflict (theirs and mine), or an error in words. A request that got no
 * answer is queued with the Idempotency-Key it was sent with, so if it did reach the server the
 * retry is answered from the server's record instead of being applied twice.
 */
import { useCallback } from 'react';
import type { Station } from '../../core/station.ts';
import type { ApiClient } from '../api/client.ts';
import { stationPath } from '../api/client.ts';
import { describeFailure } from '../api/describeFailure.ts';
import type { ApiResult } from '../api/result.ts';
import type { StationCreateBody, StationPatchBody } from '../api/types.ts';
import { patchFields } from '../editor/draft.ts';
import { useConsoleI18n } from '../i18n/context.tsx';
import { newIdempotencyKey } from '../offline/outboxItem.ts';
import { applyPatch, createItemOf, isPendingId, pendingStationId } from '../offline/pendingStations.ts';
import type { NewEdit, Outbox } from '../offline/useOutbox.ts';
import type { StationDataApi } from './useStationData.ts';

export type SaveOutcome =
  | { kind: 'saved'; station: Station }
  | { kind: 'deleted' }
  /** Kept on this device: offline, behind the create of a station the server does not have yet, or a refused new station corrected and sent again. */
  | { kind: 'queued'; why?: 'offline' | 'behindCreate' | 'resend' }
  | { kind: 'conflict'; current: Station; currentVersion: number }
  | { kind: 'error'; message: string; code: string };

export interface StationActions {
  create(body: StationCreateBody): Promise<SaveOutcome>;
  /** PATCH `body` on top of `base` (If-Match: base's version). */
  patch(base: Station, body: StationPatchBody): Promise<SaveOutcome>;
  remove(base: Station): Promise<SaveOutcome>;
  revert(base: Station, version: number): Promise<SaveOutcome>;
}

interface Deps {
  client: ApiClient;
  outbox: Outbox;
  stations: StationDataApi;
  officeName(code: string): string | null;
  onExpired(): void;
}

export function useStationActions({ client, outbox, stations, officeName, onExpired }: Deps): StationActions {
  const { t } = useConsoleI18n();

  const settle = useCallback(
    async <T,>(result: ApiResult<T>, edit: NewEdit & { key: string }, onOk: (value: T) => SaveOutcome): Promise<SaveOutcome> => {
      if (result.ok) return onOk(result.value);
      const f = result.failure;
      if (f.kind === 'network') {
        await outbox.enqueue(edit);
        return { kind: 'queued' };
      }
      if (f.status === 401) onExpired();
      if (f.status === 409 && f.code === 'version_conflict') {
        const details = f.details as { current?: Station; currentVersion?: number } | null;
        if (details?.current) return { kind: 'conflict', current: details.current, currentVersion: details.currentVersion ?? details.current.properties.version ?? 0 };
      }
      return { kind: 'error', message: describeFailure(f, t, officeName), code: f.code };
    },
    [outbox, onExpired, t, officeName],
  );

  /** Another edit of this station already waits: this one goes behind it, unsent. */
  const waitsBehind = useCallback(
    (stationId: string) => outbox.items.some((i) => i.stationId === stationId && i.state === 'waiting'),
    [outbox.items],
  );
  const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

  const create = useCallback(
    async (body: StationCreateBody): Promise<SaveOutcome> => {
      const key = newIdempotencyKey();
      // Until the server gives it an id, the queue knows it by a provisional one (pendingStations.ts).
      const edit = { key, method: 'POST' as const, path: '/api/stations', ifMatch: null, body, stationId: pendingStationId(key), label: String(body.properties.name ?? ''), fields: [], base: null };
      if (offline()) {
        // Never sent: queued without its key, so the queue counts no try (it can still be dropped).
        const { key: _neverSent, ...unsent } = edit;
        await outbox.enqueue(unsent);
        return { kind: 'queued' };
      }
      return settle(await client.createStation(body, { idempotencyKey: key }), edit, (station) => {
        stations.upsert(station);
        return { kind: 'saved', station };
      });
    },
    [client, outbox, settle, stations],
  );

  /** An edit of a station the server does not have yet: it waits behind the create, or corrects a refused create. */
  const patchPending = useCallback(
    async (base: Station, body: StationPatchBody): Promise<SaveOutcome> => {
      const create = createItemOf(outbox.items, base.id);
      if (!create) return { kind: 'error', message: t.pendingGone, code: 'pending_gone' };
      if (create.state === 'failed') {
        return (await outbox.resendRefusedCreate(base.id, body)) ? { kind: 'queued', why: 'resend' } : { kind: 'error', message: t.pendingGone, code: 'pending_gone' };
      }
      await outbox.enqueue({ method: 'PATCH', path: stationPath(base.id), ifMatch: null, body, stationId: base.id, label: base.properties.name, fields: patchFields(body), base });
      return { kind: 'queued', why: 'behindCreate' };
    },
    [outbox, t],
  );

  const patch = useCallback(
    async (base: Station, body: StationPatchBody): Promise<SaveOutcome> => {
      if (isPendingId(base.id)) return patchPending(base, body);
      const version = base.properties.version ?? null;
      const edit: NewEdit = { method: 'PATCH', path: stationPath(base.id), ifMatch: version, body, stationId: base.id, label: base.properties.name, fields: patchFields(body), base };
      const showLocally = () => stations.upsert(applyPatch(base, body));
      if (offline() || waitsBehind(base.id)) {
        await outbox.enqueue(edit);
        showLocally();
        return { kind: 'queued' };
      }
      const key = newIdempotencyKey();
      const outcome = await settle(await client.patchStation(base.id, body, { ifMatch: version, idempotencyKey: key }), { ...edit, key }, (station) => {
        stations.upsert(station);
        return { kind: 'saved', station };
      });
      if (outcome.kind === 'queued') showLocally();
      return outcome;
    },
    [client, outbox, settle, stations, waitsBehind, patchPending],
  );

  const remove = useCallback(
    async (base: Station): Promise<SaveOutcome> => {
      if (isPendingId(base.id)) {
        const dropped = await outbox.dropPendingStation(base.id);
        if (dropped === 'gone') return { kind: 'error', message: t.pendingGone, code: 'pending_gone' };
        return dropped === 'dropped' ? { kind: 'deleted' } : { kind: 'queued', why: 'behindCreate' };
      }
      const key = newIdempotencyKey();
      const version = base.properties.version ?? null;
      const edit = { key, method: 'DELETE' as const, path: stationPath(base.id), ifMatch: version, body: undefined, stationId: base.id, label: base.properties.name, fields: ['deleted'], base };
      const { key: _neverSent, ...unsent } = edit;
      const outcome = offline()
        ? (await outbox.enqueue(unsent), { kind: 'queued' as const })
        : await settle(await client.deleteStation(base.id, { ifMatch: version, idempotencyKey: key }), edit, () => ({ kind: 'deleted' }));
      if (outcome.kind === 'deleted' || outcome.kind === 'queued') stations.remove(base.id);
      return outcome;
    },
    [client, outbox, settle, stations, t],
  );

  const revert = useCallback(
    async (base: Station, version: number): Promise<SaveOutcome> => {
      const result = await client.revert(base.id, version, { ifMatch: base.properties.version ?? null, idempotencyKey: newIdempotencyKey() });
      if (result.ok) {
        stations.upsert(result.value);
        return { kind: 'saved', station: result.value };
      }
      if (result.failure.kind === 'http' && result.failure.status === 401) onExpired();
      return { kind: 'error', message: describeFailure(result.failure, t, officeName), code: result.failure.kind === 'http' ? result.failure.code : 'network' };
    },
    [client, stations, onExpired, t, officeName],
  );

  return { create, patch, remove, revert };
}
