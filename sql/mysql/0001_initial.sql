-- The data contract's records (../shared/spec/data-contract.md), one table
-- per file, named after the file. Every row remembers the import and the
-- line of the file it came from (import_id, source_line), so that any stored
-- figure can be traced back to an export.
-- Dates are DATE, date-times DATETIME; identifiers compare exactly (utf8mb4_bin).
-- Foreign keys are table-level clauses: MySQL parses and silently ignores a
-- column-level REFERENCES (MariaDB honours it only since 10.5). Indexes are
-- declared inside CREATE TABLE so that InnoDB does not add a second,
-- automatic index for the foreign key on the same column.

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
  team_id        VARCHAR(64) NOT NULL,
  role           VARCHAR(32) NOT NULL,
  employment     VARCHAR(32) NOT NULL,
  fte            DOUBLE NOT NULL,
  start_date     DATE NOT NULL,
  end_date       DATE,
  qualified_date DATE,
  import_id      BIGINT,
  source_line    INTEGER,
  KEY staff_team (team_id),
  CONSTRAINT staff_team_id_fk FOREIGN KEY (team_id) REFERENCES teams (team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE establishment (
  team_id        VARCHAR(64) NOT NULL,
  effective_from DATE NOT NULL,
  budgeted_fte   DOUBLE NOT NULL,
  import_id      BIGINT,
  source_line    INTEGER,
  PRIMARY KEY (team_id, effective_from),
  CONSTRAINT establishment_team_id_fk FOREIGN KEY (team_id) REFERENCES teams (team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE cases (
  case_id                   VARCHAR(64) PRIMARY KEY,
  team_id                   VARCHAR(64) NOT NULL,
  referral_date             DATE NOT NULL,
  assessment_completed_date DATE,
  closed_date               DATE,
  import_id                 BIGINT,
  source_line               INTEGER,
  KEY cases_team (team_id),
  CONSTRAINT cases_team_id_fk FOREIGN KEY (team_id) REFERENCES teams (team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE allocations (
  allocation_id VARCHAR(64) PRIMARY KEY,
  case_id       VARCHAR(64) NOT NULL,
  staff_id      VARCHAR(64) NOT NULL,
  start_date    DATE NOT NULL,
  end_date      DATE,
  import_id     BIGINT,
  source_line   INTEGER,
  KEY allocations_case (case_id),
  CONSTRAINT allocations_case_id_fk FOREIGN KEY (case_id) REFERENCES cases (case_id),
  CONSTRAINT allocations_staff_id_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE transfers (
  transfer_id    VARCHAR(64) PRIMARY KEY,
  case_id        VARCHAR(64) NOT NULL,
  from_team      VARCHAR(64) NOT NULL,
  to_team        VARCHAR(64) NOT NULL,
  requested_date DATE NOT NULL,
  completed_date DATE,
  import_id      BIGINT,
  source_line    INTEGER,
  CONSTRAINT transfers_case_id_fk FOREIGN KEY (case_id) REFERENCES cases (case_id),
  CONSTRAINT transfers_from_team_fk FOREIGN KEY (from_team) REFERENCES teams (team_id),
  CONSTRAINT transfers_to_team_fk FOREIGN KEY (to_team) REFERENCES teams (team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE visits (
  visit_id        VARCHAR(64) PRIMARY KEY,
  case_id         VARCHAR(64) NOT NULL,
  staff_id        VARCHAR(64) NOT NULL,
  scheduled_start DATETIME NOT NULL,
  planned_minutes INTEGER NOT NULL,
  status          VARCHAR(32) NOT NULL,
  actual_minutes  INTEGER,
  travel_minutes  INTEGER,
  purpose         VARCHAR(32) NOT NULL,
  import_id       BIGINT,
  source_line     INTEGER,
  CONSTRAINT visits_case_id_fk FOREIGN KEY (case_id) REFERENCES cases (case_id),
  CONSTRAINT visits_staff_id_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE supervision (
  session_id       VARCHAR(64) PRIMARY KEY,
  staff_id         VARCHAR(64) NOT NULL,
  supervisor_id    VARCHAR(64),
  date             DATE NOT NULL,
  duration_minutes INTEGER NOT NULL,
  kind             VARCHAR(32) NOT NULL,
  import_id        BIGINT,
  source_line      INTEGER,
  CONSTRAINT supervision_staff_id_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id),
  CONSTRAINT supervision_supervisor_id_fk FOREIGN KEY (supervisor_id) REFERENCES staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE absences (
  absence_id        VARCHAR(64) PRIMARY KEY,
  staff_id          VARCHAR(64) NOT NULL,
  start_date        DATE NOT NULL,
  end_date          DATE NOT NULL,
  reason            VARCHAR(32) NOT NULL,
  working_days_lost DOUBLE,
  import_id         BIGINT,
  source_line       INTEGER,
  CONSTRAINT absences_staff_id_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE team_meetings (
  meeting_id  VARCHAR(64) PRIMARY KEY,
  team_id     VARCHAR(64) NOT NULL,
  date        DATE NOT NULL,
  import_id   BIGINT,
  source_line INTEGER,
  CONSTRAINT team_meetings_team_id_fk FOREIGN KEY (team_id) REFERENCES teams (team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE risk_assessments (
  assessment_id  VARCHAR(64) PRIMARY KEY,
  staff_id       VARCHAR(64) NOT NULL,
  completed_date DATE NOT NULL,
  kind           VARCHAR(32) NOT NULL,
  import_id      BIGINT,
  source_line    INTEGER,
  CONSTRAINT risk_assessments_staff_id_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE feedback (
  feedback_id VARCHAR(64) PRIMARY KEY,
  team_id     VARCHAR(64) NOT NULL,
  date        DATE NOT NULL,
  kind        VARCHAR(32) NOT NULL,
  upheld      INTEGER,
  rating      INTEGER,
  import_id   BIGINT,
  source_line INTEGER,
  CONSTRAINT feedback_team_id_fk FOREIGN KEY (team_id) REFERENCES teams (team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE care_packages (
  package_id    VARCHAR(64) PRIMARY KEY,
  case_id       VARCHAR(64) NOT NULL,
  staff_id      VARCHAR(64) NOT NULL,
  assessed_date DATE NOT NULL,
  need_band     INTEGER NOT NULL,
  weekly_cost   DOUBLE NOT NULL,
  import_id     BIGINT,
  source_line   INTEGER,
  CONSTRAINT care_packages_case_id_fk FOREIGN KEY (case_id) REFERENCES cases (case_id),
  CONSTRAINT care_packages_staff_id_fk FOREIGN KEY (staff_id) REFERENCES staff (staff_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE holidays (
  date        DATE PRIMARY KEY,
  name        TEXT,
  import_id   BIGINT,
  source_line INTEGER
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
