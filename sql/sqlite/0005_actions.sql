-- Action plans (src/actions/) and giving survey results back to staff.
--
-- actions: what a director or manager agreed to do about a finding, for a
-- scope ('council', a service id such as 'children', or a team_id), an area
-- and optionally one metric ('' for the area as a whole). Dates are
-- YYYY-MM-DD. created_* and changed_* say who last touched it when; the
-- full history is in audit_log (action-add, action-update).
CREATE TABLE actions (
  action_id      INTEGER PRIMARY KEY AUTOINCREMENT,
  scope_id       TEXT NOT NULL,
  area           TEXT NOT NULL,
  metric         TEXT NOT NULL DEFAULT '',
  title          TEXT NOT NULL,
  description    TEXT NOT NULL DEFAULT '',
  owner          TEXT NOT NULL,
  due            TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'dropped')),
  agreed_period  TEXT NOT NULL,
  needs_decision INTEGER NOT NULL DEFAULT 0,
  created_by     TEXT NOT NULL,
  created_at     TEXT NOT NULL,
  changed_by     TEXT NOT NULL,
  changed_at     TEXT NOT NULL
);
CREATE INDEX actions_scope ON actions(scope_id, area);

-- Dated progress notes, oldest first by note_id.
CREATE TABLE action_notes (
  note_id   INTEGER PRIMARY KEY AUTOINCREMENT,
  action_id INTEGER NOT NULL REFERENCES actions(action_id),
  noted_on  TEXT NOT NULL,
  author    TEXT NOT NULL,
  body      TEXT NOT NULL
);
CREATE INDEX action_notes_action ON action_notes(action_id);

-- Who staff should ask about a survey run (named on the used, unknown and
-- closed link pages): "Workforce team, workforce@council.example".
ALTER TABLE survey_runs ADD COLUMN contact TEXT NOT NULL DEFAULT '';

-- A closed run's results page for staff, at /r/<token>. Only a SHA-256 of
-- the token is kept (as for survey links); unpublishing deletes the row.
CREATE TABLE survey_publications (
  run_id       TEXT PRIMARY KEY REFERENCES survey_runs(run_id),
  link_hash    TEXT NOT NULL UNIQUE,
  published_at TEXT NOT NULL
) WITHOUT ROWID;
