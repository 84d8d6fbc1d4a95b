-- How far the stored records reach (store/record_dates.cpp,
-- data-contract.md "Extract dates"): the latest extract date an import
-- gave, else the latest date in any record. The same on both engines.

-- The latest extract date and the file whose import gave it (the latest
-- such import when several gave that day).
-- name: latest_extract
SELECT extracted, file_name FROM imports WHERE extracted IS NOT NULL
ORDER BY extracted DESC, import_id DESC LIMIT 1

-- Where no import gave an extract date: the latest date in any record, as
-- metrics::lastRecordDate reads it from a Dataset: the days things
-- happened and ended, not the dates a record plans ahead (budget
-- effective_from, visits, survey periods).
-- name: last_record_date
SELECT MAX(d) FROM (
  SELECT MAX(start_date) AS d FROM staff
  UNION ALL SELECT MAX(end_date) FROM staff
  UNION ALL SELECT MAX(referral_date) FROM cases
  UNION ALL SELECT MAX(assessment_completed_date) FROM cases
  UNION ALL SELECT MAX(closed_date) FROM cases
  UNION ALL SELECT MAX(start_date) FROM allocations
  UNION ALL SELECT MAX(end_date) FROM allocations
  UNION ALL SELECT MAX(requested_date) FROM transfers
  UNION ALL SELECT MAX(completed_date) FROM transfers
  UNION ALL SELECT MAX(date) FROM supervision
  UNION ALL SELECT MAX(start_date) FROM absences
  UNION ALL SELECT MAX(end_date) FROM absences
  UNION ALL SELECT MAX(date) FROM team_meetings
  UNION ALL SELECT MAX(completed_date) FROM risk_assessments
  UNION ALL SELECT MAX(date) FROM feedback
  UNION ALL SELECT MAX(assessed_date) FROM care_packages
) AS record_dates;

-- The stored answer (latest_extract, else last_record_date) at a data version (table
-- record_dates, migration 0010). Parameter: the data version.
-- name: read_stored
SELECT last_record_date FROM record_dates WHERE id = 1 AND data_version = ?

-- Parameters: data version, last record date (NULL for none).
-- name: write_stored_sqlite
INSERT INTO record_dates (id, data_version, last_record_date) VALUES (1, ?, ?)
ON CONFLICT (id) DO UPDATE SET data_version = excluded.data_version, last_record_date = excluded.last_record_date

-- name: write_stored_mysql
INSERT INTO record_dates (id, data_version, last_record_date) VALUES (1, ?, ?)
ON DUPLICATE KEY UPDATE data_version = VALUES(data_version), last_record_date = VALUES(last_record_date)
