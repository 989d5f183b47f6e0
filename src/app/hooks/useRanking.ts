/** The ranked list: recomputed when the origin, the filters, the data or the minute changes. */
import { useMemo } from 'react';
import { nearestStations, RANK_DEFAULTS } from '../../core/rank.ts';
import type { RankedStation } from '../../core/rank.ts';
import { DEFAULT_CONFIG } from '../config.ts';
import type { AppState } from '../state/types.ts';

export interface Ranking {
  results: RankedStation[];
  radiusKm: number;
}

export function useRanking(state: AppState): Ranking | null {
  const { data, origin, filters, now } = state;
  const config = state.config.status === 'ready' ? state.config.config : DEFAULT_CONFIG;
  const { speedKmh, detourFactor } = config;
  return useMemo(() => {
    if (data.status !== 'loaded' || !origin) return null;
    const results = nearestStations(data.index, origin.lngLat, now, {
      needs: filters.needs,
      only24h: filters.only24h,
      includeClosed: filters.includeClosed,
      speedKmh,
      detourFactor,
    });
    return { results, radiusKm: RANK_DEFAULTS.maxDistanceKm };
  }, [data, origin, filters, now, speedKmh, detourFactor]);
}
