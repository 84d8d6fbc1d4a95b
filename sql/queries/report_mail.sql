-- Statements of the members' report by email (src/mailings/report_subscriptions.cpp).
-- Every value is a bound parameter; the same text runs on SQLite and MySQL.

-- name: insert_address
INSERT INTO report_subscriptions (address, role, added_by, added_at) VALUES (?, NULL, ?, ?);

-- name: insert_role
INSERT INTO report_subscriptions (address, role, added_by, added_at) VALUES (NULL, ?, ?, ?);

-- name: has_address
SELECT COUNT(*) FROM report_subscriptions WHERE address = ?;

-- name: has_role
SELECT COUNT(*) FROM report_subscriptions WHERE role = ?;

-- name: delete_address
DELETE FROM report_subscriptions WHERE address = ?;

-- name: delete_role
DELETE FROM report_subscriptions WHERE role = ?;

-- name: list
SELECT subscription_id, address, role, added_by, added_at FROM report_subscriptions
ORDER BY role IS NULL, role, address;

-- name: insert_sending
INSERT INTO report_sendings (period, reason, queued_at, recipients, created_by) VALUES (?, ?, ?, ?, ?);

-- name: last_id_sqlite
SELECT last_insert_rowid();

-- name: last_id_mysql
SELECT LAST_INSERT_ID();

-- name: sending
SELECT sending_id, period, reason, queued_at, recipients, created_by FROM report_sendings WHERE sending_id = ?;

-- name: sendings
SELECT sending_id, period, reason, queued_at, recipients, created_by FROM report_sendings
ORDER BY sending_id DESC LIMIT ?;

-- name: automatic_sendings_of
SELECT COUNT(*) FROM report_sendings WHERE period = ? AND reason IN ('ready', 'day');

-- name: schedule
SELECT mode, day_of_month, seen_period FROM report_schedule WHERE schedule_id = 1;

-- name: insert_schedule
INSERT INTO report_schedule (schedule_id, mode, day_of_month, seen_period, changed_by, changed_at)
VALUES (1, ?, ?, ?, ?, ?);

-- name: update_schedule
UPDATE report_schedule SET mode = ?, day_of_month = ?, changed_by = ?, changed_at = ? WHERE schedule_id = 1;

-- name: update_seen
UPDATE report_schedule SET seen_period = ? WHERE schedule_id = 1;

-- name: sending_outcomes
SELECT status, COUNT(*) FROM mail_queue WHERE kind = 'members-report' AND ref = ? GROUP BY status;
