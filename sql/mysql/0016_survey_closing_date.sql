-- The date a run is planned to close, given when it is opened (`survey
-- open --closes`, or the admin area's form): shown to administrators
-- beside the run, so that a run left open past it stands out. NULL: none
-- given. Closing stays a step someone takes (it deletes drafts).
ALTER TABLE survey_runs ADD COLUMN closes_on VARCHAR(10);
