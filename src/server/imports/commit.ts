/**
 * Applies a previewed import in one transaction: every row, or (on any conflict) none. A row
 * conflicts when the station it updates changed since the preview, or when an id it adds was
 * taken meanwhile; the office then previews again.
 */
import { ApiError } from '../errors.ts';
import type { Jurisdictions } from '../jurisdiction.ts';
import type { Store, User } from '../repository.ts';
import type { ImportPlan, PlanRow } from './plan.ts';

export interface CommitResult {
  added: string[];
  updated: string[];
  /** The data version after the commit (for `?since`). */
  version: number;
}

export function commitPlan(
  store: Store,
  jurisdictions: Jurisdictions,
  user: User,
  importId: string,
  plan: ImportPlan,
  includeDuplicates: ReadonlySet<number>,
  at: Date,
): CommitResult {
  const rows: PlanRow[] = [...plan.add, ...plan.held.filter((r) => includeDuplicates.has(r.row)), ...plan.update].sort((a, b) => a.row - b.row);
  return store.transaction(() => {
    const result: CommitResult = { added: [], updated: [], version: 0 };
    for (const row of rows) {
      const current = store.stations.get(row.id);
      const conflict = (why: string) =>
        new ApiError(409, 'import_conflict', `Row ${row.row} (${row.id}): ${why}; nothing was imported. Preview the file again.`, {
          row: row.row,
          id: row.id,
          currentVersion: current?.version ?? null,
        });
      if (row.baseVersion === undefined) {
        if (current) throw conflict('a station with this id exists now');
      } else if (!current || current.deleted || !jurisdictions.mayTouch(user, current)) {
        throw conflict('the station is gone');
      } else if (current.version !== row.baseVersion) {
        throw conflict(`the station changed since the preview (version ${row.baseVersion} → ${current.version})`);
      }
      const station = { ...row.station, properties: { ...row.station.properties, updated_at: at.toISOString() } };
      store.stations.write(station, false, {
        action: 'import',
        by: user.username,
        at,
        summary: row.changes ?? [],
        note: `import ${importId} row ${row.row}`,
      });
      (row.baseVersion === undefined ? result.added : result.updated).push(row.id);
    }
    store.imports.markCommitted(importId, at);
    result.version = store.stations.dataVersion();
    return result;
  });
}
