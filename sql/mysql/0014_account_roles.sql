-- The analyst role, and whether an account is disabled and where it comes
-- from: see sql/sqlite/0014_account_roles.sql. 0004's role check has no
-- name, so MariaDB called it CONSTRAINT_1: it is dropped and added again
-- with a name.
ALTER TABLE users DROP CONSTRAINT IF EXISTS CONSTRAINT_1;
ALTER TABLE users ADD COLUMN disabled TINYINT NOT NULL DEFAULT 0,
  ADD COLUMN source VARCHAR(8) NOT NULL DEFAULT 'local',
  ADD CONSTRAINT users_role CHECK (role IN ('admin', 'director', 'manager', 'member', 'analyst')),
  ADD CONSTRAINT users_disabled CHECK (disabled IN (0, 1)),
  ADD CONSTRAINT users_source CHECK (source IN ('local', 'oidc', 'ldap'));
