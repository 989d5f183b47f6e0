/**
 * The rider's reports as the app sees them: the list (a watchable store), and the verbs submit,
 * remove and refreshStatuses. A report is written to the device FIRST and only then sent, so a
 * failed or lost request never loses what the rider typed.
 *
 * Sending runs on submit, at start, on the browser's `online` event and on the sender's own
 * schedule (sender.ts); statuses are asked for at start, on `online` and when "My reports"
 * opens (statusRefresh.ts). main.tsx creates one outbox and starts it once the list is shown.
 */
import type { ReportSubmission } from '../../core/report.ts';
import { reportSubmissionSchema } from '../../core/report.ts';
import type { Fetch } from '../offline/network.ts';
import { createStore } from '../offline/store.ts';
import type { Store } from '../offline/store.ts';
import type { ReportFailure, ReportRecord } from './reportRecord.ts';
import { openReportStore } from './reportStore.ts';
import type { ReportStore } from './reportStore.ts';
import { createReportSender } from './sender.ts';
import type { ReportSender, RoundResult, SendTrigger, SenderActivity, SenderDeps, Timers } from './sender.ts';
import { refreshReportStatuses } from './statusRefresh.ts';

/** How long "Send" waits for the server before the sheet says "saved, sending later". */
export const SUBMIT_WAIT_MS = 8_000;

export interface NewReport {
  submission: ReportSubmission;
  stationName: string;
  stationNameEn: string | null;
}

export type SubmitOutcome =
  /** The server has it. */
  | { kind: 'sent' }
  /** Stored on the device; sent later by itself. `durable` false: only until the page closes. */
  | { kind: 'queued'; why: 'offline' | 'network' | 'rate-limited' | 'slow'; durable: boolean }
  /** The server refused it for good; it stays in "My reports" with the reason. */
  | { kind: 'failed'; failure: ReportFailure }
  /** The device could not store it: nothing happened, the sheet keeps what was typed. */
  | { kind: 'not-saved'; detail: string };

export interface StatusCheck {
  state: 'idle' | 'checking' | 'done' | 'offline' | 'unavailable';
  /** When the server last answered a status request in this session. */
  checkedAt: Date | null;
}

export interface ReportOutbox {
  /** Every report on this device, oldest first; null until storage has been read. */
  readonly reports: Store<ReportRecord[] | null>;
  readonly activity: Store<SenderActivity>;
  readonly statusCheck: Store<StatusCheck>;
  /** Reads the list from storage if it has not been read yet. Never rejects. */
  load(): Promise<void>;
  /** Stores a validated report, then tries to send it (waiting at most SUBMIT_WAIT_MS). */
  submit(report: NewReport): Promise<SubmitOutcome>;
  /** Deletes a report from this device (a queued one is then never sent). */
  remove(id: string): Promise<void>;
  /** Tries to send what waits now (e.g. when "My reports" opens). Never rejects. */
  sendNow(): Promise<void>;
  /** Asks the server for the statuses of delivered reports (skipped offline). Never rejects. */
  refreshStatuses(): Promise<void>;
  /** Reads storage, sends what waits, refreshes statuses, listens for `online`. Returns stop. */
  start(): () => void;
}

