/**
 * The way in: a button in the about/offline view that opens the offline-areas panel. The panel
 * and the downloader load only when asked for, so the list's first paint never waits for them.
 */
import { lazy, Suspense, useState } from 'react';
import type { Hub, LngLat } from '../../core/station.ts';
import type { AppConfig } from '../config.ts';
import { useI18n } from '../i18nContext.tsx';

const OfflineAreasPanel = lazy(() => import('./OfflineAreasPanel.tsx').then((m) => ({ default: m.OfflineAreasPanel })));

export interface OfflineAreasProps {
  /** null until config.json is read. */
  config: AppConfig | null;
  /** The rider's current origin (located, chosen or from the link). */
  origin: LngLat | null;
  hubs: readonly Hub[];
}

export function OfflineAreasEntry(props: OfflineAreasProps) {
  const { m } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="action action--wide" data-testid="open-offline-areas" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {m.offlineAreas.open}
      </button>
      {open && (
        <Suspense fallback={null}>
          <OfflineAreasPanel {...props} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
