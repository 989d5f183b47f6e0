/**
 * Runtime configuration, read from /config.json so a deployment can change the base map and the
 * ranking assumptions without a rebuild. Every field is optional there; a missing or invalid
 * field falls back to the default below and is reported, never fatal.
 */
import { z } from 'zod/mini';
import { RANK_DEFAULTS } from '../core/rank.ts';

export interface AppConfig {
  /** Style JSON for the base map; relative URLs resolve against the page. */
  mapStyleUrl: string;
  /** Optional style for the dark theme; the light style is used when absent. */
  mapStyleDarkUrl: string | null;
  /** The coordinate system of the style's tiles. For 'gcj02' the app shifts its own layers. */
  mapStyleCrs: 'wgs84' | 'gcj02';
  /** Assumed e-bike speed, km/h. */
  speedKmh: number;
  /** Road distance over straight-line distance. */
  detourFactor: number;
  /** Data older than this many days gets a warning banner. */
  staleDataDays: number;
  /**
   * May riders download areas of this base map for offline use? true only for tiles the
   * deployment hosts itself or is licensed to bulk-download; null (default): only for the
   * embedded default style. OpenStreetMap, Tianditu and Google tiles are refused regardless
   * (src/app/areas/bulkPolicy.ts).
   */
  allowBulkDownload: boolean | null;
}

export const DEFAULT_CONFIG: AppConfig = {
  mapStyleUrl: 'styles/default.json',
  mapStyleDarkUrl: 'styles/default-dark.json',
  mapStyleCrs: 'wgs84',
  speedKmh: RANK_DEFAULTS.speedKmh,
  detourFactor: RANK_DEFAULTS.detourFactor,
  staleDataDays: 30,
  allowBulkDownload: null,
};

const fields = {
  mapStyleUrl: z.string().check(z.minLength(1)),
  mapStyleDarkUrl: z.nullable(z.string().check(z.minLength(1))),
  mapStyleCrs: z.enum(['wgs84', 'gcj02']),
  speedKmh: z.number().check(z.positive(), z.lte(60)),
  detourFactor: z.number().check(z.gte(1), z.lte(3)),
  staleDataDays: z.number().check(z.int(), z.positive()),
  allowBulkDownload: z.nullable(z.boolean()),
} satisfies Record<keyof AppConfig, z.ZodMiniType>;

/**
 * Fills defaults field by field, keeping every valid field of `json`.
 *
 * @example restoreConfig({ speedKmh: 12, mapStyleCrs: 'bd09' }).config.mapStyleCrs // 'wgs84'
 */
export function restoreConfig(json: unknown): { config: AppConfig; warnings: string[] } {
  const config: AppConfig = { ...DEFAULT_CONFIG };
  const warnings: string[] = [];
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { config, warnings: ['config.json: expected an object; using the defaults'] };
  }
  const record = json as Record<string, unknown>;
  for (const key of Object.keys(fields) as (keyof AppConfig)[]) {
    if (!(key in record)) continue;
    const parsed = fields[key].safeParse(record[key]);
    if (parsed.success) {
      (config as unknown as Record<string, unknown>)[key] = parsed.data;
    } else {
      warnings.push(`config.json: ${key} ${JSON.stringify(record[key])} is invalid; using ${JSON.stringify(DEFAULT_CONFIG[key])}`);
    }
  }
  return { config, warnings };
}

/** Fetches config.json; any failure gives the defaults (the app must start without it). */
export async function loadConfig(url = 'config.json'): Promise<AppConfig> {
  try {
    const response = await fetch(new URL(url, document.baseURI), { cache: 'no-cache' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { config, warnings } = restoreConfig(await response.json());
    for (const w of warnings) console.warn(w);
    return config;
  } catch (error) {
    console.warn(`config.json could not be read (${String(error)}); using the defaults`);
    return DEFAULT_CONFIG;
  }
}
