-- The day an import's exports were taken (data-contract.md "Extract
-- dates"), with the import's log entry: `healthcheck import --extracted`,
-- Annex A's --extracted, a census return's census date. An export may hold
-- no record dated that day (a staff list whose people all started
-- earlier), so the records cover up to the latest of these
-- (store/record_dates.cpp). NULL: the import gave none.
ALTER TABLE imports ADD COLUMN extracted TEXT;

-- Annex A's extract dates had a table of their own (0009): they move here.
UPDATE imports SET extracted = (SELECT a.extracted FROM annex_a_extracts a WHERE a.import_id = imports.import_id)
WHERE import_id IN (SELECT import_id FROM annex_a_extracts);
DROP TABLE annex_a_extracts;

-- How far the records reach is now counted by the rule above (and with
-- absences' end dates): the answer kept for the current data version is
-- read again.
DELETE FROM record_dates;
