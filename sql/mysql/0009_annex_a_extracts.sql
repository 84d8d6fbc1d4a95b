-- The day each Annex A workbook was extracted: the lists describe the
-- council's cases as they stood that day, so the records cover up to it
-- even when nothing in them happened on it (store/record_dates.cpp).
CREATE TABLE annex_a_extracts (
  import_id BIGINT PRIMARY KEY,
  extracted DATE NOT NULL,
  FOREIGN KEY (import_id) REFERENCES imports(import_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
