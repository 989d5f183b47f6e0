/**
 * Start-up effects: configuration and station data load in parallel (the list never waits for
 * the map), and the clock ticks so "open" stays true as time passes.
 */
import { useEffect } from 'react';
import type { Dispatch } from 'react';
import { createStationIndex } from '../../core/rank.ts';
import { loadConfig } from '../config.ts';
import type { StationSource } from '../data/stationSource.ts';
import { now, TICK_MS } from '../clock.ts';
import type { Action } from '../state/types.ts';

export function useStartup(dispatch: Dispatch<Action>, source: StationSource): void {
  useEffect(() => {
    let cancelled = false;
    loadConfig().then((config) => {
      if (!cancelled) dispatch({ type: 'configLoaded', config });
    });
    // A syncing source (src/app/offline) sends newer data later: the list re-ranks, no reload.
    const unsubscribe = source.subscribe?.((data) => {
      dispatch({ type: 'dataLoaded', data, index: createStationIndex(data.stations) });
    });
    source.load().then(
      (data) => {
        if (cancelled) return;
        dispatch({ type: 'dataLoaded', data, index: createStationIndex(data.stations) });
        if (data.problems.length > 0) console.warn(`${data.problems.length} data problems`, data.problems);
      },
      (error: unknown) => {
        if (!cancelled) dispatch({ type: 'dataFailed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  }, [dispatch, source]);

  useEffect(() => {
    const timer = setInterval(() => dispatch({ type: 'tick', now: now() }), TICK_MS);
    // Coming back to a tab that slept: recompute at once rather than up to a minute late.
    const onVisible = () => {
      if (document.visibilityState === 'visible') dispatch({ type: 'tick', now: now() });
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [dispatch]);
}
