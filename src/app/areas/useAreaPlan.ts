/**
 * The async parts of choosing an area, as React state: the base map's tile set (read once per
 * configuration), the offices' polygons (read when asked for), and the plan of the current
 * choice (recomputed when it changes).
 */
import { useEffect, useState } from 'react';
import type { Office } from '../../core/offices.ts';
import type { AppConfig } from '../config.ts';
import { sharedTileStore } from './instance.ts';
import { loadOfficeShapes } from './officeShapes.ts';
import { planArea, type AreaPlan } from './planArea.ts';
import { loadTileSet, type TileSet } from './tileSet.ts';
import type { AreaShape } from './types.ts';

export type Loadable<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; message: string; tooLarge?: boolean };

export function useTileSet(config: AppConfig | null): Loadable<TileSet> {
  const [state, setState] = useState<Loadable<TileSet>>({ status: 'loading' });
  useEffect(() => {
    if (!config) return;
    let live = true;
    setState({ status: 'loading' });
    loadTileSet(config).then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [config]);
  return state;
}

export function useOfficeShapes(wanted: boolean): Loadable<Office[]> {
  const [state, setState] = useState<Loadable<Office[]>>({ status: 'loading' });
  useEffect(() => {
    if (!wanted || state.status === 'ready') return;
    let live = true;
    loadOfficeShapes().then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'failed', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [wanted, state.status]);
  return state;
}

/** @param refreshKey change it to recount tiles already stored (e.g. after a download ends) */
export function useAreaPlan(tileSet: TileSet | null, shape: AreaShape | null, maxZoom: number, refreshKey: number): Loadable<AreaPlan> | null {
  const [state, setState] = useState<Loadable<AreaPlan> | null>(null);
  useEffect(() => {
    if (!tileSet || !shape) {
      setState(null);
      return;
    }
    let live = true;
    setState({ status: 'loading' });
    // A short pause so tapping through the radii does not start a plan per tap.
    const timer = setTimeout(() => {
      planArea(tileSet, shape, maxZoom, { tiles: sharedTileStore(), pixelRatio: window.devicePixelRatio || 1 }).then(
        (value) => live && setState({ status: 'ready', value }),
        (error: unknown) =>
          live && setState({ status: 'failed', message: String(error), tooLarge: error instanceof RangeError }),
      );
    }, 120);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [tileSet, shape, maxZoom, refreshKey]);
  return state;
}
