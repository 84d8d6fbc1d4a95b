-- Statements of the weekly action digests (src/mailings/action_digest.cpp).
-- Every value is a bound parameter; the same text runs on SQLite and MySQL.

-- name: insert
INSERT INTO action_digests (week, queued_at, queued_by, owners, director_copies) VALUES (?, ?, ?, ?, ?);

-- name: find
SELECT week, queued_at, queued_by, owners, director_copies FROM action_digests WHERE week = ?;

-- name: recent
SELECT week, queued_at, queued_by, owners, director_copies FROM action_digests ORDER BY week DESC LIMIT ?;
