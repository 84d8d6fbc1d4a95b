-- Staff surveys (src/surveys/). A survey *run* is one survey definition
-- (surveys/*.json) asked of a set of teams for a reporting period. The run
-- keeps its own copy of what scoring needs from the definition (question
-- areas, groups, reverse scoring), so results never depend on a JSON file
-- that may since have changed.
--
-- Anonymity is a property of this schema: a stored response holds its run,
-- its team and its answers, and nothing else. No token, no timestamp, no
-- address; its id is random (not a sequence) and the tables are WITHOUT
-- ROWID, so neither the id nor the physical order of rows tells when a
-- response arrived. Free-text comments are stored apart from the answers,
-- under their own random id, so a comment cannot be joined to a response.

CREATE TABLE survey_runs (
  run_id         TEXT PRIMARY KEY,
  survey_id      TEXT NOT NULL,
  survey_version TEXT NOT NULL,
  title          TEXT NOT NULL,
  period_label   TEXT NOT NULL,
  period_from    TEXT NOT NULL,
  period_to      TEXT NOT NULL,
  state          TEXT NOT NULL CHECK (state IN ('open', 'closed')),
  source         TEXT NOT NULL CHECK (source IN ('form', 'import'))
);

CREATE TABLE survey_run_questions (
  run_id      TEXT NOT NULL REFERENCES survey_runs(run_id),
  question_id TEXT NOT NULL,
  position    INTEGER NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('scale', 'text')),
  area        TEXT,
  grp         TEXT,
  reverse     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, question_id)
) WITHOUT ROWID;

CREATE TABLE survey_run_teams (
  run_id         TEXT NOT NULL REFERENCES survey_runs(run_id),
  team_id        TEXT NOT NULL REFERENCES teams(team_id),
  open_link_hash TEXT UNIQUE,
  PRIMARY KEY (run_id, team_id)
) WITHOUT ROWID;

-- Single-use links: only a SHA-256 of the token is kept, so the table
-- cannot be used to answer as someone; `used` flips once, with no time.
CREATE TABLE survey_invitations (
  token_hash TEXT PRIMARY KEY,
  run_id     TEXT NOT NULL REFERENCES survey_runs(run_id),
  team_id    TEXT NOT NULL REFERENCES teams(team_id),
  kind       TEXT NOT NULL CHECK (kind IN ('invitation', 'open_link')),
  used       INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX survey_invitations_run ON survey_invitations(run_id, team_id);

-- Answers saved between sections of a link not yet submitted; deleted in
-- the transaction that stores the response.
CREATE TABLE survey_drafts (
  token_hash  TEXT NOT NULL REFERENCES survey_invitations(token_hash),
  question_id TEXT NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (token_hash, question_id)
) WITHOUT ROWID;

CREATE TABLE survey_responses (
  response_id TEXT PRIMARY KEY,
  run_id      TEXT NOT NULL REFERENCES survey_runs(run_id),
  team_id     TEXT NOT NULL REFERENCES teams(team_id)
) WITHOUT ROWID;
CREATE INDEX survey_responses_run ON survey_responses(run_id, team_id);

CREATE TABLE survey_answers (
  response_id TEXT NOT NULL REFERENCES survey_responses(response_id),
  question_id TEXT NOT NULL,
  value       INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),
  PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;

CREATE TABLE survey_comments (
  comment_id  TEXT PRIMARY KEY,
  run_id      TEXT NOT NULL REFERENCES survey_runs(run_id),
  team_id     TEXT NOT NULL REFERENCES teams(team_id),
  question_id TEXT NOT NULL,
  body        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX survey_comments_run ON survey_comments(run_id, team_id);
