/**
 * The shape of an import plan, shared by the server that computes it (src/server/imports/plan.ts)
 * and the console that shows it as a preview (src/console/importer): one definition, so the two
 * cannot drift apart.
 */
import type { DuplicateMatch } from './duplicates.ts';
import type { ImportMessage } from './messages.ts';
import type { LngLat, Station } from '../station.ts';

/** One row that adds or updates a station. */
export interface ImportPlanRow {
  row: number;
  id: string;
  station: Station;
  warnings: ImportMessage[];
  notes: ImportMessage[];
  /** Updates only: the version the preview was computed against, and what changes. */
  baseVersion?: number;
  changes?: string[];
  serial?: string;
  note?: string;
}

export type DuplicateOf = DuplicateMatch['duplicateOf'];

export interface ImportPlan {
  add: ImportPlanRow[];
  update: ImportPlanRow[];
  /** Rows naming a station they would not change. */
  unchanged: { row: number; id: string }[];
  rejected: { row: number; reasons: ImportMessage[]; suggestedLngLat?: LngLat }[];
  duplicates: { row: number; duplicateOf: DuplicateOf; distanceMeters: number; message: ImportMessage }[];
  /** Add rows held back as likely duplicates; committed only when named in includeDuplicates. */
  held: ImportPlanRow[];
}
