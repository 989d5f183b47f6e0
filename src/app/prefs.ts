/**
 * What the rider screen remembers across visits (localStorage, one key). Whatever is read back
 * passes `restorePrefs`, which fills defaults and drops anything malformed, so an old or
 * hand-edited value can never break the start-up.
 */
import { AMENITIES } from '../core/station.ts';
import type { Amenity, LngLat } from '../core/station.ts';
import { isLocale } from '../i18n/i18n.ts';
import type { Locale } from '../i18n/i18n.ts';
import type { NavProvider } from '../i18n/messages.ts';
import type { Filters, Origin, ThemePref } from './state/types.ts';

export const PREFS_KEY = 'rider-prefs-v1';

export interface Prefs {
  /** null: follow the browser's language. */
  locale: Locale | null;
  theme: ThemePref;
  filters: Filters;
  navProvider: NavProvider | null;
  lastPlace: Origin | null;
}

export const DEFAULT_PREFS: Prefs = {
  locale: null,
  theme: 'system',
  filters: { needs: [], only24h: false, includeClosed: false },
  navProvider: null,
  lastPlace: null,
};

const PROVIDERS: readonly NavProvider[] = ['amap', 'baidu', 'tencent', 'apple'];
const THEMES: readonly ThemePref[] = ['system', 'light', 'dark'];
const ORIGIN_SOURCES: readonly Origin['source'][] = ['gps', 'hub', 'map', 'url', 'remembered'];

/** @example restorePrefs({ theme: 'neon', filters: { needs: ['toilet', 'sauna'] } }).filters.needs // ['toilet'] */
export function restorePrefs(raw: unknown): Prefs {
  const r = isRecord(raw) ? raw : {};
  const f = isRecord(r.filters) ? r.filters : {};
  const needs = Array.isArray(f.needs)
    ? AMENITIES.filter((a: Amenity) => (f.needs as unknown[]).includes(a))
    : DEFAULT_PREFS.filters.needs;
  return {
    locale: isLocale(r.locale) ? r.locale : null,
    theme: THEMES.includes(r.theme as ThemePref) ? (r.theme as ThemePref) : DEFAULT_PREFS.theme,
    filters: {
      needs,
      only24h: f.only24h === true,
      includeClosed: f.includeClosed === true,
    },
    navProvider: PROVIDERS.includes(r.navProvider as NavProvider) ? (r.navProvider as NavProvider) : null,
    lastPlace: restoreOrigin(r.lastPlace),
  };
}

function restoreOrigin(raw: unknown): Origin | null {
  if (!isRecord(raw)) return null;
  const lngLat = parseLngLat(raw.lngLat);
  if (!lngLat || !ORIGIN_SOURCES.includes(raw.source as Origin['source'])) return null;
  const origin: Origin = { lngLat, source: raw.source as Origin['source'] };
  if (typeof raw.hubId === 'string') origin.hubId = raw.hubId;
  return origin;
}

/** A plausible WGS-84 `[lng, lat]` pair, or null. */
export function parseLngLat(raw: unknown): LngLat | null {
  if (!Array.isArray(raw) || raw.length !== 2) return null;
  const [lng, lat] = raw as unknown[];
  if (typeof lng !== 'number' || typeof lat !== 'number') return null;
  if (!Number.isFinite(lng) || !Number.isFinite(lat) || Math.abs(lng) > 180 || Math.abs(lat) > 90) return null;
  return [lng, lat];
}

export function readPrefs(storage: Pick<Storage, 'getItem'> | null): Prefs {
  try {
    const text = storage?.getItem(PREFS_KEY);
    return restorePrefs(text ? JSON.parse(text) : null);
  } catch {
    return DEFAULT_PREFS;
  }
}

export function writePrefs(storage: Pick<Storage, 'setItem'> | null, prefs: Prefs): void {
  try {
    storage?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Private mode or a full quota: remembering is a convenience, never a failure.
  }
}

/** localStorage, or null where reading it throws (some privacy modes). */
export function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
