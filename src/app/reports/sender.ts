/**
 * Sends the reports waiting in the outbox, oldest first. The report's id is the delivery key:
 * the server stores a report once per id and answers a repeat with the stored one, so sending
 * again after a lost answer is harmless. Still, one round at a time: within the tab (a promise;
 * a call during a round gets one more round after it) and across tabs (a Web Lock, where the
 * browser has them).
 *
 * Per report: delivered → sent; refused for good (400, 404 station_not_found, 409
 * report_id_conflict) → failed, kept for the rider to read and delete. 429 stops the round and
 * holds every send until Retry-After has passed; a network failure or a 5xx stops the round and
 * the next one waits 60 s, doubling to 10 minutes while failures go on. A new report, the app's
 * start and the `online` event send at once anyway (only a 429's wait is honoured).
 *
 * Waits are timers, never clock comparisons: a test (or a phone) may freeze or move the clock.
 */
import type { Fetch } from '../offline/network.ts';
import { createStore } from '../offline/store.ts';
import type { Store } from '../offline/store.ts';
import { postReport } from './reportApi.ts';
import type { ReportRecord } from './reportRecord.ts';
import type { ReportStore } from './reportStore.ts';

/** While anything waits, a round every minute. */
export const SEND_INTERVAL_MS = 60_000;
/** After repeated failures the wait doubles up to this. */
export const MAX_BACKOFF_MS = 10 * 60_000;
const LOCK_NAME = 'rider-reports-outbox';

/** What started a round: 'timer' is the sender's own schedule, the others are events. */
export type SendTrigger = 'submit' | 'start' | 'online' | 'timer' | 'manual';

export type RoundStop =
  | 'done'
  /** The browser says it is offline: nothing was tried. */
  | 'offline'
  /** No usable answer from the server. */
  | 'network'
  /** A 429 earlier or now: holding until Retry-After. */
  | 'rate-limited';

export interface RoundResult {
  stop: RoundStop;
  /** Ids delivered in this round. */
  delivered: string[];
  /** Ids refused for good in this round. */
  failed: string[];
}

