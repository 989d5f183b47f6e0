/** Amenities as icon + text label pairs, the ones the rider asked for first. */
import { AMENITIES } from '../core/station.ts';
import type { Amenity } from '../core/station.ts';
import { AmenityIcon } from './AmenityIcon.tsx';
import { useI18n } from './i18nContext.tsx';

interface Props {
  amenities: readonly Amenity[];
  /** Shown first and marked, so a rider sees at once that the filter is met. */
  highlight?: readonly Amenity[];
  /** Show at most this many, then "+N more". */
  max?: number;
  /** Render as spans, for use inside a button (which may hold phrasing content only). */
  inline?: boolean;
}

export function AmenityList({ amenities, highlight = [], max, inline = false }: Props) {
  const { m } = useI18n();
  const ordered = [...amenities].sort(
    (a, b) => Number(highlight.includes(b)) - Number(highlight.includes(a)) || AMENITIES.indexOf(a) - AMENITIES.indexOf(b),
  );
  const shown = max === undefined ? ordered : ordered.slice(0, max);
  const hidden = ordered.length - shown.length;
  const List = inline ? 'span' : 'ul';
  const Item = inline ? 'span' : 'li';
  return (
    <List className="amenities">
      {shown.map((a) => (
        <Item key={a} className={highlight.includes(a) ? 'amenity amenity--match' : 'amenity'}>
          <AmenityIcon amenity={a} />
          <span>{m.amenities[a]}</span>
        </Item>
      ))}
      {hidden > 0 && <Item className="amenity amenity--more">{m.moreAmenities(hidden)}</Item>}
    </List>
  );
}
