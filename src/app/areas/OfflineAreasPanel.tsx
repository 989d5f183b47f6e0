/**
 * "Download an area for offline use": choose an area and see its size, then follow the
 * downloads (progress, pause, resume, cancel) and delete finished areas. A sheet of its own,
 * opened above the about view (a portal, so the two dialogs do not nest in the DOM).
 */
import { SheetHeader } from '../SheetHeader.tsx';
import { createPortal } from 'react-dom';
import { Dialog } from '../Dialog.tsx';
import { useI18n } from '../i18nContext.tsx';
import { AreaChooser } from './AreaChooser.tsx';
import { AreaList } from './AreaList.tsx';
import { sharedDownloader } from './instance.ts';
import type { OfflineAreasProps } from './OfflineAreasEntry.tsx';
import { useAreas } from './useAreas.ts';
import './areas.css';

export function OfflineAreasPanel({ config, origin, hubs, onClose }: OfflineAreasProps & { onClose: () => void }) {
  const { m } = useI18n();
  const a = m.offlineAreas;
  const downloader = sharedDownloader();
  const areas = useAreas(downloader);
  return createPortal(
    <Dialog label={a.title} onClose={onClose} testId="offline-areas" className="areas">
      <SheetHeader title={a.title} closeLabel={m.close} onClose={onClose} />
      <p>{a.intro}</p>
      {isIosBrowserTab() && <p className="notice notice--warn">{a.iosNote}</p>}
      <AreaChooser config={config} origin={origin} hubs={hubs} downloader={downloader} completedCount={areas.filter((r) => r.status === 'complete').length} />
      <AreaList areas={areas} downloader={downloader} />
    </Dialog>,
    document.body,
  );
}

/** iOS Safari outside an installed (home-screen) app: its storage is cleared after 7 days unused. */
function isIosBrowserTab(): boolean {
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const standalone = window.matchMedia?.('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
