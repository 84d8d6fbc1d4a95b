-- The visit, caseload and sickness metrics of one period, for every team,
-- service and the council, as an analyst would write them for the sqlite3
-- shell. The benchmark (bench/metrics) times this against the engine.
-- Parameters: :from, :to (the period's first and last day), :next (the day
-- after :to). Needs a table bank_holidays(date) (bench/metrics creates it).

-- Visit metrics: sums per team, then rolled up.
CREATE TEMP TABLE team_visits AS
SELECT s.team_id,
       count(*) AS scheduled,
       sum(v.status = 'completed') AS completed,
       sum(v.status = 'no_access') AS no_access,
       sum(v.status IN ('rescheduled', 'cancelled_by_service')) AS rescheduled,
       sum(CASE WHEN v.status = 'no_access' THEN v.planned_minutes + coalesce(v.travel_minutes, 0) ELSE 0 END) AS lost_minutes
FROM visits v JOIN staff s ON s.staff_id = v.staff_id
WHERE v.scheduled_start >= :from AND v.scheduled_start < :next
GROUP BY s.team_id;

-- Caseloads on D: current allocations of open cases to people in post,
-- each case counted once.
CREATE TEMP TABLE holders AS
WITH current AS (
  SELECT a.case_id, a.staff_id,
         row_number() OVER (PARTITION BY a.case_id ORDER BY a.start_date DESC, a.allocation_id) AS pick
  FROM allocations a
  JOIN staff s ON s.staff_id = a.staff_id
  JOIN cases c ON c.case_id = a.case_id
  WHERE a.start_date <= :to AND (a.end_date IS NULL OR :to < a.end_date)
    AND s.start_date <= :to AND (s.end_date IS NULL OR :to <= s.end_date)
    AND c.referral_date <= :to AND (c.closed_date IS NULL OR :to < c.closed_date))
SELECT s.team_id, s.staff_id, s.fte, count(*) AS cases
FROM current JOIN staff s ON s.staff_id = current.staff_id
WHERE pick = 1
GROUP BY s.staff_id;

-- Sickness: working days from a calendar table.
CREATE TEMP TABLE calendar AS
WITH RECURSIVE days(d) AS (
  SELECT min((SELECT min(start_date) FROM absences), :from)
  UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < max((SELECT max(end_date) FROM absences), :to))
SELECT d FROM days
WHERE strftime('%w', d) NOT IN ('0', '6') AND d NOT IN (SELECT date FROM bank_holidays);
CREATE INDEX temp.calendar_d ON calendar(d);

CREATE TEMP TABLE team_sickness AS
SELECT s.team_id,
       sum(CASE WHEN a.working_days_lost IS NULL
                THEN (SELECT count(*) FROM calendar WHERE d BETWEEN max(a.start_date, :from) AND min(a.end_date, :to)) * s.fte
                ELSE a.working_days_lost
                     * (SELECT count(*) FROM calendar WHERE d BETWEEN max(a.start_date, :from) AND min(a.end_date, :to))
                     / nullif((SELECT count(*) FROM calendar WHERE d BETWEEN a.start_date AND a.end_date), 0)
           END) AS days_lost,
       sum(CASE WHEN a.reason = 'stress' THEN 1 ELSE 0 END) AS stress_absences
FROM absences a JOIN staff s ON s.staff_id = a.staff_id
WHERE s.employment = 'permanent' AND a.reason IN ('sickness', 'stress')
  AND a.end_date >= :from AND a.start_date <= :to
GROUP BY s.team_id;

CREATE TEMP TABLE team_inpost AS
SELECT team_id, sum(fte) AS inpost_fte FROM staff
WHERE employment = 'permanent' AND start_date <= :to AND (end_date IS NULL OR :to <= end_date)
GROUP BY team_id;

CREATE TEMP TABLE scopes AS
SELECT team_id, 'team' AS level, team_id AS scope FROM teams
UNION ALL SELECT team_id, 'service', service FROM teams
UNION ALL SELECT team_id, 'council', 'council' FROM teams;

.mode csv
.headers on
SELECT sc.level, sc.scope,
       100.0 * sum(v.completed) / nullif(sum(v.scheduled), 0) AS visit_completion_rate,
       100.0 * sum(v.no_access) / nullif(sum(v.scheduled), 0) AS no_access_rate,
       100.0 * sum(v.rescheduled) / nullif(sum(v.scheduled), 0) AS rescheduled_rate,
       coalesce(sum(v.lost_minutes), 0) / 60.0 AS unproductive_hours
FROM scopes sc LEFT JOIN team_visits v ON v.team_id = sc.team_id
GROUP BY sc.level, sc.scope ORDER BY sc.level, sc.scope;

SELECT sc.level, sc.scope,
       1.0 * sum(h.cases) / nullif(sum(h.fte), 0) AS caseload_avg,
       max(h.cases) AS caseload_max
FROM scopes sc LEFT JOIN holders h ON h.team_id = sc.team_id
GROUP BY sc.level, sc.scope ORDER BY sc.level, sc.scope;

SELECT sc.level, sc.scope,
       100.0 * coalesce(sum(k.days_lost), 0)
         / nullif(sum(i.inpost_fte) * (SELECT count(*) FROM calendar WHERE d BETWEEN :from AND :to), 0) AS sickness_rate
FROM scopes sc
LEFT JOIN team_sickness k ON k.team_id = sc.team_id
LEFT JOIN team_inpost i ON i.team_id = sc.team_id
GROUP BY sc.level, sc.scope ORDER BY sc.level, sc.scope;
