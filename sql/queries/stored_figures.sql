-- The stored figures of periods (table stored_figures, migration 0010)
-- and the version of the records they rest on (store/stored_figures.cpp).

-- What the records are at: the latest import (every import, contract
-- files, survey answers and Annex A alike, logs one) and the number of
-- survey responses submitted online (which log no import). An index
-- lookup and a one-row read: every dashboard request asks.
-- name: data_version
SELECT (SELECT MAX(import_id) FROM imports), (SELECT submitted FROM survey_submissions WHERE id = 1)

-- In the transaction that stores a response submitted online.
-- name: count_submission
UPDATE survey_submissions SET submitted = submitted + 1 WHERE id = 1

-- The latest period whose figures are stored at a data version (the
-- import history's "figures ready up to"). Parameter: data version.
-- name: latest_stored
SELECT MAX(period) FROM stored_figures WHERE data_version = ?

-- Parameters: period label, options, data version.
-- name: read
SELECT figures FROM stored_figures WHERE period = ? AND options = ? AND data_version = ?

-- Parameters: period label, options, data version, figures.
-- name: write_sqlite
INSERT INTO stored_figures (period, options, data_version, figures) VALUES (?, ?, ?, ?)
ON CONFLICT (period, options) DO UPDATE SET data_version = excluded.data_version, figures = excluded.figures

-- name: write_mysql
INSERT INTO stored_figures (period, options, data_version, figures) VALUES (?, ?, ?, ?)
ON DUPLICATE KEY UPDATE data_version = VALUES(data_version), figures = VALUES(figures)
