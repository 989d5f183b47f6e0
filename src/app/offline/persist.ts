/**
 * Asks the browser to keep this origin's storage (IndexedDB, caches) under storage pressure.
 * Called when the rider installs the app and when an area is downloaded for offline use.
 */

/** What the browser decided; 'unsupported' where there is no StorageManager (old Safari, http). */
export type PersistResult = 'persisted' | 'denied' | 'unsupported';

/**
 * Requests persistent storage once it is not already granted. Never throws.
 *
 * @example
 * const result = await requestPersistentStorage(); // 'persisted' | 'denied' | 'unsupported'
 */
export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistResult> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'denied';
  } catch {
    return 'denied';
  }
}
