/**
 * Offline areas: what the rider chose, and how far its download got. Plain data, stored in
 * IndexedDB (areaStore.ts) and read back through `restoreArea`.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../../core/station.ts';

/** Radii offered for "around a place": the distances a rider covers between two orders. */
export const AREA_RADII_KM = [1, 3, 5, 10] as const;
export type AreaRadiusKm = (typeof AREA_RADII_KM)[number];

export type AreaShape =
  | {
      kind: 'circle';
      center: LngLat;
      radiusKm: number;
      /** What the centre is, for the area's name. */
      around: { kind: 'place' } | { kind: 'hub'; hubId: string; name: string; nameEn?: string };
    }
  | { kind: 'office'; code: string; name: string; nameEn?: string; geometry: Polygon | MultiPolygon };

export type AreaStatus = 'downloading' | 'paused' | 'complete';

/**
 * Why a download is paused. 'interrupted': the page closed while it ran (a reload, the app
 * killed); it waits for the rider to resume rather than spend data unasked. 'evicted': it was
 * complete, but the browser (or the service worker's cache limits) has since removed tiles.
 */
export type PauseReason = 'user' | 'offline' | 'storage' | 'interrupted' | 'evicted' | 'error';

export interface AreaRecord {
  id: string;
  shape: AreaShape;
  minZoom: number;
  maxZoom: number;
  /** Absolute tile URLs, exactly as the map requests them (the Cache Storage keys). */
  tileUrls: string[];
  /** Tiles stored (or known missing on the server) so far. */
  doneCount: number;
  /** Of doneCount, tiles the server does not have (404): nothing to store, the map shows none. */
  missingCount: number;
  /** Bytes of the stored tile bodies counted in doneCount. */
  bytes: number;
  /** The size estimate shown before the download (tiles, with storage overhead). */
  estimateBytes: number;
  status: AreaStatus;
  pauseReason?: PauseReason;
  /** Technical detail for 'error' (e.g. "HTTP 403"), shown as is. */
  errorDetail?: string;
  /** ISO 8601. */
  createdAt: string;
  updatedAt: string;
  completedAt?: string;
}

/** What a new download starts from (see planArea.ts). */
export interface NewArea {
  shape: AreaShape;
  minZoom: number;
  maxZoom: number;
  tileUrls: string[];
  estimateBytes: number;
}
