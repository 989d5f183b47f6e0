/**
 * What the configured base map is made of, for downloading: its tile sources (from the style
 * JSON, and its TileJSON where a source points to one), their zoom range and bounds, the
 * coordinate system, and whether bulk download is allowed (bulkPolicy.ts).
 */
import type { LngLatBounds } from '../../core/tileCover.ts';
import { loadStyle, resolveTemplate } from '../../map/loadStyle.ts';
import { DEFAULT_CONFIG, type AppConfig } from '../config.ts';
import { decideBulkDownload, type BulkDecision } from './bulkPolicy.ts';

export interface TileSource {
  /** The style's source id. */
  id: string;
  type: 'vector' | 'raster' | 'raster-dem';
  /** Absolute URL templates, as the map resolves them. */
  templates: string[];
  minzoom: number;
  maxzoom: number;
  bounds?: LngLatBounds;
  scheme: 'xyz' | 'tms';
}

export interface TileSet {
  sources: TileSource[];
  crs: AppConfig['mapStyleCrs'];
  decision: BulkDecision;
  /** Lowest and highest zoom that has tiles; above maxZoom the map over-zooms. */
  minZoom: number;
  maxZoom: number;
}

const TILED = new Set(['vector', 'raster', 'raster-dem']);

/**
 * Reads the light style (and the dark one, when it has other tiles) the way the map does.
 *
 * @example const tileSet = await loadTileSet(config); tileSet.decision.allowed
 */
export async function loadTileSet(config: AppConfig, baseUrl: string = document.baseURI): Promise<TileSet> {
  const styleUrls = [config.mapStyleUrl, ...(config.mapStyleDarkUrl ? [config.mapStyleDarkUrl] : [])];
  const sources = new Map<string, TileSource>();
  for (const [i, url] of styleUrls.entries()) {
    let style;
    try {
      style = await loadStyle(url);
    } catch (error) {
      if (i === 0) throw error;
      continue; // a dark style that fails to load is not downloaded; the map falls back to light
    }
    for (const [id, raw] of Object.entries(style.sources)) {
      const source = raw as unknown as Record<string, unknown>;
      if (typeof source.type !== 'string' || !TILED.has(source.type)) continue;
      const described = await describeSource(id, source);
      if (described) sources.set(described.templates.join(' '), described);
    }
  }
  const list = [...sources.values()];
  const same = (a: string, b: string) => new URL(a, baseUrl).href === new URL(b, baseUrl).href;
  const isEmbeddedDefault =
    same(config.mapStyleUrl, DEFAULT_CONFIG.mapStyleUrl) &&
    (config.mapStyleDarkUrl === null || same(config.mapStyleDarkUrl, DEFAULT_CONFIG.mapStyleDarkUrl ?? ''));
  return {
    sources: list,
    crs: config.mapStyleCrs,
    decision: decideBulkDownload({
      allowBulkDownload: config.allowBulkDownload,
      isEmbeddedDefault,
      tileTemplates: list.flatMap((s) => s.templates),
    }),
    minZoom: list.length ? Math.min(...list.map((s) => s.minzoom)) : 0,
    maxZoom: list.length ? Math.max(...list.map((s) => s.maxzoom)) : 0,
  };
}

async function describeSource(id: string, source: Record<string, unknown>): Promise<TileSource | null> {
  let spec = source;
  if (!Array.isArray(source.tiles) && typeof source.url === 'string') {
    // A TileJSON: its own tiles, zooms and bounds (the style's values, where given, win).
    const response = await fetch(source.url);
    if (!response.ok) throw new Error(`TileJSON ${source.url}: HTTP ${response.status}`);
    const tileJson = (await response.json()) as Record<string, unknown>;
    const tiles = Array.isArray(tileJson.tiles) ? tileJson.tiles.filter((t): t is string => typeof t === 'string') : [];
    spec = { ...tileJson, ...source, tiles: tiles.map((t) => resolveTemplate(t, source.url as string)) };
  }
  const templates = Array.isArray(spec.tiles) ? spec.tiles.filter((t): t is string => typeof t === 'string') : [];
  if (templates.length === 0) return null;
  const bounds = Array.isArray(spec.bounds) && spec.bounds.length === 4 && spec.bounds.every((v) => typeof v === 'number')
    ? (spec.bounds as unknown as LngLatBounds)
    : undefined;
  return {
    id,
    type: spec.type as TileSource['type'],
    templates,
    minzoom: typeof spec.minzoom === 'number' ? spec.minzoom : 0,
    maxzoom: typeof spec.maxzoom === 'number' ? spec.maxzoom : 22,
    ...(bounds ? { bounds } : {}),
    scheme: spec.scheme === 'tms' ? 'tms' : 'xyz',
  };
}
