-- The members' report by email: see sql/sqlite/0022_report_mail.sql.
CREATE TABLE report_subscriptions (
  subscription_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  address         VARCHAR(254) UNIQUE,
  role            VARCHAR(16) UNIQUE,
  added_by        VARCHAR(255) NOT NULL,
  added_at        BIGINT NOT NULL,
  CONSTRAINT report_subscription_one CHECK ((address IS NULL) <> (role IS NULL))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE report_sendings (
  sending_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  period     VARCHAR(16) NOT NULL,
  reason     VARCHAR(8) NOT NULL,
  queued_at  BIGINT NOT NULL,
  recipients INTEGER NOT NULL,
  created_by VARCHAR(255) NOT NULL,
  INDEX report_sendings_period (period, reason),
  CONSTRAINT report_sending_reason CHECK (reason IN ('ready', 'day', 'now'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE TABLE report_schedule (
  schedule_id  INTEGER PRIMARY KEY,
  mode         VARCHAR(8) NOT NULL,
  day_of_month INTEGER NOT NULL DEFAULT 1,
  seen_period  VARCHAR(16),
  changed_by   VARCHAR(255) NOT NULL,
  changed_at   BIGINT NOT NULL,
  CONSTRAINT report_schedule_one CHECK (schedule_id = 1),
  CONSTRAINT report_schedule_mode CHECK (mode IN ('ready', 'day', 'off')),
  CONSTRAINT report_schedule_day CHECK (day_of_month BETWEEN 1 AND 28)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
