/**
 * Everything the offline layer starts beside the React tree: the service worker and the install
 * hints. main.tsx creates it once and hands it to the App.
 */
import { watchInstall } from './install.ts';
import type { InstallHints } from './install.ts';
import { createServiceWorkerShell } from './serviceWorker.ts';
import type { ServiceWorkerShell } from './serviceWorker.ts';

export interface OfflineShell {
  sw: ServiceWorkerShell;
  install: InstallHints;
}

export function startOfflineShell(storage: Storage | null): OfflineShell {
  return { sw: createServiceWorkerShell(), install: watchInstall(storage) };
}
