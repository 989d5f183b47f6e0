/**
 * What the API server answers, as the console reads it (src/server/routes/*, openapi.ts).
 * Stations pass `validateStationCollection` in the client and rider reports `officeReportSchema`;
 * the rest is trusted shape.
 */
import type { DuplicateOf, ImportPlan, ImportPlanRow } from '../../core/import/plan.ts';
import type { Office } from '../../core/offices.ts';
import type { ReportStatus } from '../../core/report.ts';
import type { LngLat, Station } from '../../core/station.ts';

/** Rider reports: the schema in src/core/report.ts is the one description of them. */
export type { OfficeReport, ReportAnswer, ReportKind, ReportStatus } from '../../core/report.ts';

export type Role = 'editor' | 'admin';

export interface SessionUser {
  username: string;
  role: Role;
  /** The editor's street office; null for a district admin. */
  officeCode: string | null;
}

export interface SessionInfo {
  user: SessionUser;
  csrfToken: string;
  expiresAt: string;
}

export interface HistoryVersion {
  version: number;
  action: 'seed' | 'create' | 'update' | 'delete' | 'revert' | 'import';
  by: string;
  at: string;
  changes: string[];
  note: string | null;
  deleted: boolean;
  station: Station;
}

export interface StationHistory {
  id: string;
  version: number;
  deleted: boolean;
  versions: HistoryVersion[];
}

export type { DuplicateOf, ImportPlanRow };

/** What POST /api/imports answers: the plan (src/core/import/plan.ts) and what was read. */
export interface ImportPreview extends ImportPlan {
  id: string;
  format: 'csv' | 'geojson';
  crs: CoordinateSystem;
  encoding: string;
  expiresAt: string;
  summary: { add: number; update: number; unchanged: number; rejected: number; duplicates: number };
}

export interface ImportCommitResult {
  id: string;
  added: string[];
  updated: string[];
  version: number;
}

export type CoordinateSystem = 'wgs84' | 'gcj02' | 'bd09';

export interface ImportRequest {
  format: 'csv' | 'geojson';
  crs: CoordinateSystem;
  encoding: 'auto' | 'utf-8' | 'gb18030';
  contentEncoding: 'base64';
  content: string;
  fileName?: string;
  defaults?: { kind?: Station['properties']['kind']; host_type?: Station['properties']['host_type'] };
}

export interface ChangesSince {
  version: number;
  changed: Station[];
  deleted: { id: string; version: number }[];
}

export type OfficeCollection = { type: 'FeatureCollection'; features: Office[] };

/** Body of POST /api/stations. */
export interface StationCreateBody {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: LngLat };
  properties: Record<string, unknown>;
}

/** Body of PATCH /api/stations/:id: only what changes; null removes an optional field. */
export interface StationPatchBody {
  geometry?: { type: 'Point'; coordinates: LngLat };
  properties?: Record<string, unknown>;
}

/** `GET /api/reports?status=`: still owed an answer (open + acknowledged), everything, or one status. */
export type ReportFilter = 'unanswered' | 'all' | ReportStatus;
