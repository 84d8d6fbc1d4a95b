-- The council's one stored setting: its name (page header, reports,
-- workbook, comparison page, survey form) and the DfE local authority it is
-- compared as. Replaces council_authority, whose row it takes over.
CREATE TABLE council_setting (
  council_key INTEGER PRIMARY KEY CHECK (council_key = 1),
  name        TEXT NOT NULL,
  old_la_code TEXT,
  new_la_code TEXT,
  la_name     TEXT
);
INSERT INTO council_setting (council_key, name, old_la_code, new_la_code, la_name)
  SELECT 1, COALESCE(la_name, old_la_code), old_la_code, new_la_code, la_name FROM council_authority;
DROP TABLE council_authority;
