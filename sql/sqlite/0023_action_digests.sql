-- Actions that chase themselves (src/mailings/action_digest.h).
--
-- actions.owner_email: where the weekly digest of an action's owner goes;
-- NULL: the owner gets no digest. Stored in lower case. Seen by whoever may
-- see the action (the dashboard's action pages); never written to the
-- audit log (its rows say only "owner email set/changed/removed").
ALTER TABLE actions ADD COLUMN owner_email TEXT;

-- action_digests: the weeks whose digest has been queued, one row a week
-- ("2026-W50", ISO weeks in the server's local time), so that no week is
-- sent twice, by the schedule or by "send now". owners: messages queued
-- to owners; director_copies: copies of the overdue actions queued to the
-- director. Counts only: the addresses are in mail_queue.
CREATE TABLE action_digests (
  week            TEXT PRIMARY KEY,
  queued_at       INTEGER NOT NULL,  -- Unix seconds
  queued_by       TEXT NOT NULL,     -- "schedule", an admin's account, "cli:<login>"
  owners          INTEGER NOT NULL,
  director_copies INTEGER NOT NULL
) WITHOUT ROWID;
