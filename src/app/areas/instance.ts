/**
 * The one downloader of this page, shared by every panel that opens (a download goes on when
 * the panel closes). Its areas live in IndexedDB 'offline-areas', its tiles in the service
 * worker's tile cache.
 */
import { createIdbAreaStore } from './areaStore.ts';
import { AreaDownloader } from './downloader.ts';
import { createCacheTileStore, type TileStore } from './tileStore.ts';

let downloader: AreaDownloader | null = null;
let tileStore: TileStore | null = null;

export function sharedTileStore(): TileStore {
  return (tileStore ??= createCacheTileStore());
}

export function sharedDownloader(): AreaDownloader {
  if (downloader) return downloader;
  const created = new AreaDownloader({ areas: createIdbAreaStore(), tiles: sharedTileStore() });
  downloader = created;
  // "Resume when online": a download paused by a lost connection carries on by itself.
  window.addEventListener('online', () => void created.resumeAll('offline'));
  void created.load().catch((error: unknown) => console.warn(`offline areas could not be read: ${String(error)}`));
  return created;
}
