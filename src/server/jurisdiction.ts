/**
 * Who may touch what, decided on the server whatever the client sends.
 *
 * - A station belongs to the office whose polygon contains its point (`officeAt`, whose rule for
 *   a point exactly on a shared boundary is: the office with the lowest code wins).
 * - An editor creates and moves stations only to points its own office gets by that rule, and
 *   edits, deletes, reverts or reads the history of only its office's stations. Another office's
 *   station is answered exactly like one that does not exist (404), so ids cannot be probed.
 * - An admin acts across offices; a station it places still belongs to `officeAt` of its point.
 * - Points outside every jurisdiction are refused for everyone.
 */
import { officeAt } from '../core/offices.ts';
import type { LngLat } from '../core/station.ts';
import { ApiError, notFound } from './errors.ts';
import type { Office, OfficeRepository, StationRecord, User } from './repository.ts';

export interface Jurisdictions {
  officeAt(lngLat: LngLat): Office | null;
  /** The office code a station placed at `lngLat` by `user` gets; throws 403/422 when not allowed. */
  placeFor(user: User, lngLat: LngLat): string;
  /** True when `user` may change or inspect the station. */
  mayTouch(user: User, record: StationRecord): boolean;
  /** The record if `user` may touch it, else the same 404 as for a missing station. */
  touchable(user: User, record: StationRecord | null): StationRecord;
}

export function jurisdictions(repo: OfficeRepository): Jurisdictions {
  // Offices change only when the server is seeded; load once and keep the same objects, so
  // officeAt's per-geometry bounding boxes stay cached.
  let cached: Office[] | null = null;
  const all = (): Office[] => (cached ??= repo.list());

  const self: Jurisdictions = {
    officeAt: (lngLat) => officeAt(all(), lngLat),
    placeFor(user, lngLat) {
      const office = self.officeAt(lngLat);
      if (!office) {
        throw new ApiError(422, 'outside_all_jurisdictions', `[${lngLat.join(', ')}] lies outside every street office's jurisdiction.`, {
          coordinates: lngLat,
        });
      }
      if (user.role !== 'admin' && office.properties.code !== user.officeCode) {
        throw new ApiError(403, 'outside_jurisdiction', `[${lngLat.join(', ')}] lies in ${office.properties.name}, not in your office's jurisdiction.`, {
          coordinates: lngLat,
          officeCode: office.properties.code,
        });
      }
      return office.properties.code;
    },
    mayTouch: (user, record) => user.role === 'admin' || record.officeCode === user.officeCode,
    touchable(user, record) {
      if (!record || !self.mayTouch(user, record)) throw notFound();
      return record;
    },
  };
  return self;
}
