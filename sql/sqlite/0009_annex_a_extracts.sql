-- The day each Annex A workbook was extracted: the lists describe the
-- council's cases as they stood that day, so the records cover up to it
-- even when nothing in them happened on it (store/record_dates.cpp).
CREATE TABLE annex_a_extracts (
  import_id INTEGER PRIMARY KEY REFERENCES imports(import_id),
  extracted TEXT NOT NULL
);
