/**
 * The one place the rider screen reads the clock. Everything else gets time as an argument.
 *
 * `?now=<ISO 8601>` in the URL starts the clock at that instant (it then runs on normally),
 * so a link or a browser test can show the screen as it looks at 02:00 or on a holiday.
 */
let offsetMs = 0;

/** Reads `?now=` once at start-up. Invalid values are ignored with a warning. */
export function initClock(search: string): void {
  const raw = new URLSearchParams(search).get('now');
  if (!raw) return;
  const startMs = Date.parse(raw);
  if (Number.isNaN(startMs)) {
    console.warn(`?now=${raw} is not an ISO 8601 time; using the device clock`);
    return;
  }
  offsetMs = startMs - Date.now();
}

export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

/** How often the ranking is recomputed while the screen is open, ms. */
export const TICK_MS = 60_000;
