/**
 * Coordinate cells → a WGS-84 `[lng, lat]`.
 *
 * Offices pick points on Amap (GCJ-02) or Baidu (BD-09) and say which; we convert with
 * gcoord. A point is only accepted inside China's bounding box, where both Chinese datums are
 * defined. Values that only make sense the other way round (a "longitude" of 39.9 and a
 * "latitude" of 116.4) are rejected with the swapped-back position offered — never imported
 * silently at either place.
 */
import gcoord from 'gcoord';
import type { LngLat } from '../station.ts';
import { importMessage, type ImportMessage } from './messages.ts';
import type { CoordinateSystem } from './sheetColumns.ts';

export type CoordinateReading =
  | { ok: true; lngLat: LngLat; messages: ImportMessage[] }
  | { ok: false; reason: ImportMessage; suggestedLngLat?: LngLat };

/** China's extent (with a small margin); both GCJ-02 and BD-09 apply only inside it. */
const CHINA = { minLng: 73.4, maxLng: 135.1, minLat: 3.8, maxLat: 53.6 };
const CRS_LABEL: Record<CoordinateSystem, string> = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' };
const GCOORD_CRS = { wgs84: gcoord.WGS84, gcj02: gcoord.GCJ02, bd09: gcoord.BD09 } as const;

const inChina = (lng: number, lat: number): boolean =>
  lng >= CHINA.minLng && lng <= CHINA.maxLng && lat >= CHINA.minLat && lat <= CHINA.maxLat;

/** 7 decimals is about 1 cm: enough, and an exported value reads back unchanged. */
const round7 = (x: number): number => Math.round(x * 1e7) / 1e7;

/** Converts a point from `crs` to WGS-84 (a new array; gcoord mutates GeoJSON, not tuples). */
export function toWgs84(lngLat: LngLat, crs: CoordinateSystem): LngLat {
  if (crs === 'wgs84') return [round7(lngLat[0]), round7(lngLat[1])];
  const [lng, lat] = gcoord.transform([lngLat[0], lngLat[1]], GCOORD_CRS[crs], gcoord.WGS84);
  return [round7(lng), round7(lat)];
}

/** `116.468739`, `１１６．４６８７３９`, `东经116.468739°`, `E116.468739` → the number and its decimals. */
function readNumber(cell: string): { value: number; decimals: number } | null {
  const s = cell
    .normalize('NFKC')
    .trim()
    .replace(/^(东经|北纬|[EN])\s*/i, '')
    .replace(/\s*(°|度)?\s*[EN]?$/i, '');
  const m = /^\+?(\d{1,3})(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  return { value: Number(s.replace('+', '')), decimals: m[2]?.length ?? 0 };
}

/** Splits a combined `经纬度` cell, "lng,lat" as Amap's and Baidu's pickers copy it. */
export function splitLngLatCell(cell: string): { lng: string; lat: string } | null {
  const parts = cell
    .normalize('NFKC')
    .trim()
    .split(/\s*[,;\s]\s*/)
    .filter(Boolean);
  return parts.length === 2 ? { lng: parts[0] ?? '', lat: parts[1] ?? '' } : null;
}

const fmt = (p: LngLat): string => `${p[0].toFixed(6)}, ${p[1].toFixed(6)}`;

/**
 * Reads a longitude and a latitude cell written in `crs`.
 * @example
 * readCoordinates('116.468739', '39.894326', 'gcj02') // { ok: true, lngLat: [116.4626, 39.893], … } (to within 1 m)
 * readCoordinates('39.885530', '116.466645', 'gcj02') // { ok: false, reason: coordinates_swapped, suggestedLngLat: [116.4605, 39.8842] }
 */
export function readCoordinates(lngCell: string, latCell: string, crs: CoordinateSystem): CoordinateReading {
  if (!lngCell.trim() || !latCell.trim()) return { ok: false, reason: importMessage('missing_coordinates') };
  const lng = readNumber(lngCell);
  const lat = readNumber(latCell);
  if (!lng) return { ok: false, reason: importMessage('coordinates_unreadable', { field: '经度 lng', value: lngCell.trim() }) };
  if (!lat) return { ok: false, reason: importMessage('coordinates_unreadable', { field: '纬度 lat', value: latCell.trim() }) };

  if (!inChina(lng.value, lat.value)) {
    if (inChina(lat.value, lng.value)) {
      const suggestedLngLat = toWgs84([lat.value, lng.value], crs);
      const reason = importMessage('coordinates_swapped', {
        lng: lngCell.trim(),
        lat: latCell.trim(),
        suggestedLng: suggestedLngLat[0],
        suggestedLat: suggestedLngLat[1],
      });
      return { ok: false, reason, suggestedLngLat };
    }
    return { ok: false, reason: importMessage('coordinates_outside_china', { lng: lngCell.trim(), lat: latCell.trim() }) };
  }

  const source: LngLat = [lng.value, lat.value];
  const lngLat = toWgs84(source, crs);
  const messages: ImportMessage[] = [];
  if (crs !== 'wgs84') {
    messages.push(importMessage('coordinates_converted', { crs: CRS_LABEL[crs], from: fmt(source), to: fmt(lngLat) }));
  }
  const decimals = Math.min(lng.decimals, lat.decimals);
  if (decimals < 4) {
    // Half a unit in the last place, in metres along a meridian.
    const errorMeters = Math.round(0.5 * 10 ** -decimals * 111_320);
    messages.push(importMessage('coordinates_imprecise', { decimals, errorMeters }));
  }
  return { ok: true, lngLat, messages };
}
