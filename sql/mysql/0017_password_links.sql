-- Set-password links: see sql/sqlite/0017_password_links.sql.
CREATE TABLE password_links (
  token_hash CHAR(64) NOT NULL PRIMARY KEY,
  username   VARCHAR(64) NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  INDEX password_links_user (username),
  CONSTRAINT password_links_user_fk FOREIGN KEY (username) REFERENCES users(username) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
