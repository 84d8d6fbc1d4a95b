-- Messages waiting for the council's mail relay, and what became of each
-- (src/mail/mail_queue.h). One row a message to one recipient.
--
-- body holds the MIME bytes until the message is sent (kept when it is
-- refused or fails, so that it can be sent again): it is cleared once the
-- relay has it. A survey invitation, whose link must never be stored, has
-- no body at all: it is written at the moment of sending, from its kind
-- and ref.
--
-- status: queued (waiting, next_attempt_at says when), sending (handed to
-- the relay by a sender now), sent, refused (a permanent 5xx), failed (out
-- of tries), interrupted (the server stopped while it was being handed
-- over: it may have arrived; an admin decides whether to send it again,
-- so that nothing is sent twice on its own).
CREATE TABLE mail_queue (
  mail_id         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind            TEXT NOT NULL,             -- test, invitation, reminder, report, digest
  ref             TEXT NOT NULL DEFAULT '',  -- what the kind's writer needs (an invitation's id)
  recipient       TEXT NOT NULL,
  subject         TEXT NOT NULL,
  body            BLOB,
  status          TEXT NOT NULL DEFAULT 'queued'
                  CHECK (status IN ('queued', 'sending', 'sent', 'refused', 'failed', 'interrupted')),
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,          -- Unix seconds
  last_error      TEXT NOT NULL DEFAULT '',
  queued_by       TEXT NOT NULL,
  queued_at       INTEGER NOT NULL,
  sent_at         INTEGER,
  message_id      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_queue_due ON mail_queue(status, next_attempt_at);
