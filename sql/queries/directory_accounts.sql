-- Statements of directory sign-in (src/directory/directory_accounts.cpp).
-- Every value is a bound parameter; the same text runs on SQLite and MySQL.
-- Role and scope changes go through access::UserStore (its last-admin rule).

-- name: account
SELECT source, directory_subject, disabled, directory_disabled FROM users WHERE username = ?;

-- name: insert
INSERT INTO users (username, role, password_hash, failed_logins, locked_until, created_at, source,
                   directory_subject, directory_seen_at)
VALUES (?, ?, '!', 0, 0, ?, ?, ?, ?);

-- name: seen
UPDATE users SET directory_subject = ?, directory_seen_at = ?, failed_logins = 0, locked_until = 0
WHERE username = ?;

-- name: mark_disabled
UPDATE users SET directory_disabled = ? WHERE username = ?;

-- name: directory_of
SELECT username, source, directory_subject, directory_disabled, directory_seen_at FROM users
WHERE source <> 'local' ORDER BY username;
