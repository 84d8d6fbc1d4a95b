-- Statements of the mail queue (src/mail/mail_queue.cpp). Every value is a
-- bound parameter; the same text runs on SQLite and MySQL.

-- name: insert
INSERT INTO mail_queue (kind, ref, recipient, subject, body, status, attempts, next_attempt_at, last_error,
                        queued_by, queued_at)
VALUES (?, ?, ?, ?, ?, 'queued', 0, ?, '', ?, ?);

-- name: last_id_sqlite
SELECT last_insert_rowid();

-- name: last_id_mysql
SELECT LAST_INSERT_ID();

-- name: next_due
SELECT mail_id FROM mail_queue WHERE status = 'queued' AND next_attempt_at <= ?
ORDER BY next_attempt_at, mail_id LIMIT 1;

-- name: due_ids
SELECT mail_id FROM mail_queue WHERE status = 'queued' AND next_attempt_at <= ?
ORDER BY next_attempt_at, mail_id;

-- name: claim
UPDATE mail_queue SET status = 'sending', attempts = attempts + 1 WHERE mail_id = ? AND status = 'queued';

-- name: select_one
SELECT mail_id, kind, ref, recipient, subject, body, status, attempts, next_attempt_at, last_error, queued_by,
       queued_at, sent_at, message_id
FROM mail_queue WHERE mail_id = ?;

-- name: sent
UPDATE mail_queue SET status = 'sent', body = NULL, sent_at = ?, message_id = ?, last_error = ''
WHERE mail_id = ? AND status = 'sending';

-- name: retry
UPDATE mail_queue SET status = 'queued', next_attempt_at = ?, last_error = ? WHERE mail_id = ? AND status = 'sending';

-- name: give_up
UPDATE mail_queue SET status = ?, last_error = ? WHERE mail_id = ? AND status = 'sending';

-- name: interrupt
UPDATE mail_queue SET status = 'interrupted', last_error = ? WHERE status = 'sending';

-- name: send_again
UPDATE mail_queue SET status = 'queued', attempts = 0, next_attempt_at = ?, last_error = ''
WHERE mail_id = ? AND status IN ('failed', 'interrupted', 'refused') AND (body IS NOT NULL OR ref <> '');

-- name: list
SELECT mail_id, kind, ref, recipient, subject, NULL, status, attempts, next_attempt_at, last_error, queued_by,
       queued_at, sent_at, message_id
FROM mail_queue WHERE (? = '' OR status = ?) AND (? = '' OR kind = ?)
ORDER BY mail_id DESC LIMIT ?;

-- name: counts
SELECT status, COUNT(*) FROM mail_queue GROUP BY status;

-- name: delete_kind_ref
DELETE FROM mail_queue WHERE kind = ? AND ref = ?;
