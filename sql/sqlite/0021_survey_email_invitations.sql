-- Survey invitations sent by email, and the reminder batches that chase
-- the links not yet used (src/surveys/email_invitations.h,
-- src/mailings/reminder_batches.h). README "Survey invitations by email".
--
-- Kept only while the run is open: closing it deletes every row of both
-- tables (SurveyRuns::close, with secure deletion and the write-ahead log
-- truncated on SQLite). An invitation holds the address and the SHA-256 of
-- its current link (NULL until the message is written, at sending time;
-- the link itself is never stored), whether that link has been used (with
-- no time) and how many reminders were queued for it. Nothing here refers
-- to a response, and a response refers to nothing here.
CREATE TABLE survey_email_invitations (
  invitation_id  INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id         TEXT NOT NULL REFERENCES survey_runs(run_id),
  team_id        TEXT NOT NULL REFERENCES teams(team_id),
  address        TEXT NOT NULL,
  token_hash     TEXT,
  used           INTEGER NOT NULL DEFAULT 0,
  reminders_sent INTEGER NOT NULL DEFAULT 0,
  UNIQUE (run_id, address)
);
CREATE INDEX survey_email_invitations_token ON survey_email_invitations(token_hash);

-- A reminder batch: due_at (Unix seconds) the admin chose; it is sent only
-- once the set of unused invitations (its fingerprint, a SHA-256 of their
-- ids) has not changed for the quiet window since checked_at, so that a
-- reminder never follows a submission within a minute.
-- state: waiting, sent.
CREATE TABLE survey_reminder_batches (
  batch_id    INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id      TEXT NOT NULL REFERENCES survey_runs(run_id),
  due_at      INTEGER NOT NULL,
  state       TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'sent')),
  fingerprint TEXT NOT NULL DEFAULT '',
  checked_at  INTEGER,
  sent_count  INTEGER NOT NULL DEFAULT 0,
  created_by  TEXT NOT NULL
);
CREATE INDEX survey_reminder_batches_due ON survey_reminder_batches(state, due_at);