export interface SenderActivity {
  /** The report whose request is on its way (its "cancel" would come too late). */
  sendingId: string | null;
  /** Why nothing is sent right now, if a round stopped early. */
  hold: 'offline' | 'network' | 'rate-limited' | null;
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface SenderDeps {
  store: ReportStore;
  fetch: Fetch;
  /** POST target, e.g. new URL('api/reports', document.baseURI). */
  endpoint: URL;
  now: () => Date;
  /** Default: `navigator.onLine !== false` (false is reliable; true may still mean no route). */
  isOnline?: () => boolean;
  /** Default: `navigator.locks` where it exists. null: no cross-tab lock. */
  locks?: Pick<LockManager, 'request'> | null;
  timers?: Timers;
  /** Called after the sender changed a stored report. */
  onChange?: () => void;
}

export interface ReportSender {
  /** Runs a round now (or right after the running one) and resolves with its result. */
  send(trigger: SendTrigger): Promise<RoundResult>;
  readonly activity: Store<SenderActivity>;
  /** Clears the schedule (tests, or a page going away). */
  stop(): void;
}

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * @example
 * const sender = createReportSender({ store, fetch, endpoint: new URL('api/reports', document.baseURI), now: () => new Date() });
 * window.addEventListener('online', () => void sender.send('online'));
 */
export function createReportSender(deps: SenderDeps): ReportSender {
  const timers = deps.timers ?? browserTimers;
  const isOnline = deps.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const locks = deps.locks !== undefined ? deps.locks : typeof navigator !== 'undefined' ? (navigator.locks ?? null) : null;
  const activity = createStore<SenderActivity>({ sendingId: null, hold: null });
  const setActivity = (patch: Partial<SenderActivity>) => {
    const next = { ...activity.get(), ...patch };
    if (next.sendingId !== activity.get().sendingId || next.hold !== activity.get().hold) activity.set(next);
  };

  let running: Promise<RoundResult> | null = null;
  let next: Promise<RoundResult> | null = null;
  let timer: unknown = null;
  let rateLimited = false;
  let failures = 0;

  const round = async (): Promise<RoundResult> => {
    const result: RoundResult = { stop: 'done', delivered: [], failed: [] };
    if (rateLimited) return { ...result, stop: 'rate-limited' };
    if (!isOnline()) return { ...result, stop: 'offline' };
    const queued = (await deps.store.list()).filter((r) => r.state === 'queued');
    for (const listed of queued) {
      // Read it again: another tab may have sent it, or the rider cancelled it, meanwhile.
      const record = await deps.store.get(listed.id);
      if (record?.state !== 'queued') continue;
      const triedAt = deps.now().toISOString();
      setActivity({ sendingId: record.id });
      const outcome = await postReport(deps.fetch, deps.endpoint, record.submission).finally(() => setActivity({ sendingId: null }));
      const base = { id: record.id, submission: record.submission, stationName: record.stationName, stationNameEn: record.stationNameEn };
      let updated: ReportRecord;
      switch (outcome.kind) {
        case 'delivered':
          updated = { ...base, state: 'sent', sentAt: deps.now().toISOString(), view: outcome.view, checkedAt: outcome.view ? deps.now().toISOString() : null };
          result.delivered.push(record.id);
          break;
        case 'rejected':
          updated = { ...base, state: 'failed', failedAt: deps.now().toISOString(), failure: outcome.failure };
          result.failed.push(record.id);
          break;
        case 'rate-limited':
          await keep(record, triedAt);
          holdFor(outcome.retryAfterSeconds * 1000);
          return { ...result, stop: 'rate-limited' };
        case 'unavailable':
          await keep(record, triedAt);
          return { ...result, stop: 'network' };
        default:
          return assertNever(outcome);
      }
      // Cancelled while its request was on the way: the server may have it, the rider does not want it listed.
      if (await deps.store.get(record.id)) {
        await deps.store.put(updated);
        deps.onChange?.();
      }
    }
    return result;
  };

  /** Still queued: count the try (shown as "tried N times"), if the rider has not deleted it meanwhile. */
  const keep = async (record: Extract<ReportRecord, { state: 'queued' }>, triedAt: string) => {
    if (!(await deps.store.get(record.id))) return;
    await deps.store.put({ ...record, attempts: record.attempts + 1, lastTriedAt: triedAt });
    deps.onChange?.();
  };

  const holdFor = (ms: number) => {
    rateLimited = true;
    schedule(ms, () => {
      rateLimited = false;
    });
  };

  function schedule(ms: number, before?: () => void): void {
    if (timer !== null) timers.clear(timer);
    timer = timers.set(() => {
      timer = null;
      before?.();
      void send('timer');
    }, ms);
  }

  const afterRound = async (result: RoundResult): Promise<void> => {
    failures = result.stop === 'network' ? failures + 1 : result.stop === 'done' ? 0 : failures;
    setActivity({ hold: result.stop === 'done' ? null : result.stop });
    if (result.stop === 'rate-limited') return; // holdFor scheduled the next round already
    const waiting = (await deps.store.list()).some((r) => r.state === 'queued');
    if (!waiting) {
      if (timer !== null) timers.clear(timer);
      timer = null;
      return;
    }
    const delay = result.stop === 'network' ? Math.min(SEND_INTERVAL_MS * 2 ** (failures - 1), MAX_BACKOFF_MS) : SEND_INTERVAL_MS;
    schedule(delay);
  };

  const startRound = (): Promise<RoundResult> => {
    const exclusive = async () => {
      const result = await round();
      await afterRound(result);
      return result;
    };
    const guarded = locks ? (async () => await locks.request(LOCK_NAME, exclusive))() : exclusive();
    running = guarded.finally(() => {
      running = null;
    });
    return running;
  };

  // The trigger only documents the call site: every call sends now (a back-off shapes only the
  // sender's own schedule); only a 429's wait holds a round back, and round() checks that.
  function send(_trigger: SendTrigger): Promise<RoundResult> {
    if (!running) return startRound();
    // One more round after the running one covers every call made meanwhile.
    next ??= running.then(
      () => {
        next = null;
        return startRound();
      },
      () => {
        next = null;
        return startRound();
      },
    );
    return next;
  }

  return {
    send,
    activity,
    stop() {
      if (timer !== null) timers.clear(timer);
      timer = null;
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`unexpected outcome ${JSON.stringify(value)}`);
}
