"""The visit, caseload and sickness metrics of one period for every team,
service and the council, as an analyst would write them with pandas.
The benchmark (bench/metrics) times this against the engine; loading the
tables from the database counts in its time, as it does for the engine.

usage: metrics_pandas.py DATABASE FROM TO HOLIDAY...
"""
import sqlite3
import sys

import numpy as np
import pandas as pd

db, start, end = sys.argv[1], sys.argv[2], sys.argv[3]
holidays = np.array(sys.argv[4:], dtype="datetime64[D]")
nxt = str(np.datetime64(end) + 1)
con = sqlite3.connect(db)

teams = pd.read_sql("SELECT team_id, service FROM teams", con)
staff = pd.read_sql("SELECT staff_id, team_id, employment, fte, start_date, end_date FROM staff", con)
visits = pd.read_sql(
    "SELECT staff_id, status, planned_minutes, travel_minutes FROM visits "
    "WHERE scheduled_start >= ? AND scheduled_start < ?", con, params=(start, nxt))
cases = pd.read_sql("SELECT case_id, referral_date, closed_date FROM cases", con)
allocations = pd.read_sql("SELECT allocation_id, case_id, staff_id, start_date, end_date FROM allocations", con)
absences = pd.read_sql(
    "SELECT staff_id, start_date, end_date, reason, working_days_lost FROM absences "
    "WHERE end_date >= ? AND start_date <= ?", con, params=(start, end))


def rollup(per_team, sums):
    """Sums per team -> rows for team, service and council scopes."""
    t = teams.merge(per_team, on="team_id", how="left")
    out = []
    out.append(t.groupby("team_id")[sums].sum(min_count=1).assign(level="team").reset_index()
               .rename(columns={"team_id": "scope"}))
    out.append(t.groupby("service")[sums].sum(min_count=1).assign(level="service").reset_index()
               .rename(columns={"service": "scope"}))
    council = t[sums].sum(min_count=1).to_frame().T.assign(level="council", scope="council")
    out.append(council)
    return pd.concat(out, ignore_index=True)


# Visits
v = visits.merge(staff[["staff_id", "team_id"]], on="staff_id")
v["completed"] = v.status == "completed"
v["no_access"] = v.status == "no_access"
v["rescheduled"] = v.status.isin(["rescheduled", "cancelled_by_service"])
v["lost"] = np.where(v.no_access, v.planned_minutes + v.travel_minutes.fillna(0), 0)
v["scheduled"] = 1
per_team = v.groupby("team_id")[["scheduled", "completed", "no_access", "rescheduled", "lost"]].sum().reset_index()
r = rollup(per_team, ["scheduled", "completed", "no_access", "rescheduled", "lost"])
r["visit_completion_rate"] = 100 * r.completed / r.scheduled.replace(0, np.nan)
r["no_access_rate"] = 100 * r.no_access / r.scheduled.replace(0, np.nan)
r["rescheduled_rate"] = 100 * r.rescheduled / r.scheduled.replace(0, np.nan)
r["unproductive_hours"] = r.lost.fillna(0) / 60
visit_metrics = r[["level", "scope", "visit_completion_rate", "no_access_rate", "rescheduled_rate", "unproductive_hours"]]

# Caseloads on D
in_post = staff[(staff.start_date <= end) & (staff.end_date.isna() | (staff.end_date >= end))]
open_cases = cases[(cases.referral_date <= end) & (cases.closed_date.isna() | (cases.closed_date > end))]
a = allocations[(allocations.start_date <= end) & (allocations.end_date.isna() | (allocations.end_date > end))]
a = a[a.staff_id.isin(in_post.staff_id) & a.case_id.isin(open_cases.case_id)]
a = a.sort_values(["case_id", "start_date", "allocation_id"], ascending=[True, False, True]).drop_duplicates("case_id")
holders = a.groupby("staff_id").size().rename("cases").reset_index().merge(staff[["staff_id", "team_id", "fte"]])
per_team = holders.groupby("team_id").agg(cases=("cases", "sum"), fte=("fte", "sum"), most=("cases", "max")).reset_index()
t = teams.merge(per_team, on="team_id", how="left")
rows = []
for level, key in (("team", "team_id"), ("service", "service")):
    g = t.groupby(key).agg(cases=("cases", "sum"), fte=("fte", "sum"), most=("most", "max")).reset_index()
    rows.append(g.rename(columns={key: "scope"}).assign(level=level))
rows.append(pd.DataFrame([{"scope": "council", "level": "council", "cases": t.cases.sum(), "fte": t.fte.sum(),
                           "most": t.most.max()}]))
c = pd.concat(rows, ignore_index=True)
c["caseload_avg"] = c.cases / c.fte.replace(0, np.nan)
caseload_metrics = c.rename(columns={"most": "caseload_max"})[["level", "scope", "caseload_avg", "caseload_max"]]

# Sickness: working days with numpy's business-day calendar
ab = absences.merge(staff[["staff_id", "team_id", "employment", "fte"]], on="staff_id")
ab = ab[(ab.employment == "permanent") & ab.reason.isin(["sickness", "stress"])]
s0 = ab.start_date.values.astype("datetime64[D]")
e0 = ab.end_date.values.astype("datetime64[D]")
lo = np.maximum(s0, np.datetime64(start))
hi = np.minimum(e0, np.datetime64(end))
inside = np.where(hi >= lo, np.busday_count(lo, hi + 1, holidays=holidays), 0)
whole = np.busday_count(s0, e0 + 1, holidays=holidays)
given = ab.working_days_lost.values
with np.errstate(divide="ignore", invalid="ignore"):
    lost = np.where(np.isnan(given.astype(float)), inside * ab.fte.values,
                    np.where(whole > 0, given.astype(float) * inside / whole, 0))
ab = ab.assign(lost=lost)
per_team = ab.groupby("team_id")[["lost"]].sum().reset_index()
perm = in_post[in_post.employment == "permanent"].groupby("team_id")[["fte"]].sum().reset_index()
per_team = teams[["team_id"]].merge(per_team, how="left").merge(perm, how="left")
r = rollup(per_team, ["lost", "fte"])
days = np.busday_count(np.datetime64(start), np.datetime64(end) + 1, holidays=holidays)
r["sickness_rate"] = 100 * r.lost.fillna(0) / (r.fte * days).replace(0, np.nan)
sickness_metrics = r[["level", "scope", "sickness_rate"]]

for frame in (visit_metrics, caseload_metrics, sickness_metrics):
    frame.sort_values(["level", "scope"]).to_csv(sys.stdout, index=False)
