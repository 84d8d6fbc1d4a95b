-- Accounts, sessions and the audit log (src/access/): see
-- sql/sqlite/0004_access.sql for the design.
CREATE TABLE users (
  username      VARCHAR(64) PRIMARY KEY,
  role          VARCHAR(16) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  BIGINT NOT NULL DEFAULT 0,
  created_at    BIGINT NOT NULL,
  CHECK (role IN ('admin', 'director', 'manager', 'member'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE user_scopes (
  username VARCHAR(64) NOT NULL,
  kind     VARCHAR(8) NOT NULL,
  value    VARCHAR(160) NOT NULL,
  PRIMARY KEY (username, kind, value),
  FOREIGN KEY (username) REFERENCES users(username) ON DELETE CASCADE,
  CHECK (kind IN ('team', 'service'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE sessions (
  session_hash CHAR(64) PRIMARY KEY,
  username     VARCHAR(64) NOT NULL,
  created_at   BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  INDEX sessions_user (username),
  FOREIGN KEY (username) REFERENCES users(username) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE audit_log (
  audit_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  at       CHAR(20) NOT NULL,
  actor    VARCHAR(255) NOT NULL,
  action   VARCHAR(64) NOT NULL,
  subject  TEXT NOT NULL,
  detail   TEXT NOT NULL,
  INDEX audit_log_at (at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Append-only, as on SQLite (single-statement triggers: no DELIMITER).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit log is append-only';
