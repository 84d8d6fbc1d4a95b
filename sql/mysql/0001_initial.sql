-- The data contract's records (../shared/spec/data-contract.md), one table
-- per file, named after the file. Every row remembers the import and the
-- line of the file it came from (import_id, source_line), so that any stored
-- figure can be traced back to an export.
-- Dates are DATE, date-times DATETIME; identifiers compare exactly (utf8mb4_bin).

CREATE TABLE imports (
  import_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name     VARCHAR(1024) NOT NULL,
  kind          VARCHAR(32) NOT NULL,
  started_at    DATETIME NOT NULL,
  finished_at   DATETIME,
  rows_read     INTEGER NOT NULL DEFAULT 0,
  inserted      INTEGER NOT NULL DEFAULT 0,
  replaced      INTEGER NOT NULL DEFAULT 0,
  rejected      INTEGER NOT NULL DEFAULT 0,
  outcome       VARCHAR(32) NOT NULL DEFAULT 'running'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE teams (
  team_id     VARCHAR(64) PRIMARY KEY,
  name        TEXT NOT NULL,
  service     VARCHAR(32) NOT NULL,
  locality    TEXT,
  import_id   BIGINT,
  source_line INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE staff (
  staff_id       VARCHAR(64) PRIMARY KEY,
  team_id        VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  role           VARCHAR(32) NOT NULL,
  employment     VARCHAR(32) NOT NULL,
  fte            DOUBLE NOT NULL,
  start_date     DATE NOT NULL,
  end_date       DATE,
  qualified_date DATE,
  import_id      BIGINT,
  source_line    INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX staff_team ON staff(team_id);

CREATE TABLE establishment (
  team_id        VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  effective_from DATE NOT NULL,
  budgeted_fte   DOUBLE NOT NULL,
  import_id      BIGINT,
  source_line    INTEGER,
  PRIMARY KEY (team_id, effective_from)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cases (
  case_id                   VARCHAR(64) PRIMARY KEY,
  team_id                   VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  referral_date             DATE NOT NULL,
  assessment_completed_date DATE,
  closed_date               DATE,
  import_id                 BIGINT,
  source_line               INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX cases_team ON cases(team_id);

CREATE TABLE allocations (
  allocation_id VARCHAR(64) PRIMARY KEY,
  case_id       VARCHAR(64) NOT NULL REFERENCES cases(case_id),
  staff_id      VARCHAR(64) NOT NULL REFERENCES staff(staff_id),
  start_date    DATE NOT NULL,
  end_date      DATE,
  import_id     BIGINT,
  source_line   INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX allocations_case ON allocations(case_id);

CREATE TABLE transfers (
  transfer_id    VARCHAR(64) PRIMARY KEY,
  case_id        VARCHAR(64) NOT NULL REFERENCES cases(case_id),
  from_team      VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  to_team        VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  requested_date DATE NOT NULL,
  completed_date DATE,
  import_id      BIGINT,
  source_line    INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE visits (
  visit_id        VARCHAR(64) PRIMARY KEY,
  case_id         VARCHAR(64) NOT NULL REFERENCES cases(case_id),
  staff_id        VARCHAR(64) NOT NULL REFERENCES staff(staff_id),
  scheduled_start DATETIME NOT NULL,
  planned_minutes INTEGER NOT NULL,
  status          VARCHAR(32) NOT NULL,
  actual_minutes  INTEGER,
  travel_minutes  INTEGER,
  purpose         VARCHAR(32) NOT NULL,
  import_id       BIGINT,
  source_line     INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE supervision (
  session_id       VARCHAR(64) PRIMARY KEY,
  staff_id         VARCHAR(64) NOT NULL REFERENCES staff(staff_id),
  supervisor_id    VARCHAR(64) REFERENCES staff(staff_id),
  date             DATE NOT NULL,
  duration_minutes INTEGER NOT NULL,
  kind             VARCHAR(32) NOT NULL,
  import_id        BIGINT,
  source_line      INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE absences (
  absence_id        VARCHAR(64) PRIMARY KEY,
  staff_id          VARCHAR(64) NOT NULL REFERENCES staff(staff_id),
  start_date        DATE NOT NULL,
  end_date          DATE NOT NULL,
  reason            VARCHAR(32) NOT NULL,
  working_days_lost DOUBLE,
  import_id         BIGINT,
  source_line       INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE team_meetings (
  meeting_id  VARCHAR(64) PRIMARY KEY,
  team_id     VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  date        DATE NOT NULL,
  import_id   BIGINT,
  source_line INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE risk_assessments (
  assessment_id  VARCHAR(64) PRIMARY KEY,
  staff_id       VARCHAR(64) NOT NULL REFERENCES staff(staff_id),
  completed_date DATE NOT NULL,
  kind           VARCHAR(32) NOT NULL,
  import_id      BIGINT,
  source_line    INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE feedback (
  feedback_id VARCHAR(64) PRIMARY KEY,
  team_id     VARCHAR(64) NOT NULL REFERENCES teams(team_id),
  date        DATE NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  upheld      INTEGER,
  rating      INTEGER,
  import_id   BIGINT,
  source_line INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE care_packages (
  package_id    VARCHAR(64) PRIMARY KEY,
  case_id       VARCHAR(64) NOT NULL REFERENCES cases(case_id),
  staff_id      VARCHAR(64) NOT NULL REFERENCES staff(staff_id),
  assessed_date DATE NOT NULL,
  need_band     INTEGER NOT NULL,
  weekly_cost   DOUBLE NOT NULL,
  import_id     BIGINT,
  source_line   INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE holidays (
  date        DATE PRIMARY KEY,
  name        TEXT,
  import_id   BIGINT,
  source_line INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
