/**
 * What the server needs from storage, as plain interfaces. SQLite (`db/sqliteStore.ts`) is the
 * one implementation today; another engine implements the same `Store` and nothing else moves.
 * Implementations are synchronous so a request's checks and writes cannot interleave with
 * another's; `transaction` makes a group of calls all-or-nothing.
 */
import type { Office } from '../core/offices.ts';
import type { OfficeReport, ReportStatus, ReportSubmission } from '../core/report.ts';
import type { Station } from '../core/station.ts';

export type { Office };

export type Role = 'editor' | 'admin';
export type StationAction = 'seed' | 'create' | 'update' | 'delete' | 'revert' | 'import';

/** The current row of a station; tombstones keep their last properties. */
export interface StationRecord {
  station: Station;
  version: number;
  deleted: boolean;
  officeCode: string;
}

export interface StationChange {
  action: StationAction;
  by: string;
  at: Date;
  /** Names of the fields that changed, e.g. ['opening_hours', 'geometry']. */
  summary: string[];
  /** Free text for the history view, e.g. 'reverted to version 2'. */
  note?: string;
}

export interface HistoryEntry extends StationChange {
  version: number;
  deleted: boolean;
  station: Station;
}

export interface ChangesSince {
  /** The data version these changes bring the caller to. */
  version: number;
  changed: Station[];
  deleted: { id: string; version: number }[];
}

export interface StationRepository {
  get(id: string): StationRecord | null;
  /** Every station that is not a tombstone, ordered by id. */
  listPublished(): Station[];
  /** The published collection as GeoJSON text, built from the stored JSON without re-parsing. */
  publishedJson(): string;
  count(): number;
  dataVersion(): number;
  changesSince(dataVersion: number): ChangesSince;
  /** Writes `station` as the next version (1 for a new id). `station.properties.version` is set here. */
  write(station: Station, deleted: boolean, change: StationChange): StationRecord;
  history(id: string): HistoryEntry[];
  versionOf(id: string, version: number): HistoryEntry | null;
}

export interface OfficeRepository {
  list(): Office[];
  get(code: string): Office | null;
  replaceAll(offices: Office[]): void;
}

export interface User {
  id: number;
  username: string;
  role: Role;
  /** null only for a district administrator without a home office. */
  officeCode: string | null;
}

export interface UserRepository {
  findByUsername(username: string): (User & { passwordHash: string }) | null;
  get(id: number): User | null;
  add(user: { username: string; passwordHash: string; role: Role; officeCode: string | null; at: Date }): User;
  list(): User[];
}

export interface SessionRecord {
  user: User;
  csrfToken: string;
  expiresAt: Date;
}

export interface SessionRepository {
  create(idHash: string, userId: number, csrfToken: string, at: Date, expiresAt: Date): void;
  /** The live session (expired ones count as absent). */
  find(idHash: string, at: Date): SessionRecord | null;
  delete(idHash: string): void;
  deleteExpired(at: Date): number;
}

export interface LoginAttempt {
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

export interface LoginAttemptRepository {
  get(key: string): LoginAttempt | null;
  put(key: string, attempt: LoginAttempt): void;
  clear(key: string): void;
}

export interface ImportRecord<Plan = unknown> {
  id: string;
  userId: number;
  createdAt: Date;
  status: 'preview' | 'committed';
  plan: Plan;
}

export interface ImportRepository {
  add(record: ImportRecord): void;
  get(id: string): ImportRecord | null;
  markCommitted(id: string, at: Date): void;
}

export interface StoredResponse {
  requestHash: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyRepository {
  get(userId: number, key: string): StoredResponse | null;
  put(userId: number, key: string, response: StoredResponse, at: Date): void;
  deleteOlderThan(at: Date): number;
}

/** A stored rider report and what the server keeps beside it. */
export interface ReportRecord {
  report: OfficeReport;
  /** SHA-256 of the submitted content; a repeat of the same id must carry the same. */
  contentHash: string;
}

export interface NewReport {
  submission: ReportSubmission;
  /** The station's office and name when the report arrived. */
  officeCode: string;
  stationName: string;
  receivedAt: Date;
  contentHash: string;
  /** Keyed hash of the client address, for the hourly limit. */
  submitterKey: string;
}

export interface ReportFilter {
  /** One office's reports; every office's when absent. */
  officeCode?: string;
  statuses: readonly ReportStatus[];
}

export interface ReportAnswerChange {
  status: ReportStatus;
  reply: string | null;
  by: string;
  at: Date;
}

export interface ReportRepository {
  /** Stores a new report: status open, revision 1. */
  add(report: NewReport): ReportRecord;
  get(id: string): ReportRecord | null;
  /** The reports among `ids` that exist, in the order of `ids`. */
  getMany(ids: readonly string[]): OfficeReport[];
  /** Newest first. */
  list(filter: ReportFilter): OfficeReport[];
  /** Writes the answer only if the report is still at `revision` (then revision + 1); null otherwise. */
  answer(id: string, revision: number, change: ReportAnswerChange): OfficeReport | null;
  /** When the reports of `submitterKey` received after `since` arrived, oldest first. */
  receivedSince(submitterKey: string, since: Date): Date[];
  /** Clears the submitter key of reports received before `before`; returns how many. */
  forgetSubmittersBefore(before: Date): number;
  /** Unanswered (open or acknowledged) reports per station id, of one office or of all. */
  unansweredCounts(officeCode?: string): Map<string, number>;
}

export interface Store {
  stations: StationRepository;
  offices: OfficeRepository;
  users: UserRepository;
  sessions: SessionRepository;
  loginAttempts: LoginAttemptRepository;
  imports: ImportRepository;
  idempotency: IdempotencyRepository;
  reports: ReportRepository;
  /** Runs `fn` all-or-nothing; a throw rolls everything back and is re-thrown. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
