-- What directory sign-in (src/directory/directory_accounts.h) keeps of an
-- account whose source is 'oidc' or 'ldap':
--   directory_subject   the directory's stable id of the person (OIDC sub,
--                       LDAP entryUUID or objectGUID), so that a user name
--                       given again to someone else does not open the
--                       first person's account
--   directory_disabled  1 when the directory stopped giving a role and the
--                       account was disabled for it (a role given again
--                       enables it); an admin's own disabling leaves it 0,
--                       and then only an admin enables the account
--   directory_seen_at   the last sign-in through the directory (Unix s)
ALTER TABLE users ADD COLUMN directory_subject TEXT;
ALTER TABLE users ADD COLUMN directory_disabled INTEGER NOT NULL DEFAULT 0 CHECK (directory_disabled IN (0, 1));
ALTER TABLE users ADD COLUMN directory_seen_at INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_directory_subject ON users(source, directory_subject);
