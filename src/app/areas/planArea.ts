/**
 * Everything the rider sees before a download starts: which tiles (as the URLs the map will
 * request), how many are already stored, an honest size, the station data's size, and whether
 * it fits in the free storage. `storageRefusal` is the check that refuses rather than failing
 * halfway.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { coverTiles, estimateTileBytes, type CoverArea } from '../../core/tileCover.ts';
import { crsShift } from '../../map/crs.ts';
import { estimateMissingBodies, freeSpace, stationDataSize, type FreeSpace, type SizeBasis, type StationDataSize } from './estimate.ts';
import type { TileSet } from './tileSet.ts';
import type { TileStore } from './tileStore.ts';
import { tileUrl } from './tileUrl.ts';
import type { AreaShape, NewArea } from './types.ts';

export interface AreaPlan {
  area: NewArea;
  tileCount: number;
  /** Tiles of the area already in the tile cache (from other areas or from browsing the map). */
  storedCount: number;
  averageTileBytes: number;
  basis: SizeBasis;
  /** Storage the area's tiles take: bodies (measured or estimated) plus the per-entry overhead. */
  tileBytes: number;
  stationData: StationDataSize;
  /** New storage this download needs: tiles not yet stored, and the station data if not kept. */
  neededBytes: number;
  space: FreeSpace | null;
}

export interface PlanDeps {
  tiles: TileStore;
  pixelRatio?: number;
  fetch?: typeof fetch;
  /** For tests; defaults to navigator.storage. */
  storage?: StorageManager;
  stationData?: () => Promise<StationDataSize>;
}

/** The shape as the tile grid sees it: shifted to GCJ-02 when the base map is (e.g. Amap). */
export function coverAreaOf(shape: AreaShape, crs: TileSet['crs']): CoverArea {
  const shift = crsShift(crs);
  if (shape.kind === 'circle') return { kind: 'circle', center: shift.toMap(shape.center), radiusKm: shape.radiusKm };
  const move = (p: Position): Position => shift.toMap([p[0] ?? 0, p[1] ?? 0]);
  const geometry: Polygon | MultiPolygon =
    shape.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: shape.geometry.coordinates.map((ring) => ring.map(move)) }
      : { type: 'MultiPolygon', coordinates: shape.geometry.coordinates.map((poly) => poly.map((ring) => ring.map(move))) };
  return { kind: 'polygon', geometry };
}

/** The tile URLs of an area for each source of the tile set, up to `maxZoom`. */
export function areaTileUrls(tileSet: TileSet, shape: AreaShape, maxZoom: number, pixelRatio = 1): { urls: string[]; bySource: Map<string, string[]> } {
  const cover = coverAreaOf(shape, tileSet.crs);
  const bySource = new Map<string, string[]>();
  const all = new Set<string>();
  for (const source of tileSet.sources) {
    const top = Math.min(maxZoom, source.maxzoom);
    if (top < source.minzoom) continue;
    const tiles = coverTiles(cover, { minZoom: source.minzoom, maxZoom: top, ...(source.bounds ? { bounds: source.bounds } : {}) });
    const urls = tiles.map((t) => tileUrl(source.templates, t, { scheme: source.scheme, pixelRatio }));
    bySource.set(source.id, urls);
    for (const u of urls) all.add(u);
  }
  return { urls: [...all], bySource };
}

export async function planArea(tileSet: TileSet, shape: AreaShape, maxZoom: number, deps: PlanDeps): Promise<AreaPlan> {
  const { urls, bySource } = areaTileUrls(tileSet, shape, maxZoom, deps.pixelRatio);
  // What is stored is known exactly and needs no new space.
  const storedSize = new Map<string, number>();
  for (const url of urls) {
    const size = await deps.tiles.storedSize(url);
    if (size !== null) storedSize.set(url, size);
  }
  let storedBodies = 0;
  for (const size of storedSize.values()) storedBodies += size;

  let missingBodies = 0;
  let basis: SizeBasis = 'measured';
  const rank: Record<SizeBasis, number> = { measured: 0, sampled: 1, metadata: 2, guess: 3 };
  const counted = new Set<string>();
  for (const source of tileSet.sources) {
    // A URL two sources share (same templates) is estimated once.
    const missing = (bySource.get(source.id) ?? []).filter((u) => !storedSize.has(u) && !counted.has(u));
    for (const u of missing) counted.add(u);
    const estimate = await estimateMissingBodies(source, missing, deps.fetch);
    missingBodies += estimate.bytes;
    if (rank[estimate.basis] > rank[basis]) basis = estimate.basis; // report the weakest basis
  }
  const missingCount = urls.length - storedSize.size;
  const average = (bodies: number, count: number): number => (count > 0 ? bodies / count : 0);
  const tileBytes = estimateTileBytes(urls.length, { averageTileBytes: average(storedBodies + missingBodies, urls.length) });
  const stationData = await (deps.stationData ?? stationDataSize)();
  const neededBytes =
    estimateTileBytes(missingCount, { averageTileBytes: average(missingBodies, missingCount) }) + (stationData.stored ? 0 : stationData.bytes ?? 0);
  const minZoom = Math.min(...tileSet.sources.map((s) => s.minzoom));
  return {
    area: { shape, minZoom: Number.isFinite(minZoom) ? minZoom : 0, maxZoom, tileUrls: urls, estimateBytes: tileBytes },
    tileCount: urls.length,
    storedCount: storedSize.size,
    averageTileBytes: urls.length ? (storedBodies + missingBodies) / urls.length : 0,
    basis,
    tileBytes,
    stationData,
    neededBytes,
    space: await freeSpace(deps.storage),
  };
}

/** Not enough room: what is needed and what is free. null when it fits or the browser cannot say. */
export function storageRefusal(neededBytes: number, space: FreeSpace | null): { neededBytes: number; availableBytes: number } | null {
  if (!space || neededBytes <= space.availableBytes) return null;
  return { neededBytes, availableBytes: space.availableBytes };
}
