-- 001: the first schema. Times are ISO 8601 UTC strings; JSON columns hold RFC 7946 pieces.

-- Street offices and their jurisdiction polygons (seeded from data/offices.geojson).
CREATE TABLE offices (
  code     TEXT PRIMARY KEY CHECK (length(code) = 9),
  name     TEXT NOT NULL,
  name_en  TEXT NOT NULL,
  centre   TEXT NOT NULL,   -- JSON [lng, lat], a label point inside the polygon
  geometry TEXT NOT NULL    -- JSON Polygon or MultiPolygon, WGS-84
) STRICT;

-- One row: bumped by every station change; `?since=` compares against stations.seq.
CREATE TABLE data_version (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  value INTEGER NOT NULL
) STRICT;
INSERT INTO data_version (id, value) VALUES (1, 0);

-- The current state of each station, tombstones included (deleted = 1).
CREATE TABLE stations (
  id          TEXT PRIMARY KEY,
  office_code TEXT NOT NULL REFERENCES offices(code),
  version     INTEGER NOT NULL CHECK (version > 0),
  deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  properties  TEXT NOT NULL,  -- JSON StationProperties (version and updated_at included)
  geometry    TEXT NOT NULL,  -- JSON Point
  updated_at  TEXT NOT NULL,
  seq         INTEGER NOT NULL -- data_version.value of the last change
) STRICT;
CREATE INDEX stations_seq ON stations (seq);
CREATE INDEX stations_office ON stations (office_code);

-- Every version ever written, with who, when and which fields changed.
CREATE TABLE station_versions (
  station_id  TEXT NOT NULL REFERENCES stations(id),
  version     INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('seed', 'create', 'update', 'delete', 'revert', 'import')),
  deleted     INTEGER NOT NULL CHECK (deleted IN (0, 1)),
  office_code TEXT NOT NULL,
  properties  TEXT NOT NULL,
  geometry    TEXT NOT NULL,
  changed_by  TEXT NOT NULL,
  changed_at  TEXT NOT NULL,
  summary     TEXT NOT NULL,  -- JSON array of changed field names
  note        TEXT,           -- e.g. 'reverted to version 2', 'import 3f…'
  PRIMARY KEY (station_id, version)
) STRICT;

CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('editor', 'admin')),
  office_code   TEXT REFERENCES offices(code),
  created_at    TEXT NOT NULL,
  CHECK (role = 'admin' OR office_code IS NOT NULL)
) STRICT;

-- Server-side sessions. Only a SHA-256 of the session id is stored.
CREATE TABLE sessions (
  id_hash    TEXT PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Failed logins per key ('user:<name>' or 'addr:<ip>'), for back-off before hashing.
CREATE TABLE login_attempts (
  key             TEXT PRIMARY KEY,
  failures        INTEGER NOT NULL,
  last_failure_at TEXT NOT NULL,
  blocked_until   TEXT
) STRICT;

-- Import previews waiting for commit, and what was committed.
CREATE TABLE imports (
  id           TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  status       TEXT NOT NULL CHECK (status IN ('preview', 'committed')),
  committed_at TEXT,
  plan         TEXT NOT NULL  -- JSON ImportPlan
) STRICT;

-- Stored responses of POST/PATCH/DELETE requests sent with an Idempotency-Key.
CREATE TABLE idempotency_keys (
  user_id      INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status       INTEGER NOT NULL,
  headers      TEXT NOT NULL,  -- JSON object
  body         TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
) STRICT;
