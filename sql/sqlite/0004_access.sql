-- Accounts, sessions and the audit log (src/access/).
--
-- users: one row per person who signs in (staff answering surveys have no
-- account). password_hash is an Argon2id encoded string, which carries its
-- own salt and parameters. failed_logins and locked_until (Unix seconds)
-- implement the per-account back-off after repeated failures.
CREATE TABLE users (
  username      TEXT PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'director', 'manager', 'member')),
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL
);

-- What a manager manages: teams (kind 'team', value a team_id) and/or
-- whole services (kind 'service', value a service name).
CREATE TABLE user_scopes (
  username TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
  kind     TEXT NOT NULL CHECK (kind IN ('team', 'service')),
  value    TEXT NOT NULL,
  PRIMARY KEY (username, kind, value)
) WITHOUT ROWID;

-- Signed-in sessions, shared by every server on this database. Only a
-- SHA-256 of the cookie is stored, so a copy of the table signs no one in.
CREATE TABLE sessions (
  session_hash TEXT PRIMARY KEY,
  username     TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions(username);

-- Append-only: who did what, when. The triggers refuse UPDATE and DELETE
-- so that not even a bug in this program can rewrite history.
CREATE TABLE audit_log (
  audit_id INTEGER PRIMARY KEY AUTOINCREMENT,
  at       TEXT NOT NULL,   -- UTC, YYYY-MM-DDTHH:MM:SSZ
  actor    TEXT NOT NULL,   -- a username, or cli:<login> for the command line
  action   TEXT NOT NULL,   -- login, login-failed, user-add, import, ...
  subject  TEXT NOT NULL,   -- what it was done to (a username, a file)
  detail   TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;
