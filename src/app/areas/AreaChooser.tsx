/**
 * Choosing "my area" — a radius around my place or a hub, or a street office's jurisdiction —
 * and the finest zoom; then the honest numbers (tiles, size, station data, free space) and the
 * download button. Refusals (provider terms, not enough storage) are said plainly, and a refused
 * download stores nothing.
 */
import { useMemo, useState } from 'react';
import { distance } from '@turf/turf';
import { officeAt } from '../../core/offices.ts';
import type { Hub, LngLat } from '../../core/station.ts';
import { requestPersistentStorage } from '../offline/persist.ts';
import { useI18n } from '../i18nContext.tsx';
import type { AppConfig } from '../config.ts';
import type { AreaDownloader } from './downloader.ts';
import { freeSpace } from './estimate.ts';
import { formatBytes } from './formatBytes.ts';
import { storageRefusal, type AreaPlan } from './planArea.ts';
import { AREA_RADII_KM, type AreaShape } from './types.ts';
import { useAreaPlan, useOfficeShapes, useTileSet } from './useAreaPlan.ts';

type Kind = 'place' | 'hub' | 'office';

type Outcome =
  | { kind: 'refusedStorage'; neededBytes: number; availableBytes: number }
  | { kind: 'started'; persistDenied: boolean }
  | null;

interface Props {
  config: AppConfig | null;
  origin: LngLat | null;
  hubs: readonly Hub[];
  downloader: AreaDownloader;
  completedCount: number;
}

