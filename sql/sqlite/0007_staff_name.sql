-- staff.name: the optional name of the person as the case-management
-- system writes it (data-contract.md), used only to match Ofsted's Annex A
-- "Allocated Worker" to a staff_id (healthcheck annex-a import). Personal
-- data: never loaded into the metrics' records, never shown.
ALTER TABLE staff ADD COLUMN name TEXT;