export interface OutboxOptions {
  now: () => Date;
  fetch?: Fetch;
  /** Endpoints are relative to this (default: the page, so beside `api/stations`). */
  baseUrl?: string;
  openStore?: () => Promise<ReportStore>;
  /** Where `online` is heard (default window). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  isOnline?: () => boolean;
  locks?: SenderDeps['locks'];
  timers?: Timers;
  submitWaitMs?: number;
}

/**
 * @example
 * const outbox = createReportOutbox({ now });
 * outbox.start();
 * const outcome = await outbox.submit({ submission, stationName: '双井驿站', stationNameEn: null });
 */
export function createReportOutbox(options: OutboxOptions): ReportOutbox {
  const base = options.baseUrl ?? document.baseURI;
  const doFetch: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const isOnline = options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  const timers: Timers = options.timers ?? { set: (run, ms) => setTimeout(run, ms), clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };
  const reports = createStore<ReportRecord[] | null>(null);
  const statusCheck = createStore<StatusCheck>({ state: 'idle', checkedAt: null });
  let opened: Promise<ReportStore> | null = null;
  const storage = () => (opened ??= (options.openStore ?? (() => openReportStore()))());
  const reload = async () => reports.set(await (await storage()).list());

  // The sender needs the store, so it is made when first needed (nothing opens IndexedDB
  // before the app starts the outbox or the rider reports something).
  const activity = createStore<SenderActivity>({ sendingId: null, hold: null });
  let senderMade: Promise<ReportSender> | null = null;
  const sender = () =>
    (senderMade ??= storage().then((store) => {
      const made = createReportSender({
        store,
        fetch: doFetch,
        endpoint: new URL('api/reports', base),
        now: options.now,
        isOnline,
        ...(options.locks !== undefined ? { locks: options.locks } : {}),
        timers,
        onChange: () => void reload(),
      });
      made.activity.subscribe(() => activity.set(made.activity.get()));
      return made;
    }));
  const send = async (trigger: SendTrigger): Promise<RoundResult> => {
    const result = await (await sender()).send(trigger);
    await reload();
    return result;
  };

  let refreshing: Promise<void> | null = null;
  const refreshStatuses = (): Promise<void> =>
    (refreshing ??= (async () => {
      if (!isOnline()) {
        statusCheck.set({ ...statusCheck.get(), state: 'offline' });
        return;
      }
      statusCheck.set({ ...statusCheck.get(), state: 'checking' });
      const result = await refreshReportStatuses({
        store: await storage(),
        fetch: doFetch,
        endpoint: new URL('api/reports/status', base),
        now: options.now,
      });
      await reload();
      statusCheck.set(
        result.kind === 'unavailable'
          ? { ...statusCheck.get(), state: 'unavailable' }
          : { state: result.kind === 'done' ? 'done' : 'idle', checkedAt: result.kind === 'done' ? options.now() : statusCheck.get().checkedAt },
      );
    })()
      .catch((error: unknown) => {
        console.warn('report statuses could not be refreshed', error);
        statusCheck.set({ ...statusCheck.get(), state: 'unavailable' });
      })
      .finally(() => {
        refreshing = null;
      }));

  /** The round's result, or 'slow' when it takes longer than `ms`. */
  const sendWithin = async (ms: number): Promise<RoundResult | 'slow' | null> => {
    let timer: unknown = null;
    const slow = new Promise<'slow'>((resolve) => {
      timer = timers.set(() => resolve('slow'), ms);
    });
    try {
      return await Promise.race([send('submit').catch(() => null), slow]);
    } finally {
      timers.clear(timer);
    }
  };

  let stopStarted: (() => void) | null = null;

  return {
    reports,
    activity,
    statusCheck,
    load: () => (reports.get() === null ? reload().catch((error: unknown) => console.warn('reports could not be read', error)) : Promise.resolve()),
    async submit({ submission, stationName, stationNameEn }) {
      // The sheet validated already; this is the boundary, so once more.
      const checked = reportSubmissionSchema.safeParse(submission);
      if (!checked.success) throw new Error(`not a valid report: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      let store: ReportStore;
      try {
        store = await storage();
        await store.put({ id: checked.data.id, submission: checked.data, stationName, stationNameEn, state: 'queued', attempts: 0, lastTriedAt: null });
      } catch (error) {
        return { kind: 'not-saved', detail: error instanceof Error ? error.message : String(error) };
      }
      await reload();
      const round = await sendWithin(options.submitWaitMs ?? SUBMIT_WAIT_MS);
      const record = await store.get(checked.data.id);
      if (record?.state === 'sent') return { kind: 'sent' };
      if (record?.state === 'failed') return { kind: 'failed', failure: record.failure };
      const why = round === 'slow' ? 'slow' : round && round.stop !== 'done' ? round.stop : 'network';
      return { kind: 'queued', why, durable: store.durable };
    },
    async remove(id) {
      await (await storage()).delete(id);
      await reload();
    },
    refreshStatuses,
    async sendNow() {
      await send('manual').catch((error: unknown) => console.warn('reports could not be sent', error));
    },
    start() {
      if (stopStarted) return stopStarted;
      const events = options.events ?? (typeof window === 'undefined' ? null : window);
      const onOnline = () => void send('online').then(refreshStatuses, () => undefined);
      events?.addEventListener('online', onOnline);
      void reload()
        .then(() => send('start'))
        .then(refreshStatuses)
        .catch((error: unknown) => console.warn('the report outbox could not start', error));
      stopStarted = () => {
        events?.removeEventListener('online', onOnline);
        void sender().then((s) => s.stop());
      };
      return stopStarted;
    },
  };
}
