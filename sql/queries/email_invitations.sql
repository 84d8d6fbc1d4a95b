-- Statements of the survey invitations sent by email and their reminder
-- batches (src/surveys/email_invitations.cpp, src/mailings/reminder_batches.cpp).
-- Every value is a bound parameter; the same text runs on SQLite and MySQL.

-- name: insert
INSERT INTO survey_email_invitations (run_id, team_id, address, used, reminders_sent) VALUES (?, ?, ?, 0, 0);

-- name: exists
SELECT invitation_id FROM survey_email_invitations WHERE run_id = ? AND address = ?;

-- name: last_id_sqlite
SELECT last_insert_rowid();

-- name: last_id_mysql
SELECT LAST_INSERT_ID();

-- name: select_one
SELECT i.invitation_id, i.run_id, i.team_id, i.address, i.token_hash, i.used, i.reminders_sent, r.state
FROM survey_email_invitations i JOIN survey_runs r ON r.run_id = i.run_id WHERE i.invitation_id = ?;

-- name: link_used_sqlite
SELECT used FROM survey_invitations WHERE token_hash = ?;

-- name: link_used_mysql
SELECT used FROM survey_invitations WHERE token_hash = ? FOR UPDATE;

-- name: insert_link
INSERT INTO survey_invitations (token_hash, run_id, team_id, kind, used) VALUES (?, ?, ?, 'invitation', 0);

-- name: move_draft
UPDATE survey_drafts SET token_hash = ? WHERE token_hash = ?;

-- name: delete_link
DELETE FROM survey_invitations WHERE token_hash = ?;

-- name: set_link
UPDATE survey_email_invitations SET token_hash = ? WHERE invitation_id = ?;

-- name: mark_used
UPDATE survey_email_invitations SET used = 1 WHERE token_hash = ?;

-- name: team_counts
SELECT team_id, COUNT(*), COUNT(token_hash), COALESCE(SUM(reminders_sent), 0)
FROM survey_email_invitations WHERE run_id = ? GROUP BY team_id ORDER BY team_id;

-- name: unused_ids
SELECT invitation_id FROM survey_email_invitations
WHERE run_id = ? AND used = 0 AND token_hash IS NOT NULL ORDER BY invitation_id;

-- name: to_remind
SELECT invitation_id, address FROM survey_email_invitations
WHERE run_id = ? AND used = 0 AND token_hash IS NOT NULL AND reminders_sent < ? ORDER BY invitation_id;

-- name: count_reminder
UPDATE survey_email_invitations SET reminders_sent = reminders_sent + 1 WHERE invitation_id = ?;

-- name: run_links
SELECT invitation_id, token_hash FROM survey_email_invitations WHERE run_id = ?;

-- name: replace_link_hash
UPDATE survey_invitations SET token_hash = ? WHERE token_hash = ?;

-- name: delete_messages
DELETE FROM mail_queue WHERE kind IN ('invitation', 'reminder') AND ref = ?;

-- name: delete_invitations
DELETE FROM survey_email_invitations WHERE run_id = ?;

-- name: delete_batches
DELETE FROM survey_reminder_batches WHERE run_id = ?;

-- name: count_run
SELECT COUNT(*) FROM survey_email_invitations WHERE run_id = ?;

-- name: insert_batch
INSERT INTO survey_reminder_batches (run_id, due_at, state, fingerprint, sent_count, created_by)
VALUES (?, ?, 'waiting', '', 0, ?);

-- name: batches_of_run
SELECT batch_id, run_id, due_at, state, fingerprint, checked_at, sent_count, created_by
FROM survey_reminder_batches WHERE run_id = ? ORDER BY due_at, batch_id;

-- name: batches_due
SELECT batch_id, run_id, due_at, state, fingerprint, checked_at, sent_count, created_by
FROM survey_reminder_batches WHERE state = 'waiting' AND due_at <= ? ORDER BY due_at, batch_id;

-- name: batch_checked
UPDATE survey_reminder_batches SET fingerprint = ?, checked_at = ? WHERE batch_id = ? AND state = 'waiting';

-- name: batch_sent
UPDATE survey_reminder_batches SET state = 'sent', sent_count = ? WHERE batch_id = ? AND state = 'waiting';

-- name: message_pending
SELECT COUNT(*) FROM mail_queue WHERE kind IN ('invitation', 'reminder') AND ref = ? AND status IN ('queued', 'sending');
