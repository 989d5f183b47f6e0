/**
 * "Locate me": one fix with a timeout, its outcome dispatched as a status the screen reads out.
 * At start-up it locates by itself only when permission is already granted and no origin was
 * given by the link.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Dispatch } from 'react';
import { geolocationGranted, locateOnce } from '../location/geolocate.ts';
import type { Action } from '../state/types.ts';

const SLOW_HINT_MS = 3_000;

export function useLocate(dispatch: Dispatch<Action>, autoLocate: boolean): () => void {
  const inFlight = useRef(false);

  const locate = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    dispatch({ type: 'locateStarted' });
    const hint = setTimeout(() => dispatch({ type: 'locateSlow' }), SLOW_HINT_MS);
    locateOnce(typeof navigator === 'undefined' ? undefined : navigator.geolocation).then((result) => {
      clearTimeout(hint);
      inFlight.current = false;
      if (result.kind === 'located') {
        dispatch({ type: 'located', lngLat: result.lngLat, accuracyMeters: result.accuracyMeters });
      } else {
        dispatch({ type: 'locateFailed', reason: result.kind });
      }
    });
  }, [dispatch]);

  useEffect(() => {
    if (!autoLocate) return;
    let cancelled = false;
    geolocationGranted().then((granted) => {
      if (granted && !cancelled) locate();
    });
    return () => {
      cancelled = true;
    };
    // Only at start-up.
  }, []);

  return locate;
}
