/**
 * Choosing a place when locating fails or is not wanted: a hub from the list (nearest first
 * when a place is known), or a tap on the map.
 */
import { SheetHeader } from './SheetHeader.tsx';
import { useMemo, useState } from 'react';
import { distance } from '@turf/turf';
import type { Hub, LngLat } from '../core/station.ts';
import { Dialog } from './Dialog.tsx';
import { useI18n } from './i18nContext.tsx';

interface Props {
  hubs: readonly Hub[];
  origin: LngLat | null;
  mapAvailable: boolean;
  onPickHub: (hub: Hub) => void;
  onPickOnMap: () => void;
  onClose: () => void;
}

export function PlacePicker({ hubs, origin, mapAvailable, onPickHub, onPickOnMap, onClose }: Props) {
  const { m, f, locale } = useI18n();
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => {
    const withDistance = hubs.map((hub) => ({
      hub,
      meters: origin ? distance(origin, hub.geometry.coordinates, { units: 'meters' }) : null,
    }));
    return withDistance.sort((a, b) =>
      a.meters !== null && b.meters !== null
        ? a.meters - b.meters || a.hub.id.localeCompare(b.hub.id)
        : a.hub.properties.name.localeCompare(b.hub.properties.name, 'zh-CN'),
    );
  }, [hubs, origin]);
  const needle = query.trim().toLowerCase();
  const shown = needle
    ? sorted.filter(({ hub }) =>
        [hub.properties.name, hub.properties.name_en ?? '', hub.properties.address].some((s) => s.toLowerCase().includes(needle)),
      )
    : sorted;

  return (
    <Dialog label={m.pickerTitle} onClose={onClose} testId="place-picker" className="picker">
      <SheetHeader title={m.pickerTitle} closeLabel={m.close} onClose={onClose} />
      <button type="button" className="action action--wide" data-testid="pick-on-map" onClick={onPickOnMap} disabled={!mapAvailable}>
        {mapAvailable ? m.pickOnMap : m.pickOnMapUnavailable}
      </button>
      <h3 className="picker__heading">{m.pickerHubs}</h3>
      <input
        className="picker__search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        aria-label={m.pickerSearch}
        placeholder={m.pickerSearch}
      />
      {shown.length === 0 && <p className="muted">{m.noHubs}</p>}
      <ul className="picker__list">
        {shown.map(({ hub, meters }) => (
          <li key={hub.id}>
            <button type="button" className="picker__option" data-testid="hub-option" data-hub-id={hub.id} onClick={() => onPickHub(hub)}>
              <span className="picker__name">{locale === 'en' && hub.properties.name_en ? hub.properties.name_en : hub.properties.name}</span>
              <span className="picker__meta">
                {m.hubKinds[hub.properties.kind]}
                {meters !== null && ` · ${f.distance(meters)}`} · {hub.properties.address}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
