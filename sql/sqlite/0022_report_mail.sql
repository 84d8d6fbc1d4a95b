-- The members' report by email (src/mailings/members_report_mail.h).
--
-- report_subscriptions: who receives it. A row is either one address
-- (a member's email address, given by an admin) or one role (every
-- enabled account of that role whose username is an email address, looked
-- up when a sending is queued).
--
-- report_sendings: each time the report was sent: the period, why
-- ('ready': the quarter's figures arrived; 'day': the chosen day of the
-- month after the quarter; 'now': an admin's "send now"), when, to how
-- many, by whom. The messages themselves are in mail_queue (kind
-- 'members-report', ref the sending_id) and carry no stored body: the PDF
-- is printed when they are sent.
--
-- report_schedule: one row: when the report goes on its own ('ready',
-- 'day' with day_of_month, or 'off'), and the latest complete quarter the
-- schedule has seen (a new one means new figures).
CREATE TABLE report_subscriptions (
  subscription_id INTEGER PRIMARY KEY AUTOINCREMENT,
  address         TEXT UNIQUE,
  role            TEXT UNIQUE,
  added_by        TEXT NOT NULL,
  added_at        INTEGER NOT NULL,
  CHECK ((address IS NULL) <> (role IS NULL))
);
CREATE TABLE report_sendings (
  sending_id INTEGER PRIMARY KEY AUTOINCREMENT,
  period     TEXT NOT NULL,
  reason     TEXT NOT NULL CHECK (reason IN ('ready', 'day', 'now')),
  queued_at  INTEGER NOT NULL,
  recipients INTEGER NOT NULL,
  created_by TEXT NOT NULL
);
CREATE INDEX report_sendings_period ON report_sendings(period, reason);
CREATE TABLE report_schedule (
  schedule_id  INTEGER PRIMARY KEY CHECK (schedule_id = 1),
  mode         TEXT NOT NULL CHECK (mode IN ('ready', 'day', 'off')),
  day_of_month INTEGER NOT NULL DEFAULT 1 CHECK (day_of_month BETWEEN 1 AND 28),
  seen_period  TEXT,
  changed_by   TEXT NOT NULL,
  changed_at   INTEGER NOT NULL
);
