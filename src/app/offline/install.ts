/**
 * When to suggest installing the app: where the browser offers it (`beforeinstallprompt`,
 * Chromium), and on iOS, where only an app added to the home screen keeps its storage (Safari
 * clears a website's data after some days without a visit). Shown until dismissed (our "got it"
 * or "cancel" in the browser's install dialog), once per device.
 * Installing asks for persistent storage, and so does every start of the installed app.
 */
import { requestPersistentStorage } from './persist.ts';
import { createStore } from './store.ts';
import type { Store } from './store.ts';

export type InstallOffer = 'none' | 'prompt' | 'ios';

export interface InstallHints {
  readonly offer: Store<InstallOffer>;
  /** Shows the browser's install dialog (offer 'prompt'). */
  install(): Promise<void>;
  /** Hides the hint for good on this device. */
  dismiss(): void;
}

/** The Chromium event; not in TypeScript's DOM library. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export const INSTALL_HINT_KEY = 'rider-install-hint-v1';

export function watchInstall(storage: Storage | null): InstallHints {
  const dismissed = () => storage?.getItem(INSTALL_HINT_KEY) === 'dismissed';
  const offer = createStore<InstallOffer>('none');
  let deferred: BeforeInstallPromptEvent | null = null;

  if (isStandalone()) {
    void requestPersistentStorage();
  } else if (isIos()) {
    // Safari has no install prompt; only the Share menu's "Add to Home Screen".
    if (!dismissed()) offer.set('ios');
  } else {
    window.addEventListener('beforeinstallprompt', (event) => {
      event.preventDefault(); // our own hint instead of the browser's mini-infobar
      deferred = event as BeforeInstallPromptEvent;
      if (!dismissed()) offer.set('prompt');
    });
  }
  window.addEventListener('appinstalled', () => {
    offer.set('none');
    void requestPersistentStorage();
  });

  const dismiss = () => {
    try {
      storage?.setItem(INSTALL_HINT_KEY, 'dismissed');
    } catch {
      // storage full or blocked: the hint just comes back next time
    }
    offer.set('none');
  };
  return {
    offer,
    async install() {
      const event = deferred;
      if (!event) return;
      deferred = null;
      await event.prompt();
      const choice = await event.userChoice;
      if (choice.outcome === 'accepted') {
        void requestPersistentStorage();
        offer.set('none');
      } else {
        // "Cancel" in the browser's own dialog is a no: do not ask again (Chromium offers at once).
        dismiss();
      }
    },
    dismiss,
  };
}

function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia?.('(display-mode: standalone)').matches === true;
}

/** iPhone, iPod, and iPad (which reports itself as a Mac with touch). */
function isIos(): boolean {
  const ua = navigator.userAgent;
  return /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
}
