/**
 * Writing GeoJSON the way the data files are committed: compact JSON, one feature per line,
 * keys in a fixed order, coordinates rounded to 6 decimals (about 0.1 m), newline at the end.
 * Line-per-feature keeps diffs of regenerated data readable.
 */

/** Rounds to 6 decimals and normalises -0 to 0, so equal inputs give equal text. */
export function round6(value: number): number {
  const r = Math.round(value * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

/** Rounds every number in a (nested) coordinate array. */
export function roundCoordinates<T>(coords: T): T {
  if (typeof coords === 'number') return round6(coords) as T;
  if (Array.isArray(coords)) return coords.map((c: unknown) => roundCoordinates(c)) as T;
  return coords;
}

/**
 * A FeatureCollection as text. `features` must already have their keys in the wanted order
 * (JSON.stringify keeps insertion order). Foreign members go before `features`.
 */
export function featureCollectionText(features: readonly object[], foreign: Record<string, unknown> = {}): string {
  const head = JSON.stringify({ type: 'FeatureCollection', ...foreign }).slice(0, -1);
  if (features.length === 0) return `${head},"features":[]}\n`;
  const lines = features.map((f) => JSON.stringify(f));
  return `${head},"features":[\n${lines.join(',\n')}\n]}\n`;
}

/** An instant as ISO 8601 with the Beijing offset, e.g. 2026-03-05T09:30:00+08:00. No clock, no TZ. */
export function isoBeijing(epochMs: number): string {
  const d = new Date(epochMs + 8 * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}` +
    `T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+08:00`
  );
}

/** Epoch milliseconds of a Beijing wall-clock time. */
export function beijingMs(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour - 8, minute);
}
