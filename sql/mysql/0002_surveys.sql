-- Staff surveys (src/surveys/): see sql/sqlite/0002_surveys.sql for the
-- design. Anonymity is a property of this schema: a stored response holds
-- its run, its team and its answers, and nothing else (no token, no
-- timestamp, no address). Response and comment ids are random, and InnoDB
-- clusters rows by primary key, so row order says nothing about arrival.

CREATE TABLE survey_runs (
  run_id         VARCHAR(160) PRIMARY KEY,
  survey_id      VARCHAR(64) NOT NULL,
  survey_version VARCHAR(32) NOT NULL,
  title          TEXT NOT NULL,
  period_label   VARCHAR(32) NOT NULL,
  period_from    DATE NOT NULL,
  period_to      DATE NOT NULL,
  state          VARCHAR(8) NOT NULL,
  source         VARCHAR(8) NOT NULL,
  CHECK (state IN ('open', 'closed')),
  CHECK (source IN ('form', 'import'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_run_questions (
  run_id      VARCHAR(160) NOT NULL,
  question_id VARCHAR(64) NOT NULL,
  position    INTEGER NOT NULL,
  kind        VARCHAR(8) NOT NULL,
  area        VARCHAR(32),
  grp         VARCHAR(64),
  reverse     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, question_id),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  CHECK (kind IN ('scale', 'text'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_run_teams (
  run_id         VARCHAR(160) NOT NULL,
  team_id        VARCHAR(64) NOT NULL,
  open_link_hash CHAR(64) UNIQUE,
  PRIMARY KEY (run_id, team_id),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  FOREIGN KEY (team_id) REFERENCES teams(team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_invitations (
  token_hash CHAR(64) PRIMARY KEY,
  run_id     VARCHAR(160) NOT NULL,
  team_id    VARCHAR(64) NOT NULL,
  kind       VARCHAR(16) NOT NULL,
  used       INTEGER NOT NULL DEFAULT 0,
  INDEX survey_invitations_run (run_id, team_id),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  FOREIGN KEY (team_id) REFERENCES teams(team_id),
  CHECK (kind IN ('invitation', 'open_link'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_drafts (
  token_hash  CHAR(64) NOT NULL,
  question_id VARCHAR(64) NOT NULL,
  value       TEXT NOT NULL,
  PRIMARY KEY (token_hash, question_id),
  FOREIGN KEY (token_hash) REFERENCES survey_invitations(token_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_responses (
  response_id CHAR(32) PRIMARY KEY,
  run_id      VARCHAR(160) NOT NULL,
  team_id     VARCHAR(64) NOT NULL,
  INDEX survey_responses_run (run_id, team_id),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  FOREIGN KEY (team_id) REFERENCES teams(team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_answers (
  response_id CHAR(32) NOT NULL,
  question_id VARCHAR(64) NOT NULL,
  value       INTEGER NOT NULL,
  PRIMARY KEY (response_id, question_id),
  FOREIGN KEY (response_id) REFERENCES survey_responses(response_id),
  CHECK (value BETWEEN 1 AND 5)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE survey_comments (
  comment_id  CHAR(32) PRIMARY KEY,
  run_id      VARCHAR(160) NOT NULL,
  team_id     VARCHAR(64) NOT NULL,
  question_id VARCHAR(64) NOT NULL,
  body        TEXT NOT NULL,
  INDEX survey_comments_run (run_id, team_id),
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id),
  FOREIGN KEY (team_id) REFERENCES teams(team_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
