-- The analyst role (workforce and performance officers who import the
-- exports), and what the browser's accounts pages and directory sign-in
-- need of an account: whether it is disabled (kept, never deleted, so the
-- audit log's names stay meaningful) and where it comes from ('local': a
-- password here; 'oidc' or 'ldap': the council's directory).
--
-- SQLite cannot change a CHECK constraint in place: the three tables are
-- built anew and filled. The children are dropped before `users`, so no
-- ON DELETE CASCADE fires; renaming users_new to users renames the
-- children's references with it.
CREATE TABLE users_new (
  username      TEXT PRIMARY KEY,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'director', 'manager', 'member', 'analyst')),
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  INTEGER NOT NULL DEFAULT 0,
  created_at    INTEGER NOT NULL,
  disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  source        TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'oidc', 'ldap'))
);
INSERT INTO users_new (username, role, password_hash, failed_logins, locked_until, created_at)
  SELECT username, role, password_hash, failed_logins, locked_until, created_at FROM users;

CREATE TABLE user_scopes_new (
  username TEXT NOT NULL REFERENCES users_new(username) ON DELETE CASCADE,
  kind     TEXT NOT NULL CHECK (kind IN ('team', 'service')),
  value    TEXT NOT NULL,
  PRIMARY KEY (username, kind, value)
) WITHOUT ROWID;
INSERT INTO user_scopes_new SELECT username, kind, value FROM user_scopes;

CREATE TABLE sessions_new (
  session_hash TEXT PRIMARY KEY,
  username     TEXT NOT NULL REFERENCES users_new(username) ON DELETE CASCADE,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO sessions_new SELECT session_hash, username, created_at, last_seen_at FROM sessions;

DROP TABLE sessions;
DROP TABLE user_scopes;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;
ALTER TABLE user_scopes_new RENAME TO user_scopes;
ALTER TABLE sessions_new RENAME TO sessions;
CREATE INDEX sessions_user ON sessions(username);
