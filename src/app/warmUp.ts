/**
 * One-time costs paid while the station data is still on its way. On a slow first visit the
 * app's code arrives before the (larger) station file, and on a repeat visit before IndexedDB
 * has answered; zod compiles each schema on its first use and the hours evaluator builds its
 * tables on its first call. Paying that with one sample station in the gap takes it off the
 * path between "data arrived" and "list on screen".
 */
import { stationStateAt } from '../core/hours.ts';
import { validateStationCollection } from '../core/validate.ts';

const SAMPLE = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'warm-up',
      geometry: { type: 'Point', coordinates: [116.4626, 39.893] },
      properties: {
        name: '预热',
        kind: 'rest_station',
        amenities: ['ebike_charging'],
        opening_hours: 'Mo-Fr 08:00-20:00',
        status: 'operational',
        address: '预热',
        office_code: '110105016',
        host_type: 'street_facility',
        updated_at: '2026-01-01T00:00:00+08:00',
        verified_at: null,
      },
    },
  ],
};

/** Runs the validator and the hours evaluator once on a sample station; never throws. */
export function warmUpCore(at: Date): void {
  try {
    const { stations } = validateStationCollection(SAMPLE);
    for (const station of stations) stationStateAt(station.properties, at);
  } catch (error) {
    console.warn('warm-up failed', error);
  }
}
