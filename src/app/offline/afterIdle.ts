/**
 * Runs `task` once the page is idle, i.e. after the list that was just rendered has been painted:
 * for work that must not delay it (writing the local copy, registering the service worker).
 */
export function afterIdle(task: () => void, timeoutMs = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
  else setTimeout(task, 200);
}
