/**
 * Parsing of command-line values, each with an error that says what was expected and what
 * arrived. A `UsageError` means "the command was typed wrong": main prints it and exits 2.
 */
import { looksLikeLatLngInChina } from '../core/validate.ts';
import type { LngLat } from '../core/station.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * `"116.4615,39.8936"` → `[116.4615, 39.8936]`. Catches the swapped order for points in China.
 *
 * @example
 * parseLngLat('116.4615,39.8936', '--at') // [116.4615, 39.8936]
 */
export function parseLngLat(text: string, flag: string): LngLat {
  const parts = text.split(',').map((s) => s.trim());
  const numbers = parts.map(Number);
  if (parts.length !== 2 || parts.some((p) => p === '') || numbers.some((n) => !Number.isFinite(n))) {
    throw new UsageError(`${flag} expects <lng>,<lat> in WGS-84 degrees, e.g. ${flag} 116.4615,39.8936; got "${text}"`);
  }
  const [a, b] = numbers as [number, number];
  if (looksLikeLatLngInChina([a, b])) {
    throw new UsageError(`${flag} ${text} looks like <lat>,<lng>; give the longitude first: ${flag} ${b},${a}`);
  }
  if (a < -180 || a > 180 || b < -90 || b > 90) {
    throw new UsageError(`${flag} ${text} is out of range: longitude must be within -180..180 and latitude within -90..90`);
  }
  return [a, b];
}

/**
 * An ISO 8601 date-time. Without an offset it is read as Beijing time (UTC+8), the stations'
 * own zone, whatever zone this machine is in.
 *
 * @example
 * parseTime('2026-03-02T22:30', '--time') // 2026-03-02T14:30:00.000Z
 */
export function parseTime(text: string, flag: string): Date {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  const at = m ? new Date(`${m[1]}T${m[2]}${normaliseOffset(m[3])}`) : null;
  if (!m || !at || Number.isNaN(at.getTime())) {
    throw new UsageError(`${flag} expects an ISO 8601 date-time such as 2026-03-02T22:30 (Beijing time) or 2026-03-02T14:30Z; got "${text}"`);
  }
  return at;
}

function normaliseOffset(offset: string | undefined): string {
  if (offset === undefined) return '+08:00';
  if (offset === 'Z' || offset.includes(':')) return offset;
  return `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

/**
 * A comma-separated list (the flag may also repeat), every item from `vocabulary`.
 *
 * @example
 * parseList(['ebike_charging,toilet'], AMENITIES, '--need', 'amenity') // ['ebike_charging', 'toilet']
 */
export function parseList<T extends string>(values: readonly string[], vocabulary: readonly T[], flag: string, what: string): T[] {
  const items = values.flatMap((v) => v.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  for (const item of items) {
    if (!(vocabulary as readonly string[]).includes(item)) {
      throw new UsageError(`${flag}: unknown ${what} "${item}"; known: ${vocabulary.join(', ')}`);
    }
  }
  return [...new Set(items)] as T[];
}

/** A number within bounds, e.g. `--limit 5`. */
export function parseNumber(text: string, flag: string, opts: { min: number; max: number; integer?: boolean }): number {
  const n = Number(text);
  const ok = text.trim() !== '' && Number.isFinite(n) && n >= opts.min && n <= opts.max && (!opts.integer || Number.isInteger(n));
  if (!ok) {
    const kind = opts.integer ? 'a whole number' : 'a number';
    throw new UsageError(`${flag} expects ${kind} from ${opts.min} to ${opts.max}; got "${text}"`);
  }
  return n;
}
