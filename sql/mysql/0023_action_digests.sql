-- Actions that chase themselves: see sql/sqlite/0023_action_digests.sql.
ALTER TABLE actions ADD COLUMN owner_email VARCHAR(254) NULL;

CREATE TABLE action_digests (
  week            VARCHAR(8) PRIMARY KEY,
  queued_at       BIGINT NOT NULL,
  queued_by       VARCHAR(255) NOT NULL,
  owners          INTEGER NOT NULL,
  director_copies INTEGER NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
