/**
 * Stations made in the console that the server does not have yet (created offline, or whose
 * answer was lost). Each waiting create carries a provisional id, `pending:<key>`, so the table,
 * the map and the editor can show it and later edits can queue behind it; flush.ts swaps that id
 * for the server's once the create is applied.
 */
import { officeAt } from '../../core/offices.ts';
import { mergePatchProperties } from '../../core/patchProperties.ts';
import type { Office } from '../../core/offices.ts';
import type { Station } from '../../core/station.ts';
import type { StationCreateBody, StationPatchBody } from '../api/types.ts';
import type { OutboxItem } from './outboxItem.ts';

const PREFIX = 'pending:';

export const pendingStationId = (key: string): string => `${PREFIX}${key}`;
export const isPendingId = (id: string | null | undefined): id is string => typeof id === 'string' && id.startsWith(PREFIX);

/** The queued create behind a provisional id, if it is still in the queue. */
export function createItemOf(items: readonly OutboxItem[], stationId: string): OutboxItem | undefined {
  return items.find((i) => i.method === 'POST' && i.stationId === stationId);
}

/** The edits queued behind a provisional station's create (PATCHes and a DELETE), oldest first. */
export function dependentsOf(items: readonly OutboxItem[], stationId: string): OutboxItem[] {
  return items.filter((i) => i.method !== 'POST' && i.stationId === stationId);
}

/** The station a waiting PATCH would produce (shown in the list, and as "mine" next to "theirs"). */
export function applyPatch(base: Station, body: StationPatchBody): Station {
  const properties = mergePatchProperties(base.properties, body.properties);
  return { ...base, geometry: body.geometry ?? base.geometry, properties: properties as Station['properties'] };
}

/** A create body with PATCH bodies folded in, for resending a create the server refused. */
export function foldIntoCreate(create: StationCreateBody, patches: readonly StationPatchBody[]): StationCreateBody {
  let properties = create.properties;
  let geometry = create.geometry;
  for (const patch of patches) {
    properties = mergePatchProperties(properties, patch.properties);
    if (patch.geometry) geometry = patch.geometry;
  }
  return { type: 'Feature', geometry, properties };
}

/**
 * The stations still to be created, as the office will see them once sent: each queued create
 * (waiting, or refused and waiting for a fix) with the edits queued behind it applied. One with a
 * delete queued behind it is left out. `office_code` is the editor's own office (`ownOfficeCode`:
 * an editor creates only there, so a station refused for lying outside still shows in its table,
 * to be moved), or for an admin (null) the office where the point lies, as the server decides.
 *
 * @example
 * pendingStations(outbox.items, offices, '110105016').map((s) => s.id) // ['pending:6f1c…']
 */
export function pendingStations(items: readonly OutboxItem[], offices: readonly Office[], ownOfficeCode: string | null): Station[] {
  const out: Station[] = [];
  for (const item of items) {
    if (item.method !== 'POST' || !isPendingId(item.stationId)) continue;
    const body = item.body as StationCreateBody;
    const following = dependentsOf(items, item.stationId);
    if (following.some((i) => i.method === 'DELETE')) continue;
    const lngLat = body.geometry.coordinates;
    const officeCode = (body.properties.office_code as string | undefined) ?? ownOfficeCode ?? officeAt(offices, lngLat)?.properties.code ?? '';
    // Last changed: when the latest of its edits was made on this device.
    const updatedAt = [item, ...following].map((i) => i.createdAt).reduce((a, b) => (b > a ? b : a));
    const properties: Record<string, unknown> = { status: 'operational', amenities: [], verified_at: null, ...body.properties, office_code: officeCode, updated_at: updatedAt };
    let station: Station = { type: 'Feature', id: item.stationId, geometry: { type: 'Point', coordinates: lngLat }, properties: properties as Station['properties'] };
    for (const patch of following) station = applyPatch(station, patch.body as StationPatchBody);
    out.push(station);
  }
  return out;
}
