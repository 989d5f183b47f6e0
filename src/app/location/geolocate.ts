/**
 * One position fix from the Geolocation API, as a value: located, or why not. Browsers differ
 * in whether their own timeout covers the permission prompt, so a second timer guarantees an
 * answer.
 */
import type { LngLat } from '../../core/station.ts';

export type LocateResult =
  | { kind: 'located'; lngLat: LngLat; accuracyMeters: number }
  | { kind: 'denied' }
  | { kind: 'unavailable' }
  | { kind: 'slow' }
  | { kind: 'unsupported' };

export const LOCATE_TIMEOUT_MS = 8_000;

export function locateOnce(geolocation: Geolocation | undefined, timeoutMs = LOCATE_TIMEOUT_MS): Promise<LocateResult> {
  if (!geolocation) return Promise.resolve({ kind: 'unsupported' });
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: LocateResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(guard);
      resolve(result);
    };
    const guard = setTimeout(() => finish({ kind: 'slow' }), timeoutMs + 1_000);
    try {
      geolocation.getCurrentPosition(
        (position) =>
          finish({
            kind: 'located',
            lngLat: [position.coords.longitude, position.coords.latitude],
            accuracyMeters: position.coords.accuracy,
          }),
        (error) => {
          // 1 PERMISSION_DENIED, 2 POSITION_UNAVAILABLE, 3 TIMEOUT
          finish({ kind: error.code === 1 ? 'denied' : error.code === 3 ? 'slow' : 'unavailable' });
        },
        { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
      );
    } catch {
      finish({ kind: 'unavailable' });
    }
  });
}

/** True when the page may locate without a prompt (so it can do so at start-up). */
export async function geolocationGranted(): Promise<boolean> {
  try {
    const status = await navigator.permissions?.query({ name: 'geolocation' });
    return status?.state === 'granted';
  } catch {
    return false;
  }
}
