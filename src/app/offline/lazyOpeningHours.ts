/**
 * In the browser build `opening_hours` resolves to this module (vite.config.ts,
 * `lazyOpeningHoursPlugin`), so the library (~90 KB compressed, most of the app's code) is not
 * part of what the list waits for on a slow connection. Plain specs never reach it
 * (core/simpleHours.ts). The station source calls `loadOpeningHours()` before it hands over
 * stations whose hours need the library (offline/hoursLibrary.ts), and the console loads it before
 * it renders. Node (CLI, server, tests) imports the library directly, as before.
 */
import type OpeningHours from 'opening_hours';

type OpeningHoursClass = typeof OpeningHours;

let real: OpeningHoursClass | null = null;
let loading: Promise<void> | null = null;

/** Fetches the library once; later calls share the same promise. */
export function loadOpeningHours(): Promise<void> {
  loading ??= import('opening_hours').then((module) => {
    real = module.default;
  });
  return loading;
}

export function openingHoursLoaded(): boolean {
  return real !== null;
}

/** Stands in for the class: `new` on it builds the real thing, once loaded. */
function LazyOpeningHours(...args: ConstructorParameters<OpeningHoursClass>): OpeningHours {
  if (!real) throw new Error('opening_hours is not loaded yet: await loadOpeningHours() before evaluating this spec');
  return new real(...args);
}

export default LazyOpeningHours as unknown as OpeningHoursClass;
