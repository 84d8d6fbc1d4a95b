-- Survey invitations by email and reminder batches: see
-- sql/sqlite/0021_survey_email_invitations.sql.
CREATE TABLE survey_email_invitations (
  invitation_id  BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id         VARCHAR(160) NOT NULL,
  team_id        VARCHAR(64) NOT NULL,
  address        VARCHAR(254) NOT NULL,
  token_hash     CHAR(64),
  used           INTEGER NOT NULL DEFAULT 0,
  reminders_sent INTEGER NOT NULL DEFAULT 0,
  UNIQUE KEY survey_email_invitations_address (run_id, address),
  INDEX survey_email_invitations_token (token_hash),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  FOREIGN KEY (team_id) REFERENCES teams(team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_reminder_batches (
  batch_id    BIGINT AUTO_INCREMENT PRIMARY KEY,
  run_id      VARCHAR(160) NOT NULL,
  due_at      BIGINT NOT NULL,
  state       VARCHAR(8) NOT NULL DEFAULT 'waiting',
  fingerprint VARCHAR(64) NOT NULL DEFAULT '',
  checked_at  BIGINT,
  sent_count  INTEGER NOT NULL DEFAULT 0,
  created_by  VARCHAR(255) NOT NULL,
  INDEX survey_reminder_batches_due (state, due_at),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  CONSTRAINT survey_reminder_batches_state CHECK (state IN ('waiting', 'sent'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
