-- Action plans and survey results for staff: see sql/sqlite/0005_actions.sql
-- for the design.
CREATE TABLE actions (
  action_id      BIGINT AUTO_INCREMENT PRIMARY KEY,
  scope_id       VARCHAR(160) NOT NULL,
  area           VARCHAR(32) NOT NULL,
  metric         VARCHAR(64) NOT NULL DEFAULT '',
  title          TEXT NOT NULL,
  description    TEXT NOT NULL,
  owner          TEXT NOT NULL,
  due            DATE NOT NULL,
  status         VARCHAR(16) NOT NULL,
  agreed_period  VARCHAR(32) NOT NULL,
  needs_decision INTEGER NOT NULL DEFAULT 0,
  created_by     VARCHAR(255) NOT NULL,
  created_at     VARCHAR(32) NOT NULL,
  changed_by     VARCHAR(255) NOT NULL,
  changed_at     VARCHAR(32) NOT NULL,
  INDEX actions_scope (scope_id, area),
  CHECK (status IN ('planned', 'in_progress', 'done', 'dropped'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE action_notes (
  note_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
  action_id BIGINT NOT NULL,
  noted_on  DATE NOT NULL,
  author    VARCHAR(255) NOT NULL,
  body      TEXT NOT NULL,
  INDEX action_notes_action (action_id),
  FOREIGN KEY (action_id) REFERENCES actions(action_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

ALTER TABLE survey_runs ADD COLUMN contact VARCHAR(400) NOT NULL DEFAULT '';

CREATE TABLE survey_publications (
  run_id       VARCHAR(160) PRIMARY KEY,
  link_hash    CHAR(64) NOT NULL UNIQUE,
  published_at VARCHAR(32) NOT NULL,
  FOREIGN KEY (run_id) REFERENCES survey_runs(run_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
