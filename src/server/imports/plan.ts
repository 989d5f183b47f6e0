/**
 * Candidates → an import plan: which rows add a station, which update one, which change
 * nothing, which are rejected (with every reason) and which look like duplicates (the same or
 * a contained name within 50 m, or any station within 15 m: src/core/import/duplicates.ts; held
 * back unless the office includes them at commit).
 *
 * Jurisdiction is the same rule as the API's: a row's office is `officeAt` of its point; an
 * editor's rows must fall in its own office. A row's id names the station it updates; an id
 * that is another office's station, or deleted, is refused like one that does not exist for
 * editing ("unknown station id"); an id never used becomes the new station's id.
 */
import { findDuplicates } from '../../core/import/duplicates.ts';
import { importMessage } from '../../core/import/messages.ts';
import type { ImportMessage } from '../../core/import/messages.ts';
import type { ImportPlan, ImportPlanRow } from '../../core/import/plan.ts';
import type { Station, StationProperties } from '../../core/station.ts';
import { formatProblem, validateStationCollection } from '../../core/validate.ts';
import type { Jurisdictions } from '../jurisdiction.ts';
import type { Store, User } from '../repository.ts';
import { changedFields } from '../stationEdits.ts';
import type { Candidate } from './readInput.ts';

export type { ImportPlan };
/** A row that adds or updates a station (the shared shape, src/core/import/plan.ts). */
export type PlanRow = ImportPlanRow;

/** Server-side reasons, in the importer's message shape. */
function serverMessage(code: string, params: Record<string, string | number>, zh: string, en: string): ImportMessage {
  return { code, level: 'error', params, zh, en } as unknown as ImportMessage;
}

/** Warnings that explain why a required value is missing, shown as the rejection reason. */
const EXPLAINS_MISSING = new Set(['host_type_missing', 'value_unknown', 'closure_reason_missing']);

export interface PlanContext {
  user: User;
  store: Store;
  jurisdictions: Jurisdictions;
  newId: () => string;
}

function merged(c: Candidate, current: StationProperties | undefined, officeCode: string): Record<string, unknown> {
  const base: Record<string, unknown> = current ? { ...current } : {};
  for (const key of c.present) delete base[key];
  return { ...base, ...c.properties, office_code: officeCode };
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function planRow(c: Candidate, ctx: PlanContext, plan: ImportPlan, firstRowOfId: Map<string, number>): void {
  const reject = (...reasons: ImportMessage[]): void => {
    plan.rejected.push({ row: c.row, reasons, ...(c.suggestedLngLat ? { suggestedLngLat: c.suggestedLngLat } : {}) });
  };
  if (c.rejected || !c.lngLat) return reject(...c.reasons);

  const office = ctx.jurisdictions.officeAt(c.lngLat);
  const where = c.lngLat.join(', ');
  if (!office) return reject(serverMessage('outside_all_jurisdictions', { lngLat: where }, `坐标 ${where} 不在任何街道辖区内`, `${where} lies outside every street office's jurisdiction`));
  const code = office.properties.code;
  if (ctx.user.role !== 'admin' && code !== ctx.user.officeCode) {
    return reject(serverMessage('outside_jurisdiction', { lngLat: where, officeCode: code }, `坐标 ${where} 位于${office.properties.name}，不在本街道辖区内`, `${where} lies in ${office.properties.name_en}, outside your office's jurisdiction`));
  }
  const rowOffice = c.properties.office_code;
  if (rowOffice && rowOffice !== code) return reject(importMessage('office_mismatch', { expected: code, received: rowOffice }));

  let current: ReturnType<Store['stations']['get']> = null;
  if (c.id !== undefined) {
    if (!ID_PATTERN.test(c.id)) return reject(importMessage('invalid_id', { value: c.id }));
    const firstRow = firstRowOfId.get(c.id);
    if (firstRow !== undefined) return reject(importMessage('duplicate_id', { id: c.id, firstRow }));
    firstRowOfId.set(c.id, c.row);
    current = ctx.store.stations.get(c.id);
    if (current && (current.deleted || !ctx.jurisdictions.mayTouch(ctx.user, current))) {
      return reject(serverMessage('unknown_station_id', { id: c.id }, `没有可编辑的编号为“${c.id}”的站点；新增站点请留空编号`, `no station with id "${c.id}" that you can edit; leave the id empty to add a new station`));
    }
  }
  const id = c.id ?? ctx.newId();
  const properties = merged(c, current?.station.properties, code);
  const { stations, problems } = validateStationCollection({ type: 'FeatureCollection', features: [{ type: 'Feature', id, geometry: { type: 'Point', coordinates: c.lngLat }, properties }] });
  const station = stations[0];
  if (!station || problems.length > 0) {
    const explained = c.warnings.filter((w) => EXPLAINS_MISSING.has(w.code));
    return reject(...c.reasons, ...explained, ...problems.map((p) => importMessage('field_invalid', { field: p.field, detail: formatProblem(p) })));
  }
  const row: PlanRow = { row: c.row, id, station, warnings: c.warnings, notes: c.notes, ...(c.serial ? { serial: c.serial } : {}), ...(c.note ? { note: c.note } : {}) };
  if (!current) return void plan.add.push(row);
  const changes = changedFields(current.station, station);
  if (changes.length === 0) return void plan.unchanged.push({ row: c.row, id });
  plan.update.push({ ...row, baseVersion: current.version, changes });
}

/**
 * @example
 * const plan = buildPlan(readImportInput(input).candidates, { user, store, jurisdictions, newId });
 */
export function buildPlan(candidates: Candidate[], ctx: PlanContext): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], unchanged: [], rejected: [], duplicates: [], held: [] };
  const firstRowOfId = new Map<string, number>();
  for (const c of candidates) planRow(c, ctx, plan, firstRowOfId);

  const accepted = [...plan.add, ...plan.update].sort((a, b) => a.row - b.row);
  const matches = findDuplicates(
    accepted.map((r) => ({ rowNumber: r.row, id: r.id, status: 'ok' as const, lngLat: r.station.geometry.coordinates, properties: { name: r.station.properties.name } })),
    ctx.store.stations.listPublished(),
  );
  plan.duplicates = matches.map((m) => ({ row: m.rowNumber, duplicateOf: m.duplicateOf, distanceMeters: m.distanceMeters, message: m.message }));
  const duplicateRows = new Set(matches.map((m) => m.rowNumber));
  plan.held = plan.add.filter((r) => duplicateRows.has(r.row));
  plan.add = plan.add.filter((r) => !duplicateRows.has(r.row));
  return plan;
}
