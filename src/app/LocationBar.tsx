/**
 * Says what the last "locate me" did and where the list is measured from. A polite live region,
 * so a screen reader hears "location denied" without hunting for it.
 */
import type { Hub } from '../core/station.ts';
import type { Messages } from '../i18n/messages.ts';
import { useI18n } from './i18nContext.tsx';
import type { LocateStatus, Origin } from './state/types.ts';

interface Props {
  locate: LocateStatus;
  origin: Origin | null;
  hubsById: ReadonlyMap<string, Hub>;
}

export function LocationBar({ locate, origin, hubsById }: Props) {
  const { m, f, locale } = useI18n();
  const status = statusText(locate, m, f.distance);
  const failed = locate.kind === 'denied' || locate.kind === 'unavailable' || locate.kind === 'slow' || locate.kind === 'unsupported';
  return (
    <div className={`location ${failed ? 'location--failed' : ''}`}>
      <p className="location__status" data-testid="location-status" data-status={locate.kind} role="status" aria-live="polite">
        {status ?? ''}
      </p>
      {origin && <p className="location__origin">{m.originNear(originLabel(origin, hubsById, m, locale))}</p>}
    </div>
  );
}

function statusText(locate: LocateStatus, m: Messages, distance: (meters: number) => string): string | null {
  switch (locate.kind) {
    case 'idle':
      return null;
    case 'locating':
      return locate.slow ? `${m.locating} ${m.locatingSlowHint}` : m.locating;
    case 'located':
      return m.located(distance(locate.accuracyMeters));
    case 'denied':
      return m.locationDenied;
    case 'unavailable':
      return m.locationUnavailable;
    case 'slow':
      return m.locationSlow;
    case 'unsupported':
      return m.locationUnsupported;
    default:
      return assertNever(locate);
  }
}

export function originLabel(origin: Origin, hubsById: ReadonlyMap<string, Hub>, m: Messages, locale: string): string {
  if (origin.hubId) {
    const hub = hubsById.get(origin.hubId);
    if (hub) return locale === 'en' && hub.properties.name_en ? hub.properties.name_en : hub.properties.name;
  }
  switch (origin.source) {
    case 'gps':
      return m.originLabels.gps;
    case 'map':
      return m.originLabels.map;
    case 'url':
      return m.originLabels.url;
    case 'remembered':
    case 'hub':
      return m.originLabels.remembered;
    default:
      return assertNever(origin.source);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled ${JSON.stringify(value)}`);
}
