-- Each period's raw figures as the engine last computed them
-- (store/stored_figures.cpp, load/stored_figures.cpp): a trend's earlier
-- periods are read back rather than computed again from every record.
-- `options` names the settings the figures rest on; `data_version` the
-- state of the records (the latest import, the survey responses) and the
-- program that computed them. A row whose data_version is not the
-- database's current one is stale and is written over.
CREATE TABLE stored_figures (
  period       TEXT NOT NULL,
  options      TEXT NOT NULL,
  data_version TEXT NOT NULL,
  figures      BLOB NOT NULL,
  PRIMARY KEY (period, options)
);

-- The latest date the records cover (store/record_dates.cpp) at one data
-- version: finding it reads every dated column, seconds at national scale,
-- and every view asks for it. One row.
CREATE TABLE record_dates (
  id               INTEGER PRIMARY KEY CHECK (id = 1),
  data_version     TEXT NOT NULL,
  last_record_date TEXT
);

-- How many survey responses have been submitted online: part of the data
-- version (sql/queries/stored_figures.sql), which every dashboard request
-- reads, where counting survey_responses would read the whole table.
-- Raised in the transaction that stores a response
-- (surveys/response_store.cpp); imported responses are counted by their
-- import instead.
CREATE TABLE survey_submissions (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  submitted INTEGER NOT NULL
);
INSERT INTO survey_submissions (id, submitted) VALUES (1, 0);