export function AreaChooser({ config, origin, hubs, downloader, completedCount }: Props) {
  const { m, locale } = useI18n();
  const a = m.offlineAreas;
  const [kind, setKind] = useState<Kind>(origin ? 'place' : 'hub');
  const [radiusKm, setRadiusKm] = useState<number>(3);
  const [hubId, setHubId] = useState<string | null>(null);
  const [officeCode, setOfficeCode] = useState<string | null>(null);
  const [chosenZoom, setChosenZoom] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const tileSet = useTileSet(config);
  const offices = useOfficeShapes(kind === 'office');
  const ready = tileSet.status === 'ready' ? tileSet.value : null;
  const maxZoom = chosenZoom ?? ready?.maxZoom ?? 0;

  const sortedHubs = useMemo(
    () =>
      [...hubs].sort((x, y) =>
        origin
          ? distance(origin, x.geometry.coordinates) - distance(origin, y.geometry.coordinates) || x.id.localeCompare(y.id)
          : x.properties.name.localeCompare(y.properties.name, 'zh-CN'),
      ),
    [hubs, origin],
  );
  const hub = sortedHubs.find((h) => h.id === hubId) ?? sortedHubs[0] ?? null;
  const officeList = offices.status === 'ready' ? offices.value : [];
  const office =
    officeList.find((o) => o.properties.code === officeCode) ?? (origin ? officeAt(officeList, origin) : null) ?? officeList[0] ?? null;

  const shape = useMemo((): AreaShape | null => {
    if (kind === 'place') return origin ? { kind: 'circle', center: origin, radiusKm, around: { kind: 'place' } } : null;
    if (kind === 'hub') {
      if (!hub) return null;
      const around = { kind: 'hub' as const, hubId: hub.id, name: hub.properties.name, ...(hub.properties.name_en ? { nameEn: hub.properties.name_en } : {}) };
      return { kind: 'circle', center: hub.geometry.coordinates, radiusKm, around };
    }
    if (!office) return null;
    const p = office.properties;
    return { kind: 'office', code: p.code, name: p.name, nameEn: p.name_en, geometry: office.geometry };
  }, [kind, origin, radiusKm, hub, office]);

  const allowed = ready?.decision.allowed === true;
  const plan = useAreaPlan(allowed ? ready : null, shape, maxZoom, completedCount);
  const planned = plan?.status === 'ready' ? plan.value : null;

  const choose = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setOutcome(null);
  };

  async function download(): Promise<void> {
    if (!planned || busy) return;
    setBusy(true);
    try {
      // Ask again now: the estimate may be minutes old and other apps use the same disk.
      const refusal = storageRefusal(planned.neededBytes, await freeSpace());
      if (refusal) {
        setOutcome({ kind: 'refusedStorage', ...refusal });
        return;
      }
      const persisted = await requestPersistentStorage();
      if (!planned.stationData.stored) keepStationData(planned.stationData.urls);
      await downloader.start(planned.area);
      setOutcome({ kind: 'started', persistDenied: persisted === 'denied' });
    } finally {
      setBusy(false);
    }
  }

  const kinds: { kind: Kind; label: string }[] = [
    { kind: 'place', label: a.kindPlace },
    { kind: 'hub', label: a.kindHub },
    { kind: 'office', label: a.kindOffice },
  ];

  return (
    <section className="areas__chooser" aria-labelledby="areas-choose-title">
      <h3 id="areas-choose-title">{a.chooseTitle}</h3>
      <div className="chips areas__chips" role="group" aria-label={a.chooseTitle}>
        {kinds.map((k) => (
          <button key={k.kind} type="button" className="chip" data-testid="area-kind" data-kind={k.kind} aria-pressed={kind === k.kind} onClick={() => choose(setKind)(k.kind)}>
            {k.label}
          </button>
        ))}
      </div>

      {kind !== 'office' && (
        <div className="chips areas__chips" role="group" aria-label={a.radius}>
          {AREA_RADII_KM.map((km) => (
            <button key={km} type="button" className="chip" data-testid="area-radius" data-km={km} aria-pressed={radiusKm === km} onClick={() => choose(setRadiusKm)(km)}>
              {a.radiusKm(km)}
            </button>
          ))}
        </div>
      )}
      {kind === 'place' && !origin && <p className="notice notice--warn">{a.noOrigin}</p>}
      {kind === 'hub' && (
        <label className="areas__field">
          <span>{a.hub}</span>
          <select data-testid="area-hub" value={hub?.id ?? ''} onChange={(e) => choose(setHubId)(e.target.value)}>
            {sortedHubs.map((h) => (
              <option key={h.id} value={h.id}>
                {locale === 'en' && h.properties.name_en ? h.properties.name_en : h.properties.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {kind === 'office' && (
        <label className="areas__field">
          <span>{a.office}</span>
          <select data-testid="area-office" value={office?.properties.code ?? ''} onChange={(e) => choose(setOfficeCode)(e.target.value)}>
            {officeList.map((o) => (
              <option key={o.properties.code} value={o.properties.code}>
                {locale === 'en' ? o.properties.name_en : o.properties.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {ready && allowed && (
        <label className="areas__field">
          <span>{a.maxZoom}</span>
          <select data-testid="area-max-zoom" value={maxZoom} onChange={(e) => choose(setChosenZoom)(Number(e.target.value))}>
            {zoomChoices(ready.minZoom, ready.maxZoom).map((z) => (
              <option key={z} value={z}>
                {a.zoomOption(z, z === ready.maxZoom)}
              </option>
            ))}
          </select>
          <small className="muted">{a.overzoomNote(maxZoom)}</small>
        </label>
      )}

      {tileSet.status === 'failed' && <p className="notice notice--error">{a.styleFailed(tileSet.message)}</p>}
      {ready && !ready.decision.allowed && (
        <p className="notice notice--error" data-testid="area-refusal" data-reason={ready.decision.reason} role="alert">
          {ready.decision.reason === 'forbiddenProvider' ? a.refusedProvider(ready.decision.provider) : a.refusedNotAllowed}
        </p>
      )}

      {plan && (
        <div className="areas__estimate" data-testid="area-estimate" data-state={plan.status} {...(planned ? estimateData(planned) : {})} aria-live="polite">
          {plan.status === 'loading' && <p className="muted">{a.estimating}</p>}
          {plan.status === 'failed' && <p className="notice notice--error">{plan.tooLarge ? a.tooLarge : plan.message}</p>}
          {planned && (
            <>
              <p data-testid="area-tile-count">
                <strong>{a.tileCount(planned.tileCount, planned.area.minZoom, planned.area.maxZoom)}</strong>
                {planned.storedCount > 0 && <> · {a.alreadyStored(planned.storedCount)}</>}
              </p>
              <p data-testid="area-tile-size">{a.tileSize(formatBytes(planned.tileBytes), planned.basis)}</p>
              <p>{a.stationData(planned.stationData.bytes === null ? null : formatBytes(planned.stationData.bytes), planned.stationData.stored)}</p>
              <p data-testid="area-space">{a.space(formatBytes(planned.neededBytes), planned.space ? formatBytes(planned.space.availableBytes) : null)}</p>
            </>
          )}
        </div>
      )}

      {outcome?.kind === 'refusedStorage' && (
        <p className="notice notice--error" data-testid="area-refusal" data-reason="storage" role="alert">
          {a.refusedStorage(formatBytes(outcome.neededBytes), formatBytes(outcome.availableBytes))}
        </p>
      )}
      {outcome?.kind === 'started' && outcome.persistDenied && <p className="notice notice--warn">{a.persistDenied}</p>}

      {outcome?.kind === 'started' && (
        <p className="notice" role="status" data-testid="area-started">
          {a.startedHint}
        </p>
      )}
      {/* Off once started: a second tap would download the same area twice. Choosing again re-enables it. */}
      <button
        type="button"
        className="action action--wide action--primary"
        data-testid="area-download"
        disabled={!planned || busy || outcome?.kind === 'started'}
        onClick={() => void download()}
      >
        {a.download}
      </button>
    </section>
  );
}

function zoomChoices(min: number, max: number): number[] {
  const out: number[] = [];
  for (let z = Math.max(min, max - 5); z <= max; z++) out.push(z);
  return out;
}

function estimateData(plan: AreaPlan): Record<`data-${string}`, string> {
  return {
    'data-tile-count': String(plan.tileCount),
    'data-stored-count': String(plan.storedCount),
    'data-tile-bytes': String(plan.tileBytes),
    'data-average-tile-bytes': String(Math.round(plan.averageTileBytes)),
    'data-basis': plan.basis,
    'data-station-bytes': String(plan.stationData.bytes ?? ''),
    'data-needed-bytes': String(plan.neededBytes),
    'data-available-bytes': String(plan.space?.availableBytes ?? ''),
  };
}

/** Ask for the station data files once, so the service worker keeps them with the area. */
function keepStationData(urls: readonly string[]): void {
  for (const url of urls) void fetch(url).then((r) => r.arrayBuffer()).catch(() => undefined);
}
