-- What directory sign-in keeps of an account: see
-- sql/sqlite/0024_directory_accounts.sql.
ALTER TABLE users ADD COLUMN directory_subject VARCHAR(255) NULL,
  ADD COLUMN directory_disabled TINYINT NOT NULL DEFAULT 0,
  ADD COLUMN directory_seen_at BIGINT NOT NULL DEFAULT 0,
  ADD CONSTRAINT users_directory_disabled CHECK (directory_disabled IN (0, 1));
CREATE UNIQUE INDEX users_directory_subject ON users(source, directory_subject);
