/**
 * The page's side of the service worker (workbox-window): registers it, notices a new version
 * waiting, and only on the rider's "reload" tells it to take over and reloads once it has.
 * Also relays the worker's "tile missing" reports, so the offline banner can say the map has gaps.
 */
import type { Workbox } from 'workbox-window';
import { SW_MESSAGES } from '../../sw/protocol.ts';
import { createStore } from './store.ts';
import type { Store } from './store.ts';

export type UpdateState = 'none' | 'waiting' | 'activating';

export interface ServiceWorkerShell {
  /** 'waiting': a new version is installed and waits for the rider's go-ahead. */
  readonly update: Store<UpdateState>;
  /** True once the worker reported a map tile it had not stored while the network was down. */
  readonly tilesMissing: Store<boolean>;
  /** Registers the worker (call once the list is on screen: the precache download must not compete with it). */
  register(): void;
  /** The rider tapped "reload": activate the waiting version, then reload the page once. */
  acceptUpdate(): void;
  /** The network is back: forget reported gaps (the tiles can be fetched now). */
  clearTilesMissing(): void;
}

/** How often an open page asks whether a new version was deployed. */
const UPDATE_CHECK_MS = 30 * 60_000;
/** After the rider accepts, reload by this time even if the new worker has not said it took over. */
const ACCEPT_TIMEOUT_MS = 10_000;

// From the app's base, not the page: /console/… pages register the same worker.
export function createServiceWorkerShell(scriptUrl = `${import.meta.env.BASE_URL}sw.js`): ServiceWorkerShell {
  const update = createStore<UpdateState>('none');
  const tilesMissing = createStore(false);
  const supported = typeof navigator !== 'undefined' && 'serviceWorker' in navigator;
  let wb: Workbox | null = null;
  let registering = false;
  let accepted = false;
  let reloading = false;

  /** Reloads into the new version once it controls the page, and only if the rider asked for it. */
  function reloadOnce(): void {
    if (!accepted || reloading) return;
    reloading = true;
    window.location.reload();
  }

  function start(workbox: Workbox): void {
    wb = workbox;
    workbox.addEventListener('waiting', () => update.set('waiting'));
    // Fires on the first install too (clientsClaim); only a version the rider accepted reloads.
    workbox.addEventListener('controlling', reloadOnce);
    navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
      if ((event.data as { type?: unknown } | null)?.type === SW_MESSAGES.tileMissing) tilesMissing.set(true);
    });
    workbox.register().catch((error: unknown) => console.warn('service worker registration failed', error));
    setInterval(() => {
      if (document.visibilityState === 'visible' && navigator.onLine) void workbox.update().catch(() => undefined);
    }, UPDATE_CHECK_MS);
  }

  return {
    update,
    tilesMissing,
    register() {
      if (!supported || registering) return;
      registering = true;
      // workbox-window is loaded here, after the list: showing the list does not need it.
      import('workbox-window').then(
        ({ Workbox: WorkboxClass }) => start(new WorkboxClass(new URL(scriptUrl, document.baseURI).href)),
        (error: unknown) => console.warn('workbox-window could not be loaded', error),
      );
    },
    acceptUpdate() {
      if (!wb || update.get() !== 'waiting') return;
      accepted = true;
      update.set('activating');
      // Listen on the container too: workbox-window's 'controlling' only covers the worker this
      // page instance registered, and the waiting one may come from an earlier page load.
      navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
      void navigator.serviceWorker.getRegistration().then((registration) => {
        const waiting = registration?.waiting;
        if (!waiting) {
          wb?.messageSkipWaiting();
          return;
        }
        // The new worker may activate without this page seeing a controller change (a page the
        // old worker did not control): its own 'activated' state is the other signal to reload.
        waiting.addEventListener('statechange', () => {
          if (waiting.state === 'activated') reloadOnce();
        });
        waiting.postMessage({ type: SW_MESSAGES.skipWaiting });
      });
      // The rider asked for a reload: never leave them waiting on a worker that does not answer.
      setTimeout(reloadOnce, ACCEPT_TIMEOUT_MS);
    },
    clearTilesMissing() {
      tilesMissing.set(false);
    },
  };
}
