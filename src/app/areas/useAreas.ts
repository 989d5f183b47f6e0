/** The downloaded areas as React state, from the shared downloader. */
import { useSyncExternalStore } from 'react';
import type { AreaDownloader } from './downloader.ts';
import type { AreaRecord } from './types.ts';

export function useAreas(downloader: AreaDownloader): readonly AreaRecord[] {
  return useSyncExternalStore(
    (listener) => downloader.subscribe(listener),
    () => downloader.snapshot(),
  );
}
