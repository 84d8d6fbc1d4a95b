-- Per-worker monthly visit summaries: every visit metric is a sum over
-- whole months (metrics.md), so the metrics read these instead of the
-- visits (a national half-year: 635,000 summaries instead of 5.1 million
-- visits). An import keeps them in step with the visits it stores, in the
-- same transaction (src/ingest/visit_summaries.h); here they are filled
-- from the visits already stored.
--
-- month first in the key: a load reads a range of months.
CREATE TABLE visit_months (
  month           TEXT NOT NULL,     -- its first day, YYYY-MM-01
  staff_id        TEXT NOT NULL,
  status          TEXT NOT NULL,
  visits          INTEGER NOT NULL,
  planned_minutes INTEGER NOT NULL,
  actual_minutes  INTEGER NOT NULL,  -- a visit without actual_minutes adds 0
  travel_minutes  INTEGER NOT NULL,  -- likewise travel_minutes
  PRIMARY KEY (month, staff_id, status)
) WITHOUT ROWID;

INSERT INTO visit_months (month, staff_id, status, visits, planned_minutes, actual_minutes, travel_minutes)
SELECT substr(scheduled_start, 1, 7) || '-01', staff_id, status, count(*), sum(planned_minutes),
       coalesce(sum(actual_minutes), 0), coalesce(sum(travel_minutes), 0)
FROM visits
GROUP BY substr(scheduled_start, 1, 7), staff_id, status;
