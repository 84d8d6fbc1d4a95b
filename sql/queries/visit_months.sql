-- The per-worker monthly visit summaries (table visit_months, migration
-- 0006) that an import keeps in step with the visits it stores
-- (src/ingest/visit_summaries.cpp) and the dataset loader reads instead of
-- the visits. An import adds its changes to them: the sums of the visits
-- it stores, less those of the stored visits it replaces.

-- A batch of changes: the importer repeats the row of placeholders
-- "(?, ?, ?, ?, ?, ?, ?)" after the head once per summary, then the
-- dialect's tail. Columns: month (its first day), staff_id, status,
-- visits, planned, actual and travel minutes.
-- name: add_head
INSERT INTO visit_months (month, staff_id, status, visits, planned_minutes, actual_minutes, travel_minutes) VALUES

-- name: add_tail_sqlite
ON CONFLICT (month, staff_id, status) DO UPDATE SET
  visits = visits + excluded.visits,
  planned_minutes = planned_minutes + excluded.planned_minutes,
  actual_minutes = actual_minutes + excluded.actual_minutes,
  travel_minutes = travel_minutes + excluded.travel_minutes

-- name: add_tail_mysql
ON DUPLICATE KEY UPDATE
  visits = visits + VALUES(visits),
  planned_minutes = planned_minutes + VALUES(planned_minutes),
  actual_minutes = actual_minutes + VALUES(actual_minutes),
  travel_minutes = travel_minutes + VALUES(travel_minutes)

-- A summary whose visits were all replaced by visits of other months,
-- workers or statuses. Parameter: the month.
-- name: drop_empty
DELETE FROM visit_months WHERE month = ? AND visits = 0
