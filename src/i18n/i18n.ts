/**
 * The whole i18n layer: two message tables, a lookup, and formatters that always show
 * Beijing time (the stations' time zone), whatever the device's time zone is.
 *
 * zh-CN is in the entry bundle; English is its own small chunk, fetched by `loadLocale('en')`
 * only when English is wanted, so a Chinese first visit on a slow connection does not pay for it.
 * Callers await `loadLocale` before showing a language (main.tsx before the first render, the
 * language switch before switching).
 */
import { STATION_TIME_ZONE } from '../core/station.ts';
import type { Messages } from './messages.ts';
import { zhCN } from './zhCN.ts';

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

const TABLES: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN };
const loading: Partial<Record<Locale, Promise<void>>> = {};

/** Fetches a language's table once; resolves when `messagesFor(locale)` returns it. */
export function loadLocale(locale: Locale): Promise<void> {
  if (TABLES[locale]) return Promise.resolve();
  loading[locale] ??= import('./en.ts').then(
    (module) => {
      TABLES.en = module.en;
    },
    (err: unknown) => {
      delete loading[locale];
      throw err;
    },
  );
  return loading[locale];
}

export function isLocaleLoaded(locale: Locale): boolean {
  return TABLES[locale] !== undefined;
}

/** The table of a loaded language; Chinese (always loaded) if `loadLocale` has not finished. */
export function messagesFor(locale: Locale): Messages {
  return TABLES[locale] ?? zhCN;
}

/**
 * Picks the first supported language from the browser's list; Chinese wins ties and is the
 * default for anything else (the app's riders are in Beijing).
 *
 * @example detectLocale(['en-GB', 'zh-CN']) // 'en'
 */
export function detectLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export interface Formatters {
  /** 'HH:MM' in Beijing. */
  time(at: Date): string;
  /** '6月5日 周五' / 'Fri 5 Jun' in Beijing. */
  dayAndDate(at: Date): string;
  /** '2026年6月5日' / '5 Jun 2026' in Beijing. */
  date(at: Date): string;
  /** Date and time, for "fetched at". */
  dateTime(at: Date): string;
  /** '350 米' / '1.2 km'. */
  distance(meters: number): string;
}

export function formattersFor(locale: Locale): Formatters {
  const m = messagesFor(locale);
  // English dates day-first ("5 Jun 2026"): riders in China read that more readily than the US order.
  const intl = locale === 'en' ? 'en-GB' : locale;
  const time = new Intl.DateTimeFormat(intl, {
    timeZone: STATION_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dayAndDate = new Intl.DateTimeFormat(intl, {
    timeZone: STATION_TIME_ZONE,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
  });
  const date = new Intl.DateTimeFormat(intl, {
    timeZone: STATION_TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
  const dateTime = new Intl.DateTimeFormat(intl, {
    timeZone: STATION_TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    time: (at) => time.format(at),
    dayAndDate: (at) => dayAndDate.format(at),
    date: (at) => date.format(at),
    dateTime: (at) => dateTime.format(at),
    distance(meters) {
      // Below a kilometre, round to 10 m: finer is false precision for a straight-line distance.
      if (meters < 1000) return m.distanceMeters(Math.max(10, Math.round(meters / 10) * 10));
      const km = meters < 10_000 ? (meters / 1000).toFixed(1) : String(Math.round(meters / 1000));
      return m.distanceKm(km);
    },
  };
}
