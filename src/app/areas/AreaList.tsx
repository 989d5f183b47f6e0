/** The downloaded (and downloading) areas: progress, what happened, and what can be done. */
import type { Messages } from '../../i18n/messages.ts';
import { useI18n } from '../i18nContext.tsx';
import type { AreaDownloader } from './downloader.ts';
import { DEFAULT_PER_TILE_OVERHEAD_BYTES } from '../../core/tileCover.ts';
import { formatBytes } from './formatBytes.ts';
import type { AreaRecord, AreaShape } from './types.ts';

export function AreaList({ areas, downloader }: { areas: readonly AreaRecord[]; downloader: AreaDownloader }) {
  const { m } = useI18n();
  const a = m.offlineAreas;
  return (
    <section className="areas__list" aria-labelledby="areas-list-title">
      <h3 id="areas-list-title">{a.listTitle}</h3>
      {areas.length === 0 && <p className="muted">{a.listEmpty}</p>}
      <ul>
        {areas.map((area) => (
          <AreaRow key={area.id} area={area} downloader={downloader} />
        ))}
      </ul>
    </section>
  );
}

function AreaRow({ area, downloader }: { area: AreaRecord; downloader: AreaDownloader }) {
  const { m, f, locale } = useI18n();
  const a = m.offlineAreas;
  const total = area.tileUrls.length;
  const name = areaName(area.shape, m, locale);
  return (
    <li
      className="areas__row"
      data-testid="offline-area"
      data-area-id={area.id}
      data-status={area.status}
      data-pause-reason={area.pauseReason ?? ''}
      data-done={area.doneCount}
      data-total={total}
      data-bytes={area.bytes}
    >
      <div className="areas__name">{name}</div>
      {area.status !== 'complete' && (
        <>
          <progress data-testid="area-progress" max={total} value={area.doneCount} aria-label={name} />
          <div className="muted">{a.progress(area.doneCount, total, formatBytes(storageBytes(area)))}</div>
        </>
      )}
      <p className={area.status === 'paused' && area.pauseReason !== 'user' ? 'notice notice--warn' : ''} data-testid="area-status" role="status">
        {statusText(area, m, (iso) => f.date(new Date(iso)))}
      </p>
      <div className="areas__actions">
        {area.status === 'downloading' && (
          <button type="button" className="action" data-testid="area-pause" onClick={() => downloader.pause(area.id)}>
            {a.pause}
          </button>
        )}
        {area.status === 'paused' && (
          <button type="button" className="action" data-testid="area-resume" onClick={() => void downloader.resume(area.id)}>
            {a.resume}
          </button>
        )}
        {area.status === 'complete' ? (
          <button type="button" className="action" data-testid="area-delete" onClick={() => void downloader.remove(area.id)}>
            {a.remove}
          </button>
        ) : (
          <button type="button" className="action" data-testid="area-cancel" onClick={() => void downloader.remove(area.id)}>
            {a.cancel}
          </button>
        )}
      </div>
    </li>
  );
}

/** What the area takes in storage: its tile bodies plus the per-entry overhead, as in the estimate. */
export function storageBytes(area: AreaRecord): number {
  return area.bytes + (area.doneCount - area.missingCount) * DEFAULT_PER_TILE_OVERHEAD_BYTES;
}

export function areaName(shape: AreaShape, m: Messages, locale: string): string {
  const a = m.offlineAreas;
  if (shape.kind === 'office') return a.areaOffice(locale === 'en' && shape.nameEn ? shape.nameEn : shape.name);
  const radius = a.radiusKm(shape.radiusKm);
  if (shape.around.kind === 'hub') return a.areaAroundHub(locale === 'en' && shape.around.nameEn ? shape.around.nameEn : shape.around.name, radius);
  return a.areaAroundPlace(radius);
}

function statusText(area: AreaRecord, m: Messages, date: (iso: string) => string): string {
  const a = m.offlineAreas;
  const done = area.doneCount;
  const total = area.tileUrls.length;
  switch (area.status) {
    case 'downloading':
      return a.downloading;
    case 'complete':
      return a.saved(date(area.completedAt ?? area.updatedAt), formatBytes(storageBytes(area)));
    case 'paused':
      switch (area.pauseReason ?? 'user') {
        case 'user':
          return a.pausedByRider(done, total);
        case 'offline':
          return a.connectionLost(done, total);
        case 'storage':
          return a.storageFull(done, total);
        case 'interrupted':
          return a.interrupted(done, total);
        case 'evicted':
          return a.evicted(done, total);
        case 'error':
          return a.failed(area.errorDetail ?? '?');
      }
  }
}
