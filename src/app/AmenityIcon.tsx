/**
 * Line icons for the amenity vocabulary, drawn for this app. Always shown beside their text
 * label (icons alone are guesswork in sun glare), so they are hidden from screen readers.
 */
import type { Amenity } from '../core/station.ts';

const PATHS: Record<Amenity, string> = {
  ebike_charging: 'M13 2 5 13h6l-1 9 8-12h-6z',
  battery_swap: 'M3 8h14v8H3z M17 10.5h2.5v3H17 M6 12h5 M9 9.5 11 12l-2 2.5',
  phone_charging: 'M7 2.5h10v19H7z M10.5 18.5h3 M12.5 7 10.5 11h3l-2 4',
  drinking_water: 'M12 3c-3 4.5-6 7.5-6 11a6 6 0 0 0 12 0c0-3.5-3-6.5-6-11z',
  hot_water: 'M5 10h11v6a4 4 0 0 1-4 4H9a4 4 0 0 1-4-4z M16 12h1.5a2 2 0 0 1 0 4H16 M9 3c1 1.5-1 2.5 0 4.5 M12.5 3c1 1.5-1 2.5 0 4.5',
  microwave: 'M3 5h18v14H3z M6 8h9v8H6z M18 9v1 M18 13v1',
  fridge: 'M6 2.5h12v19H6z M6 9.5h12 M9 5v2.5 M9 12v4',
  toilet: 'M6 3h5v8H6z M4 11h14c0 3.5-2.5 6-6 6l1 4H8l1-4c-3 0-5-2.5-5-6z',
  seating: 'M7 3v9h10 M7 12v9 M17 12v9 M7 16.5h10',
  heating: 'M12 21.5a6 6 0 0 0 6-6c0-4-3-6.5-4.5-10.5C11.5 7 11 9 11 11c-1-.8-1.8-1.8-2-3-2 2.2-3 4.5-3 7.5a6 6 0 0 0 6 6z',
  air_conditioning: 'M12 2v20 M3.5 7l17 10 M20.5 7l-17 10 M9.5 3.5 12 6l2.5-2.5 M9.5 20.5 12 18l2.5 2.5',
  raincoats: 'M3 12a9 9 0 0 1 18 0z M12 12v6.5a2 2 0 0 1-4 0',
  first_aid: 'M3.5 6.5h17v13h-17z M12 9.5v7 M8.5 13h7 M9 6.5V4h6v2.5',
  wifi: 'M2.5 9a14 14 0 0 1 19 0 M5.5 12.5a9.5 9.5 0 0 1 13 0 M8.5 16a5 5 0 0 1 7 0 M12 19.5v.5',
  repair_tools: 'M14.5 4a4.5 4.5 0 0 0 5.5 5.5l-9.5 9.5a2.1 2.1 0 0 1-3-3L17 6.5A4.5 4.5 0 0 0 14.5 4z',
};

export function AmenityIcon({ amenity }: { amenity: Amenity }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[amenity]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
