/**
 * Makes sure the opening_hours library is there before the app evaluates hours that need it.
 * The plain specs almost every station has are evaluated without it (core/simpleHours.ts).
 */
import { compileSimpleHours } from '../../core/simpleHours.ts';
import type { Station } from '../../core/station.ts';
import { loadOpeningHours, openingHoursLoaded } from './lazyOpeningHours.ts';

/** True when some station's hours are outside the simple subset. */
export function needsHoursLibrary(stations: readonly Station[]): boolean {
  return stations.some((s) => {
    const { opening_hours: regular, holiday_hours: holiday } = s.properties;
    return (regular !== null && !compileSimpleHours(regular)) || (holiday !== undefined && !compileSimpleHours(holiday));
  });
}

/** Resolves once every station's hours can be evaluated (at once for plain specs). */
export async function readyToEvaluate(stations: readonly Station[]): Promise<void> {
  if (!openingHoursLoaded() && needsHoursLibrary(stations)) await loadOpeningHours();
}
