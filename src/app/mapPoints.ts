/**
 * Which stations the map shows, and in what colour: the same needs as the list, the state
 * now. Closed ones only when the rider asked to include them; permanently closed never.
 */
import { is24_7, stationStateAt } from '../core/hours.ts';
import type { Station } from '../core/station.ts';
import type { Tone } from './format/openStateText.ts';
import type { Filters } from './state/types.ts';

export interface MapPoint {
  id: string;
  lngLat: Station['geometry']['coordinates'];
  tone: Tone;
}

export function mapPoints(stations: readonly Station[], filters: Filters, at: Date): MapPoint[] {
  const points: MapPoint[] = [];
  for (const s of stations) {
    const p = s.properties;
    if (p.status === 'permanently_closed') continue;
    if (!filters.needs.every((need) => p.amenities.includes(need))) continue;
    if (filters.only24h && !is24_7(p)) continue;
    const tone = toneOf(stationStateAt(p, at).kind);
    if (tone === 'closed' && !filters.includeClosed) continue;
    points.push({ id: s.id, lngLat: s.geometry.coordinates, tone });
  }
  return points;
}

function toneOf(kind: ReturnType<typeof stationStateAt>['kind']): Tone {
  switch (kind) {
    case 'open':
      return 'open';
    case 'closing_soon':
      return 'soon';
    case 'unknown':
      return 'unknown';
    case 'closed':
    case 'temporarily_closed':
    case 'permanently_closed':
      return 'closed';
    default:
      return assertNever(kind);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled state ${String(value)}`);
}
