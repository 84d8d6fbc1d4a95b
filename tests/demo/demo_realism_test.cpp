// The demo council looks like a real one: every kind of value appears, the
// awkward cases the metrics must handle are present, and the struggling and
// healthy teams are clearly told apart by the figures computed from the
// files themselves.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/date.h"
#include "demo/demo_folder.h"

namespace hc::demo {
namespace {

using testing::CsvTable;
using testing::defaultDemo;

const Date kEnd = Date::fromCivil(2026, 9, 30);

Date date(const std::string& s) { return *Date::parse(s); }
std::optional<Date> optionalDate(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional<Date>(date(s));
}

std::set<std::string> valuesOf(const CsvTable& t, const std::string& column) {
  std::set<std::string> values;
  for (size_t r = 0; r < t.rows.size(); ++r) values.insert(t.at(r, column));
  return values;
}

struct StaffRow {
  std::string team;
  double fte;
  Date start;
  std::optional<Date> end;
  std::string employment;
  bool inPostOn(Date d) const { return start <= d && (!end || d <= *end); }
};

std::map<std::string, StaffRow> staffById(const CsvTable& t) {
  std::map<std::string, StaffRow> staff;
  for (size_t r = 0; r < t.rows.size(); ++r) {
    staff[t.at(r, "staff_id")] = {t.at(r, "team_id"), std::stod(t.at(r, "fte")), date(t.at(r, "start_date")),
                                  optionalDate(t.at(r, "end_date")), t.at(r, "employment")};
  }
  return staff;
}

std::string teamIdNamed(const CsvTable& teams, const std::string& name) {
  for (size_t r = 0; r < teams.rows.size(); ++r) {
    if (teams.at(r, "name") == name) return teams.at(r, "team_id");
  }
  return "";
}

struct CaseloadFigures {
  double per_fte = 0;  // caseload_avg of metrics.md
  int open = 0;
  int unallocated = 0;
};

// caseload_avg and unallocated_cases on `d` as metrics.md defines them.
CaseloadFigures caseloadOn(const testing::DemoFolder& demo, const std::string& team, Date d) {
  const auto staff = staffById(demo["staff"]);
  std::map<std::string, std::string> case_team;
  std::set<std::string> open;
  const CsvTable& cases = demo["cases"];
  for (size_t r = 0; r < cases.rows.size(); ++r) {
    const std::optional<Date> closed = optionalDate(cases.at(r, "closed_date"));
    if (cases.at(r, "team_id") == team && date(cases.at(r, "referral_date")) <= d && (!closed || d < *closed)) {
      open.insert(cases.at(r, "case_id"));
    }
  }
  std::map<std::string, std::pair<Date, std::string>> holder;  // case -> latest start, worker
  const CsvTable& allocations = demo["allocations"];
  for (size_t r = 0; r < allocations.rows.size(); ++r) {
    const std::string& c = allocations.at(r, "case_id");
    const std::string& worker = allocations.at(r, "staff_id");
    const Date start = date(allocations.at(r, "start_date"));
    const std::optional<Date> end = optionalDate(allocations.at(r, "end_date"));
    if (!open.count(c) || start > d || (end && d >= *end) || !staff.at(worker).inPostOn(d)) continue;
    if (!holder.count(c) || holder[c].first < start) holder[c] = {start, worker};
  }
  std::map<std::string, int> held;
  for (const auto& [c, h] : holder) ++held[h.second];
  double fte = 0;
  for (const auto& [worker, n] : held) fte += staff.at(worker).fte;
  CaseloadFigures f;
  f.open = static_cast<int>(open.size());
  f.unallocated = f.open - static_cast<int>(holder.size());
  f.per_fte = fte > 0 ? holder.size() / fte : 0;
  return f;
}

TEST(DemoRealismTest, EveryValueOfEveryEnumerationAppears) {
  const auto& demo = defaultDemo();
  EXPECT_EQ(valuesOf(demo["teams"], "service"), (std::set<std::string>{"children", "adults", "other"}));
  EXPECT_EQ(valuesOf(demo["staff"], "role"),
            (std::set<std::string>{"social_worker", "senior_practitioner", "team_manager", "service_manager"}));
  EXPECT_EQ(valuesOf(demo["staff"], "employment"), (std::set<std::string>{"permanent", "agency"}));
  EXPECT_EQ(valuesOf(demo["visits"], "status"), (std::set<std::string>{"completed", "no_access", "cancelled_by_person",
                                                                       "cancelled_by_service", "rescheduled"}));
  EXPECT_EQ(valuesOf(demo["visits"], "purpose"), (std::set<std::string>{"assessment", "review", "visit", "other"}));
  EXPECT_EQ(valuesOf(demo["supervision"], "kind"), (std::set<std::string>{"individual", "group"}));
  EXPECT_EQ(valuesOf(demo["absences"], "reason"), (std::set<std::string>{"sickness", "stress", "other"}));
  EXPECT_EQ(valuesOf(demo["risk_assessments"], "kind"), (std::set<std::string>{"lone_working", "other"}));
  EXPECT_EQ(valuesOf(demo["feedback"], "kind"), (std::set<std::string>{"complaint", "compliment", "comment", "rating"}));
  EXPECT_EQ(valuesOf(demo["feedback"], "rating"), (std::set<std::string>{"", "1", "2", "3", "4", "5"}));
  EXPECT_EQ(valuesOf(demo["feedback"], "upheld"), (std::set<std::string>{"", "yes", "no"}));
  EXPECT_EQ(valuesOf(demo["care_packages"], "need_band"), (std::set<std::string>{"1", "2", "3", "4"}));
  EXPECT_TRUE(valuesOf(demo["transfers"], "completed_date").count("")) << "no pending transfer";
  EXPECT_TRUE(valuesOf(demo["supervision"], "supervisor_id").count("")) << "every session has a supervisor";
}

TEST(DemoRealismTest, TeamsAreMostlyChildrensThenAdults) {
  DemoOptions options;
  options.teams = 40;
  options.months = 2;
  const auto demo = testing::writeAndRead(options);
  std::map<std::string, int> by_service;
  for (const auto& row : demo["teams"].rows) ++by_service[row[2]];
  EXPECT_EQ(by_service["children"], 24);
  EXPECT_EQ(by_service["adults"], 14);
  EXPECT_EQ(by_service["other"], 2);
}

TEST(DemoRealismTest, SomeLeaversStillHoldCasesAfterTheyLeft) {
  const auto& demo = defaultDemo();
  const auto staff = staffById(demo["staff"]);
  const CsvTable& allocations = demo["allocations"];
  int held_after_leaving = 0;
  for (size_t r = 0; r < allocations.rows.size(); ++r) {
    const StaffRow& worker = staff.at(allocations.at(r, "staff_id"));
    const std::optional<Date> end = optionalDate(allocations.at(r, "end_date"));
    if (worker.end && (!end || *end > worker.end->plusDays(1))) ++held_after_leaving;
  }
  EXPECT_GT(held_after_leaving, 5);
}

TEST(DemoRealismTest, NewlyQualifiedWorkersAreSupervisedWeeklyAtFirst) {
  const auto& demo = defaultDemo();
  const CsvTable& staff = demo["staff"];
  std::map<std::string, Date> newly_qualified_start;
  for (size_t r = 0; r < staff.rows.size(); ++r) {
    const std::optional<Date> qualified = optionalDate(staff.at(r, "qualified_date"));
    const Date start = date(staff.at(r, "start_date"));
    if (qualified && start - *qualified < 365 && start >= Date::fromCivil(2024, 10, 1)) {
      newly_qualified_start[staff.at(r, "staff_id")] = start;
    }
  }
  ASSERT_GE(newly_qualified_start.size(), 3u);
  // Sessions in a worker's first 30 days: weekly means about four.
  std::map<std::string, int> early_sessions;
  const CsvTable& sessions = demo["supervision"];
  for (size_t r = 0; r < sessions.rows.size(); ++r) {
    const auto nq = newly_qualified_start.find(sessions.at(r, "staff_id"));
    if (nq == newly_qualified_start.end() || sessions.at(r, "kind") != "individual") continue;
    if (date(sessions.at(r, "date")) - nq->second < 30) ++early_sessions[nq->first];
  }
  int weekly = 0;
  for (const auto& [id, n] : early_sessions) weekly += n >= 3;
  EXPECT_GE(weekly, 2);
}

TEST(DemoRealismTest, StrugglingTeamCarriesMoreThan20CasesAndHealthyFewerThan16) {
  const auto& demo = defaultDemo();
  const std::string struggling = teamIdNamed(demo["teams"], "Safeguarding East");
  const std::string healthy = teamIdNamed(demo["teams"], "Children in Need North");
  ASSERT_FALSE(struggling.empty());
  ASSERT_FALSE(healthy.empty());
  const CaseloadFigures s = caseloadOn(demo, struggling, kEnd);
  const CaseloadFigures h = caseloadOn(demo, healthy, kEnd);
  EXPECT_GT(s.per_fte, 20);
  EXPECT_GT(h.per_fte, 5);
  EXPECT_LT(h.per_fte, 16);
  EXPECT_GT(s.unallocated, 10);
  EXPECT_GT(double(s.unallocated) / s.open, 2.0 * h.unallocated / h.open);
}

TEST(DemoRealismTest, StrugglingTeamHasVacanciesAgencyAndMissedVisits) {
  const auto& demo = defaultDemo();
  const std::string struggling = teamIdNamed(demo["teams"], "Safeguarding East");
  const std::string healthy = teamIdNamed(demo["teams"], "Children in Need North");
  const auto staff = staffById(demo["staff"]);
  std::map<std::string, double> permanent, agency, establishment;
  for (const auto& [id, s] : staff) {
    if (s.inPostOn(kEnd)) (s.employment == "agency" ? agency : permanent)[s.team] += s.fte;
  }
  const CsvTable& est = demo["establishment"];
  std::map<std::string, Date> latest;
  for (size_t r = 0; r < est.rows.size(); ++r) {
    const Date from = date(est.at(r, "effective_from"));
    const std::string& team = est.at(r, "team_id");
    if (from <= kEnd && (!latest.count(team) || latest[team] < from)) {
      latest[team] = from;
      establishment[team] = std::stod(est.at(r, "budgeted_fte"));
    }
  }
  auto vacancy = [&](const std::string& t) {
    const double v = std::max(0.0, establishment[t] - permanent[t]);
    return v / (v + permanent[t]) * 100;
  };
  EXPECT_GT(vacancy(struggling), 25);
  EXPECT_LT(vacancy(healthy), 15);
  EXPECT_GT(agency[struggling], 0.0);
  EXPECT_GT(agency[struggling] / (agency[struggling] + permanent[struggling]),
            agency[healthy] / (agency[healthy] + permanent[healthy]));

  std::map<std::string, std::map<std::string, int>> statuses;  // team -> status -> visits
  const CsvTable& visits = demo["visits"];
  for (size_t r = 0; r < visits.rows.size(); ++r) {
    ++statuses[staff.at(visits.at(r, "staff_id")).team][visits.at(r, "status")];
  }
  auto share = [&](const std::string& t, const std::string& status) {
    int total = 0;
    for (const auto& [s, n] : statuses[t]) total += n;
    return double(statuses[t][status]) / total;
  };
  EXPECT_GT(share(struggling, "no_access"), 2 * share(healthy, "no_access"));
  EXPECT_GT(share(healthy, "completed"), 0.85);
  EXPECT_LT(share(struggling, "completed"), 0.8);
}

TEST(DemoRealismTest, VisitStatusesAreMostlyCompleted) {
  const auto& demo = defaultDemo();
  std::map<std::string, int> n;
  const CsvTable& visits = demo["visits"];
  for (size_t r = 0; r < visits.rows.size(); ++r) ++n[visits.at(r, "status")];
  const double total = double(visits.rows.size());
  EXPECT_NEAR(n["completed"] / total, 0.84, 0.05);
  EXPECT_NEAR(n["no_access"] / total, 0.07, 0.03);
  EXPECT_GT(total / demo["cases"].rows.size(), 5) << "several visits per case";
}

TEST(DemoRealismTest, SupervisionAndAbsencesIncludeTheAwkwardCases) {
  const auto& demo = defaultDemo();
  const CsvTable& sessions = demo["supervision"];
  int short_sessions = 0;
  for (size_t r = 0; r < sessions.rows.size(); ++r) short_sessions += std::stoi(sessions.at(r, "duration_minutes")) < 90;
  EXPECT_GT(short_sessions, 10);
  EXPECT_LT(short_sessions, int(sessions.rows.size()) / 4);

  const CsvTable& absences = demo["absences"];
  int given = 0, over_month_end = 0, over_christmas = 0;
  for (size_t r = 0; r < absences.rows.size(); ++r) {
    const Date start = date(absences.at(r, "start_date")), end = date(absences.at(r, "end_date"));
    given += !absences.at(r, "working_days_lost").empty();
    over_month_end += start.month() != end.month();
    const Date christmas = Date::fromCivil(start.year(), 12, 25);
    over_christmas += start <= christmas && christmas <= end;
  }
  EXPECT_GT(given, 0);
  EXPECT_LT(given, int(absences.rows.size()) / 2);
  EXPECT_GT(over_month_end, 5);
  EXPECT_GT(over_christmas, 0);
}

TEST(DemoRealismTest, SomeEstablishmentsChangeDuringThePeriod) {
  std::map<std::string, int> rows;
  for (const auto& row : defaultDemo()["establishment"].rows) ++rows[row[0]];
  EXPECT_EQ(rows.size(), 12u);
  int changed = 0;
  for (const auto& [team, n] : rows) changed += n > 1;
  EXPECT_GT(changed, 0);
}

}  // namespace
}  // namespace hc::demo
