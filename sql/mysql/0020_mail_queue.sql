-- Messages waiting for the mail relay: see sql/sqlite/0020_mail_queue.sql.
CREATE TABLE mail_queue (
  mail_id         BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(16) NOT NULL,
  ref             VARCHAR(64) NOT NULL DEFAULT '',
  recipient       VARCHAR(254) NOT NULL,
  subject         VARCHAR(255) NOT NULL,
  body            LONGBLOB,
  status          VARCHAR(12) NOT NULL DEFAULT 'queued',
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  last_error      TEXT NOT NULL,
  queued_by       VARCHAR(255) NOT NULL,
  queued_at       BIGINT NOT NULL,
  sent_at         BIGINT,
  message_id      VARCHAR(255) NOT NULL DEFAULT '',
  INDEX mail_queue_due (status, next_attempt_at),
  CONSTRAINT mail_queue_status CHECK (status IN ('queued', 'sending', 'sent', 'refused', 'failed', 'interrupted'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
