-- Set-password links (src/access/password_links.h): an admin issues one
-- for a new account or a forgotten password, and the person sets their own
-- password with it. Only the SHA-256 of the link's token is kept, so a copy
-- of the table (a backup, a replica) sets no one's password. A link is
-- deleted when used, and a new link for an account replaces the old one.
CREATE TABLE password_links (
  token_hash TEXT PRIMARY KEY,
  username   TEXT NOT NULL REFERENCES users(username) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX password_links_user ON password_links(username);
