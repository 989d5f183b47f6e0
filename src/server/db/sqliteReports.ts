/** ReportRepository over SQLite: one row per rider report in `reports` (migration 002). */
import { UNANSWERED_STATUSES } from '../../core/report.ts';
import type { OfficeReport, ReportKind, ReportStatus } from '../../core/report.ts';
import type { NewReport, ReportRecord, ReportRepository } from '../repository.ts';
import type { SqliteDatabase } from './open.ts';

interface ReportRow {
  id: string;
  station_id: string;
  office_code: string;
  station_name: string;
  kind: ReportKind;
  note: string;
  suggested_lng: number | null;
  suggested_lat: number | null;
  created_at: string;
  received_at: string;
  status: ReportStatus;
  reply: string | null;
  answered_at: string | null;
  answered_by: string | null;
  revision: number;
  content_hash: string;
  submitter_key: string | null;
}

function toReport(r: ReportRow): OfficeReport {
  return {
    id: r.id,
    station_id: r.station_id,
    station_name: r.station_name,
    office_code: r.office_code,
    kind: r.kind,
    note: r.note,
    suggested_position: r.suggested_lng !== null && r.suggested_lat !== null ? [r.suggested_lng, r.suggested_lat] : null,
    created_at: r.created_at,
    received_at: r.received_at,
    status: r.status,
    reply: r.reply,
    answered_at: r.answered_at,
    answered_by: r.answered_by,
    revision: r.revision,
  };
}

const toRecord = (r: ReportRow): ReportRecord => ({ report: toReport(r), contentHash: r.content_hash });

// Lists of values go in as one JSON array, read back with json_each, so one statement serves any length.
const NEWEST_FIRST = 'ORDER BY received_at DESC, rowid DESC';

export function sqliteReportRepository(db: SqliteDatabase): ReportRepository {
  const q = {
    insert: db.prepare<Record<string, unknown>, ReportRow>(`INSERT INTO reports
      (id, station_id, office_code, station_name, kind, note, suggested_lng, suggested_lat, created_at, received_at,
       content_hash, submitter_key)
      VALUES (@id, @station_id, @office_code, @station_name, @kind, @note, @suggested_lng, @suggested_lat, @created_at,
       @received_at, @content_hash, @submitter_key)
      RETURNING *`),
    get: db.prepare<[string], ReportRow>('SELECT * FROM reports WHERE id = ?'),
    many: db.prepare<[string], ReportRow>('SELECT * FROM reports WHERE id IN (SELECT value FROM json_each(?))'),
    listAll: db.prepare<[string], ReportRow>(`SELECT * FROM reports
      WHERE status IN (SELECT value FROM json_each(?)) ${NEWEST_FIRST}`),
    listOffice: db.prepare<[string, string], ReportRow>(`SELECT * FROM reports
      WHERE office_code = ? AND status IN (SELECT value FROM json_each(?)) ${NEWEST_FIRST}`),
    answer: db.prepare<[string, string | null, string, string, string, number], ReportRow>(`UPDATE reports
      SET status = ?, reply = ?, answered_at = ?, answered_by = ?, revision = revision + 1
      WHERE id = ? AND revision = ? RETURNING *`),
    receivedSince: db.prepare<[string, string], string>(`SELECT received_at FROM reports
      WHERE submitter_key = ? AND received_at > ? ORDER BY received_at`).pluck(),
    forget: db.prepare<[string]>(`UPDATE reports SET submitter_key = NULL
      WHERE submitter_key IS NOT NULL AND received_at < ?`),
    countsAll: db.prepare<[string], { station_id: string; n: number }>(`SELECT station_id, count(*) AS n FROM reports
      WHERE status IN (SELECT value FROM json_each(?)) GROUP BY station_id`),
    countsOffice: db.prepare<[string, string], { station_id: string; n: number }>(`SELECT station_id, count(*) AS n FROM reports
      WHERE office_code = ? AND status IN (SELECT value FROM json_each(?)) GROUP BY station_id`),
  };
  const unanswered = JSON.stringify(UNANSWERED_STATUSES);

  return {
    add: (r: NewReport) => {
      const s = r.submission;
      const row = q.insert.get({
        id: s.id,
        station_id: s.station_id,
        office_code: r.officeCode,
        station_name: r.stationName,
        kind: s.kind,
        note: s.note,
        suggested_lng: s.suggested_position?.[0] ?? null,
        suggested_lat: s.suggested_position?.[1] ?? null,
        created_at: s.created_at,
        received_at: r.receivedAt.toISOString(),
        content_hash: r.contentHash,
        submitter_key: r.submitterKey,
      });
      if (!row) throw new Error(`report ${s.id} was not inserted`);
      return toRecord(row);
    },
    get: (id) => {
      const row = q.get.get(id);
      return row ? toRecord(row) : null;
    },
    getMany: (ids) => {
      const byId = new Map(q.many.all(JSON.stringify(ids)).map((row) => [row.id, toReport(row)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
    list: ({ officeCode, statuses }) => {
      const wanted = JSON.stringify(statuses);
      const rows = officeCode === undefined ? q.listAll.all(wanted) : q.listOffice.all(officeCode, wanted);
      return rows.map(toReport);
    },
    answer: (id, revision, c) => {
      const row = q.answer.get(c.status, c.reply, c.at.toISOString(), c.by, id, revision);
      return row ? toReport(row) : null;
    },
    receivedSince: (submitterKey, since) => q.receivedSince.all(submitterKey, since.toISOString()).map((at) => new Date(at)),
    forgetSubmittersBefore: (before) => q.forget.run(before.toISOString()).changes,
    unansweredCounts: (officeCode) => {
      const rows = officeCode === undefined ? q.countsAll.all(unanswered) : q.countsOffice.all(officeCode, unanswered);
      return new Map(rows.map((r) => [r.station_id, r.n]));
    },
  };
}
