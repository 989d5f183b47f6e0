-- 002: rider reports (随手报). One row per report id; the id is a UUID made on the rider's device,
-- so a report sent twice (an offline outbox retrying) is stored once.

CREATE TABLE reports (
  id            TEXT PRIMARY KEY,
  -- Stations are never removed, only tombstoned, so the reference always holds.
  station_id    TEXT NOT NULL REFERENCES stations(id),
  -- The station's office when the report arrived: the office that must answer it.
  office_code   TEXT NOT NULL REFERENCES offices(code),
  -- The station's name when the report arrived (it may since be renamed or deleted).
  station_name  TEXT NOT NULL,
  -- No CHECK on kind: the list lives in src/core/report.ts, and a new kind must not need a table rebuild.
  kind          TEXT NOT NULL,
  note          TEXT NOT NULL,
  -- Where the rider says the station really is (wrong_location only), WGS-84.
  suggested_lng REAL,
  suggested_lat REAL,
  created_at    TEXT NOT NULL,  -- the rider's device clock, informational
  received_at   TEXT NOT NULL,  -- the server clock
  status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'acknowledged', 'resolved', 'dismissed')),
  reply         TEXT,
  answered_at   TEXT,
  answered_by   TEXT,
  revision      INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
  -- SHA-256 over what the rider submitted: a repeat with the same id must carry the same content.
  content_hash  TEXT NOT NULL,
  -- Keyed hash of the client address, for the hourly limit; cleared once the limit no longer looks at it.
  submitter_key TEXT,
  CHECK ((suggested_lng IS NULL) = (suggested_lat IS NULL))
) STRICT;

-- The console's list: one office, some statuses, newest first.
CREATE INDEX reports_office_status ON reports (office_code, status, received_at);
-- Reports of one station (the stations table's open-reports count).
CREATE INDEX reports_station ON reports (station_id, status);
-- The rate limit; only rows still carrying a submitter key (the last hour) are in it.
CREATE INDEX reports_submitter ON reports (submitter_key, received_at) WHERE submitter_key IS NOT NULL;
