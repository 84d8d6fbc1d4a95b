-- Per-worker monthly visit summaries: every visit metric is a sum over
-- whole months (metrics.md), so the metrics read these instead of the
-- visits. An import keeps them in step with the visits it stores, in the
-- same transaction (src/ingest/visit_summaries.h); here they are filled
-- from the visits already stored.
--
-- month first in the key: a load reads a range of months.
CREATE TABLE visit_months (
  month           DATE NOT NULL,
  staff_id        VARCHAR(64) NOT NULL,
  status          VARCHAR(32) NOT NULL,
  visits          BIGINT NOT NULL,
  planned_minutes BIGINT NOT NULL,
  actual_minutes  BIGINT NOT NULL,
  travel_minutes  BIGINT NOT NULL,
  PRIMARY KEY (month, staff_id, status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

INSERT INTO visit_months (month, staff_id, status, visits, planned_minutes, actual_minutes, travel_minutes)
SELECT DATE_FORMAT(scheduled_start, '%Y-%m-01'), staff_id, status, COUNT(*), SUM(planned_minutes),
       COALESCE(SUM(actual_minutes), 0), COALESCE(SUM(travel_minutes), 0)
FROM visits
GROUP BY DATE_FORMAT(scheduled_start, '%Y-%m-01'), staff_id, status;
