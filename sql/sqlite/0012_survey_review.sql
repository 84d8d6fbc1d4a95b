-- A team whose responses outnumber its staff in post (an open link used
-- more than once) is left unrated until an administrator reviews it
-- (`healthcheck survey review`): the number of responses that review
-- accepted; more responses after it want another.
ALTER TABLE survey_run_teams ADD COLUMN reviewed_responses INTEGER NOT NULL DEFAULT 0;
