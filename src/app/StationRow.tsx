/** One ranked station: a button that opens its detail. Carries the attributes tests rely on. */
import { is24_7 } from '../core/hours.ts';
import type { RankedStation } from '../core/rank.ts';
import type { Amenity } from '../core/station.ts';
import { AmenityList } from './AmenityList.tsx';
import { describeRanked } from './format/openStateText.ts';
import { useI18n } from './i18nContext.tsx';
import { StateBadge } from './StateBadge.tsx';

interface Props {
  ranked: RankedStation;
  now: Date;
  needs: readonly Amenity[];
  onOpen: (stationId: string) => void;
}

export function StationRow({ ranked, now, needs, onOpen }: Props) {
  const { m, f, locale } = useI18n();
  const { station } = ranked;
  const p = station.properties;
  const name = locale === 'en' && p.name_en ? p.name_en : p.name;
  const state = describeRanked(ranked, now, is24_7(p), m, f);
  return (
    <li className="result">
      <button
        type="button"
        className="result__button"
        data-testid="station-result"
        data-station-id={station.id}
        data-distance-m={Math.round(ranked.distanceMeters)}
        data-state={ranked.stateAtArrival.kind}
        onClick={() => onOpen(station.id)}
      >
        <span className="result__head">
          <span className="result__name" lang={locale === 'en' && p.name_en ? 'en' : 'zh-CN'}>
            {name}
          </span>
          <span className="result__distance">
            <BearingArrow degrees={ranked.bearingDegrees} />
            {f.distance(ranked.distanceMeters)}
          </span>
        </span>
        <span className="result__meta">
          <StateBadge tone={state.tone} text={state.text} />
          <span className="result__eta">{m.etaMinutes(Math.max(1, Math.round(ranked.etaMinutes)))}</span>
          {p.kind !== 'rest_station' && <span className="result__kind">{m.kinds[p.kind]}</span>}
        </span>
        <AmenityList amenities={p.amenities} highlight={needs} max={4} inline />
      </button>
    </li>
  );
}

function BearingArrow({ degrees }: { degrees: number }) {
  return (
    <svg
      className="result__bearing"
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      style={{ transform: `rotate(${Math.round(degrees)}deg)` }}
    >
      <path d="M12 3 19 20l-7-4-7 4z" fill="currentColor" />
    </svg>
  );
}
