/**
 * Everything about one station, opened from a list row or a map marker: state now and on
 * arrival, the week's hours, amenities, address, phone, freshness, office, and Navigate.
 */
import { is24_7, stationStateAt } from '../core/hours.ts';
import type { RankedStation } from '../core/rank.ts';
import type { LngLat, Station } from '../core/station.ts';
import type { NavProvider } from '../i18n/messages.ts';
import { AmenityList } from './AmenityList.tsx';
import { Dialog } from './Dialog.tsx';
import type { Office } from './data/stationSource.ts';
import { beijingDayDiff, describeRanked, describeState } from './format/openStateText.ts';
import { HoursList } from './HoursList.tsx';
import { useI18n } from './i18nContext.tsx';
import { NavLinks } from './NavLinks.tsx';
import { ReportEntry } from './reports/ReportEntry.tsx';
import type { ReportOutbox } from './reports/reportOutbox.ts';
import { StateBadge } from './StateBadge.tsx';

interface Props {
  station: Station;
  /** Present when the station is in the current ranking (distance, ETA, state on arrival). */
  ranked: RankedStation | null;
  office: Office | null;
  now: Date;
  origin: LngLat | null;
  needs: Parameters<typeof AmenityList>[0]['highlight'];
  navProvider: NavProvider | null;
  onNavUse: (provider: NavProvider) => void;
  onClose: () => void;
  /** Rider reports (src/app/reports); absent in tests of the screen alone. */
  reports?: {
    outbox: ReportOutbox;
    /** The rider's own position, offered as a wrong location's correction; null when not known. */
    position: LngLat | null;
    now: () => Date;
    onOpenMyReports: (stationId: string) => void;
  };
}

export function StationDetail({ station, ranked, office, now, origin, needs, navProvider, onNavUse, onClose, reports }: Props) {
  const { m, f, locale } = useI18n();
  const p = station.properties;
  const en = locale === 'en';
  const name = en && p.name_en ? p.name_en : p.name;
  const is24h = is24_7(p);
  const stateNow = describeState(stationStateAt(p, now), now, is24h, m, f);
  const stateArrival = ranked ? describeRanked(ranked, now, is24h, m, f) : null;
  const verifiedAt = p.verified_at ? new Date(p.verified_at) : null;
  return (
    <Dialog
      label={m.detailLabel(name)}
      onClose={onClose}
      testId="station-detail"
      dataAttributes={{ 'data-station-id': station.id }}
      className="detail"
    >
      <div className="sheet__header">
        <div>
          <h2 className="detail__name">{name}</h2>
          {en && p.name_en && (
            <p className="detail__alt-name" lang="zh-CN">
              {p.name}
            </p>
          )}
          <p className="detail__kind">
            {m.kinds[p.kind]}
            {ranked && ` · ${m.distanceAndEta(f.distance(ranked.distanceMeters), m.etaMinutes(Math.max(1, Math.round(ranked.etaMinutes))))}`}
          </p>
        </div>
        <button type="button" className="sheet__close" data-testid="detail-close" onClick={onClose} aria-label={m.close}>
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d="M6 6l12 12 M18 6 6 18" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
          </svg>
        </button>
      </div>

      <dl className="detail__states">
        <div>
          <dt>{m.now}</dt>
          <dd>
            <StateBadge tone={stateNow.tone} text={stateNow.text} />
          </dd>
        </div>
        {stateArrival && (
          <div>
            <dt>{m.atArrival}</dt>
            <dd>
              <StateBadge tone={stateArrival.tone} text={stateArrival.text} />
            </dd>
          </div>
        )}
      </dl>
      {p.status === 'temporarily_closed' && p.closure && <p className="notice notice--warn">{m.closureReason(p.closure.reason)}</p>}

      <section className="detail__section" aria-labelledby="detail-nav">
        <h3 id="detail-nav">{m.navigateTitle}</h3>
        <NavLinks target={{ lngLat: station.geometry.coordinates, name: p.name }} origin={origin} lastUsed={navProvider} onUse={onNavUse} />
      </section>

      <section className="detail__section" data-testid="detail-hours" aria-labelledby="detail-hours-h">
        <h3 id="detail-hours-h">{m.hoursTitle}</h3>
        <HoursList props={p} now={now} />
      </section>

      <section className="detail__section" aria-labelledby="detail-amenities">
        <h3 id="detail-amenities">{m.amenitiesTitle}</h3>
        {p.amenities.length > 0 ? <AmenityList amenities={p.amenities} highlight={needs} /> : <p>{m.noAmenities}</p>}
      </section>

      <section className="detail__section" aria-labelledby="detail-address">
        <h3 id="detail-address">{m.addressTitle}</h3>
        <p>{en && p.address_en ? p.address_en : p.address}</p>
        {p.phone ? (
          <a className="call" href={`tel:${p.phone.replace(/[\s-]/g, '')}`}>
            {m.call(p.phone)}
          </a>
        ) : (
          <p className="muted">{m.noPhone}</p>
        )}
      </section>

      <section className="detail__section detail__facts">
        <p data-testid="detail-verified">
          {verifiedAt ? m.verified(f.date(verifiedAt), Math.max(0, beijingDayDiff(verifiedAt, now))) : m.neverVerified}
        </p>
        {office && <p>{m.office(en && office.name_en ? office.name_en : office.name)}</p>}
        <p>{m.hostedIn(m.hostTypes[p.host_type])}</p>
      </section>

      {reports && <ReportEntry station={station} {...reports} />}
    </Dialog>
  );
}
