-- The reads of loadDataset() (src/store/dataset_loader.cpp), one section per
-- record kind, the same on both engines. Columns are read by position: keep
-- each list in step with its reader. Window bounds are bound as ISO dates:
-- from, to, and the day after to; they compare correctly with SQLite's TEXT
-- dates and MySQL's DATE/DATETIME columns alike.
-- No ORDER BY: no metric depends on the order of records (ties are broken
-- on keys by the engine), and ORDER BY a TEXT key makes SQLite walk the
-- key's index with one random table lookup per row, which costs more than
-- the rest of the load.

-- name: teams
SELECT team_id, name, service, locality FROM teams;

-- name: staff
SELECT staff_id, team_id, role, employment, fte, start_date, end_date, qualified_date
FROM staff;

-- name: establishment
SELECT team_id, effective_from, budgeted_fte FROM establishment;

-- name: holidays
SELECT date, name FROM holidays;

-- Cases open at some time in the window, or whose assessment completed in it.
-- Parameters: to, from, from.
-- name: cases
SELECT case_id, team_id, referral_date, assessment_completed_date, closed_date
FROM cases
WHERE referral_date <= ? AND (closed_date IS NULL OR closed_date >= ? OR assessment_completed_date >= ?);

-- Every allocation: the loader keeps those of the cases above, however
-- long ago they ended (waiting times look back past `from`). Filtering in
-- the loader against the loaded cases is a sequential read; a JOIN on the
-- TEXT case_id costs one index search per row and was most of the load.
-- name: allocations
SELECT allocation_id, case_id, staff_id, start_date, end_date FROM allocations;

-- Parameters: to, from.
-- name: transfers
SELECT transfer_id, case_id, from_team, to_team, requested_date, completed_date
FROM transfers
WHERE requested_date <= ? AND (completed_date IS NULL OR completed_date >= ?);

-- Visits are read as the per-worker monthly summaries the import keeps
-- (table visit_months, sql/queries/visit_months.sql): every visit metric is
-- a sum over whole months. Parameters: the first day of from's month, to.
-- name: visit_months
SELECT staff_id, month, status, visits, planned_minutes, actual_minutes, travel_minutes
FROM visit_months
WHERE month >= ? AND month <= ?;

-- Parameters: from, to.
-- name: supervision
SELECT session_id, staff_id, supervisor_id, date, duration_minutes, kind
FROM supervision WHERE date >= ? AND date <= ?;

-- Parameters: from, to.
-- name: absences
SELECT absence_id, staff_id, start_date, end_date, reason, working_days_lost
FROM absences WHERE end_date >= ? AND start_date <= ?;

-- Parameters: from, to.
-- name: team_meetings
SELECT meeting_id, team_id, date FROM team_meetings WHERE date >= ? AND date <= ?;

-- Parameters: from minus 365 days, to.
-- name: risk_assessments
SELECT assessment_id, staff_id, completed_date, kind
FROM risk_assessments WHERE completed_date >= ? AND completed_date <= ?;

-- Parameters: from, to.
-- name: feedback
SELECT feedback_id, team_id, date, kind, upheld, rating
FROM feedback WHERE date >= ? AND date <= ?;

-- Parameters: from, to.
-- name: care_packages
SELECT package_id, case_id, staff_id, assessed_date, need_band, weekly_cost
FROM care_packages WHERE assessed_date >= ? AND assessed_date <= ?;

-- SQLite: the connection's page cache size, and a small one for a load,
-- which reads each page once (store/dataset_loader.cpp, ScanCache).
-- name: cache_size_sqlite
PRAGMA cache_size;

-- name: scan_cache_sqlite
PRAGMA cache_size = -2000;
