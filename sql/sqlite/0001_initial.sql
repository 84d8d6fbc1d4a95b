-- The data contract's records (../shared/spec/data-contract.md), one table
-- per file, named after the file. Every row remembers the import and the
-- line of the file it came from (import_id, source_line), so that any stored
-- figure can be traced back to an export.
-- Dates are TEXT 'YYYY-MM-DD', date-times TEXT 'YYYY-MM-DD HH:MM'.

CREATE TABLE imports (
  import_id     INTEGER PRIMARY KEY AUTOINCREMENT,
  file_name     TEXT NOT NULL,
  kind          TEXT NOT NULL,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  rows_read     INTEGER NOT NULL DEFAULT 0,
  inserted      INTEGER NOT NULL DEFAULT 0,
  replaced      INTEGER NOT NULL DEFAULT 0,
  rejected      INTEGER NOT NULL DEFAULT 0,
  outcome       TEXT NOT NULL DEFAULT 'running'
);

CREATE TABLE teams (
  team_id     TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  service     TEXT NOT NULL,
  locality    TEXT,
  import_id   INTEGER,
  source_line INTEGER
);

CREATE TABLE staff (
  staff_id       TEXT PRIMARY KEY,
  team_id        TEXT NOT NULL REFERENCES teams(team_id),
  role           TEXT NOT NULL,
  employment     TEXT NOT NULL,
  fte            REAL NOT NULL,
  start_date     TEXT NOT NULL,
  end_date       TEXT,
  qualified_date TEXT,
  import_id      INTEGER,
  source_line    INTEGER
);
CREATE INDEX staff_team ON staff(team_id);

CREATE TABLE establishment (
  team_id        TEXT NOT NULL REFERENCES teams(team_id),
  effective_from TEXT NOT NULL,
  budgeted_fte   REAL NOT NULL,
  import_id      INTEGER,
  source_line    INTEGER,
  PRIMARY KEY (team_id, effective_from)
);

CREATE TABLE cases (
  case_id                   TEXT PRIMARY KEY,
  team_id                   TEXT NOT NULL REFERENCES teams(team_id),
  referral_date             TEXT NOT NULL,
  assessment_completed_date TEXT,
  closed_date               TEXT,
  import_id                 INTEGER,
  source_line               INTEGER
);
CREATE INDEX cases_team ON cases(team_id);

CREATE TABLE allocations (
  allocation_id TEXT PRIMARY KEY,
  case_id       TEXT NOT NULL REFERENCES cases(case_id),
  staff_id      TEXT NOT NULL REFERENCES staff(staff_id),
  start_date    TEXT NOT NULL,
  end_date      TEXT,
  import_id     INTEGER,
  source_line   INTEGER
);
CREATE INDEX allocations_case ON allocations(case_id);

CREATE TABLE transfers (
  transfer_id    TEXT PRIMARY KEY,
  case_id        TEXT NOT NULL REFERENCES cases(case_id),
  from_team      TEXT NOT NULL REFERENCES teams(team_id),
  to_team        TEXT NOT NULL REFERENCES teams(team_id),
  requested_date TEXT NOT NULL,
  completed_date TEXT,
  import_id      INTEGER,
  source_line    INTEGER
);

CREATE TABLE visits (
  visit_id        TEXT PRIMARY KEY,
  case_id         TEXT NOT NULL REFERENCES cases(case_id),
  staff_id        TEXT NOT NULL REFERENCES staff(staff_id),
  scheduled_start TEXT NOT NULL,
  planned_minutes INTEGER NOT NULL,
  status          TEXT NOT NULL,
  actual_minutes  INTEGER,
  travel_minutes  INTEGER,
  purpose         TEXT NOT NULL,
  import_id       INTEGER,
  source_line     INTEGER
);
-- No index on scheduled_start: measured, it made importing visits 65%
-- slower and loading a year of them 2.6 times slower (SQLite then reads the
-- table in index order), while a full scan for a narrow window stays cheap.

CREATE TABLE supervision (
  session_id       TEXT PRIMARY KEY,
  staff_id         TEXT NOT NULL REFERENCES staff(staff_id),
  supervisor_id    TEXT REFERENCES staff(staff_id),
  date             TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  kind             TEXT NOT NULL,
  import_id        INTEGER,
  source_line      INTEGER
);

CREATE TABLE absences (
  absence_id        TEXT PRIMARY KEY,
  staff_id          TEXT NOT NULL REFERENCES staff(staff_id),
  start_date        TEXT NOT NULL,
  end_date          TEXT NOT NULL,
  reason            TEXT NOT NULL,
  working_days_lost REAL,
  import_id         INTEGER,
  source_line       INTEGER
);

CREATE TABLE team_meetings (
  meeting_id  TEXT PRIMARY KEY,
  team_id     TEXT NOT NULL REFERENCES teams(team_id),
  date        TEXT NOT NULL,
  import_id   INTEGER,
  source_line INTEGER
);

CREATE TABLE risk_assessments (
  assessment_id  TEXT PRIMARY KEY,
  staff_id       TEXT NOT NULL REFERENCES staff(staff_id),
  completed_date TEXT NOT NULL,
  kind           TEXT NOT NULL,
  import_id      INTEGER,
  source_line    INTEGER
);

CREATE TABLE feedback (
  feedback_id TEXT PRIMARY KEY,
  team_id     TEXT NOT NULL REFERENCES teams(team_id),
  date        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  upheld      INTEGER,
  rating      INTEGER,
  import_id   INTEGER,
  source_line INTEGER
);

CREATE TABLE care_packages (
  package_id    TEXT PRIMARY KEY,
  case_id       TEXT NOT NULL REFERENCES cases(case_id),
  staff_id      TEXT NOT NULL REFERENCES staff(staff_id),
  assessed_date TEXT NOT NULL,
  need_band     INTEGER NOT NULL,
  weekly_cost   REAL NOT NULL,
  import_id     INTEGER,
  source_line   INTEGER
);

CREATE TABLE holidays (
  date        TEXT PRIMARY KEY,
  name        TEXT,
  import_id   INTEGER,
  source_line INTEGER
);
