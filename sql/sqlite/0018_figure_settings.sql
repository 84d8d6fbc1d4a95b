-- The settings the figures rest on, set in the browser (/admin/settings)
-- and read by the dashboard and the metrics and report commands alike:
-- 'thresholds' (the text of a thresholds file, id,green,amber a line),
-- 'min_group_size' and 'caseload_limit'. A setting not stored keeps what
-- the server was started with (serve --thresholds), else the shipped
-- default. `revision` grows with every change, so that the dashboard sees
-- one in the single cheap query it makes on every request.
CREATE TABLE figure_settings (
  setting    TEXT PRIMARY KEY,
  value      TEXT NOT NULL,
  revision   INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by TEXT NOT NULL
);
