/** The common needs as toggle chips, plus "24 h only" and "include closed". */
import type { Amenity } from '../core/station.ts';
import { AmenityIcon } from './AmenityIcon.tsx';
import { useI18n } from './i18nContext.tsx';
import type { Filters } from './state/types.ts';

/** The needs riders ask for most, in the order they ask. */
export const FILTER_AMENITIES: readonly Amenity[] = [
  'ebike_charging',
  'phone_charging',
  'drinking_water',
  'hot_water',
  'toilet',
  'heating',
  'battery_swap',
  'raincoats',
];

interface Props {
  filters: Filters;
  onToggleNeed: (amenity: Amenity) => void;
  onToggleOnly24h: () => void;
  onToggleIncludeClosed: () => void;
}

export function FilterChips({ filters, onToggleNeed, onToggleOnly24h, onToggleIncludeClosed }: Props) {
  const { m } = useI18n();
  return (
    <div className="chips" role="group" aria-label={m.filtersLabel}>
      {FILTER_AMENITIES.map((a) => (
        <button
          key={a}
          type="button"
          className="chip"
          data-testid="filter-chip"
          data-filter={a}
          aria-pressed={filters.needs.includes(a)}
          onClick={() => onToggleNeed(a)}
        >
          <AmenityIcon amenity={a} />
          <span>{m.amenities[a]}</span>
        </button>
      ))}
      <button
        type="button"
        className="chip"
        data-testid="filter-chip"
        data-filter="only24h"
        aria-pressed={filters.only24h}
        onClick={onToggleOnly24h}
      >
        <span className="chip__badge" aria-hidden="true">24</span>
        <span>{m.only24h}</span>
      </button>
      <button
        type="button"
        className="chip"
        data-testid="filter-chip"
        data-filter="includeClosed"
        aria-pressed={filters.includeClosed}
        onClick={onToggleIncludeClosed}
      >
        <span>{m.includeClosed}</span>
      </button>
    </div>
  );
}
