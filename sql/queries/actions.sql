-- Statements of the action store (src/actions/action_store.cpp). Every
-- value is a bound parameter; the same text runs on SQLite and MySQL.

-- name: insert
INSERT INTO actions (scope_id, area, metric, title, description, owner, due, status, agreed_period,
                     needs_decision, created_by, created_at, changed_by, changed_at, owner_email)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: last_id_sqlite
SELECT last_insert_rowid();

-- name: last_id_mysql
SELECT LAST_INSERT_ID();

-- name: update
UPDATE actions SET title = ?, description = ?, owner = ?, due = ?, status = ?, needs_decision = ?,
                   changed_by = ?, changed_at = ?, owner_email = ?
WHERE action_id = ?;

-- name: insert_note
INSERT INTO action_notes (action_id, noted_on, author, body) VALUES (?, ?, ?, ?);

-- name: select
SELECT action_id, scope_id, area, metric, title, description, owner, due, status, agreed_period,
       needs_decision, changed_by, changed_at, owner_email
FROM actions
WHERE (? = '' OR scope_id = ?) AND (? = '' OR status = ?) AND (? = '' OR agreed_period = ?)
      AND (? = 0 OR action_id = ?) AND (? = '' OR owner_email = ?)
ORDER BY scope_id, area, due, action_id;

-- name: notes
SELECT noted_on, author, body FROM action_notes WHERE action_id = ? ORDER BY note_id;
