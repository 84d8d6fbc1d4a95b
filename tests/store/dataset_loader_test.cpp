#include "store/dataset_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "store/schema.h"
#include "store_test_util.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

using hc::testing::run;
using Values = std::vector<std::optional<std::string>>;
constexpr std::nullopt_t kNull = std::nullopt;

Date d(const char* iso) { return *Date::parse(iso); }

template <typename T, typename Key>
std::vector<std::string> ids(const std::vector<T>& records, Key key) {
  std::vector<std::string> out;
  for (const T& r : records) out.push_back(r.*key);
  std::sort(out.begin(), out.end());
  return out;
}

// A small council, with records just inside and just outside the window
// 2025-04-01 .. 2025-06-30.
class DatasetLoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    migrate(db());
    insert("teams (team_id, name, service, locality)", {"T1", "Adults North", "adults", "North"});
    insert("teams (team_id, name, service, locality)", {"T2", "Children \xE2\x80\x93 South", "Children", kNull});
    insert("staff (staff_id, team_id, role, employment, fte, start_date, end_date, qualified_date)",
           {"S1", "T1", "social_worker", "permanent", "0.8", "2020-01-06", kNull, "2019-07-01"});
    insert("staff (staff_id, team_id, role, employment, fte, start_date, end_date, qualified_date)",
           {"S2", "T2", "team_manager", "agency", "1", "2024-02-01", "2025-05-31", kNull});
    insert("establishment (team_id, effective_from, budgeted_fte)", {"T1", "2024-04-01", "12.5"});
    insert("holidays (date, name)", {"2025-05-05", "Early May"});
    // cases: open in window; closed before window (out); closed in window;
    // referred after window (out); closed before but assessed in window.
    const char* c = "cases (case_id, team_id, referral_date, assessment_completed_date, closed_date)";
    insert(c, {"C-open", "T1", "2023-01-10", "2023-02-01", kNull});
    insert(c, {"C-old", "T1", "2022-01-10", kNull, "2025-03-31"});
    insert(c, {"C-closing", "T2", "2024-11-01", kNull, "2025-04-01"});
    insert(c, {"C-future", "T2", "2025-07-01", kNull, kNull});
    insert(c, {"C-assessed", "T2", "2025-03-01", "2025-04-02", "2025-03-20"});
    const char* a = "allocations (allocation_id, case_id, staff_id, start_date, end_date)";
    insert(a, {"A-ancient", "C-open", "S1", "2023-01-12", "2023-06-30"});  // ended long before `from`
    insert(a, {"A-now", "C-open", "S1", "2024-01-01", kNull});
    insert(a, {"A-old", "C-old", "S1", "2022-02-01", "2025-03-31"});  // its case is not loaded
    const char* t = "transfers (transfer_id, case_id, from_team, to_team, requested_date, completed_date)";
    insert(t, {"X-pending", "C-open", "T1", "T2", "2025-01-05", kNull});
    insert(t, {"X-done-before", "C-open", "T1", "T2", "2025-01-05", "2025-03-31"});
    insert(t, {"X-done-in", "C-open", "T2", "T1", "2025-03-05", "2025-04-01"});
    insert(t, {"X-later", "C-open", "T2", "T1", "2025-07-01", kNull});
    // Visits are read as the monthly summaries the import keeps
    // (ingest/visit_summaries_test.cpp tests that they match the visits).
    const char* v = "visit_months (month, staff_id, status, visits, planned_minutes, actual_minutes, travel_minutes)";
    insert(v, {"2025-04-01", "S1", "completed", "2", "105", "95", "20"});
    insert(v, {"2025-06-01", "S1", "cancelled_by_service", "1", "30", "0", "0"});
    insert(v, {"2025-03-01", "S1", "completed", "1", "30", "30", "0"});  // the month before
    insert(v, {"2025-07-01", "S1", "completed", "1", "30", "30", "0"});  // the month after
    const char* s = "supervision (session_id, staff_id, supervisor_id, date, duration_minutes, kind)";
    insert(s, {"SU-in", "S1", "S2", "2025-06-30", "90", "individual"});
    insert(s, {"SU-group", "S1", kNull, "2025-04-01", "60", "group"});
    insert(s, {"SU-out", "S1", "S2", "2025-07-01", "90", "individual"});
    const char* ab = "absences (absence_id, staff_id, start_date, end_date, reason, working_days_lost)";
    insert(ab, {"AB-span", "S1", "2025-03-25", "2025-04-01", "stress", "4.5"});
    insert(ab, {"AB-in", "S2", "2025-05-01", "2025-05-02", "sickness", kNull});
    insert(ab, {"AB-out", "S1", "2025-03-01", "2025-03-31", "other", kNull});
    insert("team_meetings (meeting_id, team_id, date)", {"M-in", "T1", "2025-05-15"});
    insert("team_meetings (meeting_id, team_id, date)", {"M-out", "T1", "2025-03-15"});
    const char* r = "risk_assessments (assessment_id, staff_id, completed_date, kind)";
    insert(r, {"R-year", "S1", "2024-04-01", "lone_working"});  // exactly 365 days before from
    insert(r, {"R-older", "S1", "2024-03-31", "lone_working"});
    insert(r, {"R-in", "S2", "2025-06-01", "other"});
    const char* f = "feedback (feedback_id, team_id, date, kind, upheld, rating)";
    insert(f, {"F-complaint", "T1", "2025-04-10", "complaint", "1", kNull});
    insert(f, {"F-rating", "T2", "2025-06-10", "rating", kNull, "4"});
    insert(f, {"F-out", "T2", "2025-07-10", "compliment", kNull, kNull});
    const char* p = "care_packages (package_id, case_id, staff_id, assessed_date, need_band, weekly_cost)";
    insert(p, {"P-in", "C-open", "S1", "2025-05-20", "3", "412.75"});
    insert(p, {"P-out", "C-open", "S1", "2025-03-20", "2", "100"});
  }

  // `table_and_columns` is the test's own constant; values are bound.
  void insert(const std::string& table_and_columns, const Values& values) {
    std::string marks = "?";
    for (size_t i = 1; i < values.size(); ++i) marks += ", ?";
    run(db(), "INSERT INTO " + table_and_columns + " VALUES (" + marks + ")", values);
  }

  // The loader promises no order (storage order differs between engines),
  // so the test sorts each kind by its key before looking at rows by index.
  Dataset load() {
    Dataset ds = loadDataset(db(), d("2025-04-01"), d("2025-06-30"));
    byKey(ds.teams, [](const Team& r) { return r.team_id; });
    byKey(ds.staff, [](const Staff& r) { return r.staff_id; });
    byKey(ds.establishments, [](const Establishment& r) { return r.team_id + r.effective_from.iso(); });
    byKey(ds.holidays, [](const Holiday& r) { return r.date.iso(); });
    byKey(ds.cases, [](const Case& r) { return r.case_id; });
    byKey(ds.allocations, [](const Allocation& r) { return r.allocation_id; });
    byKey(ds.transfers, [](const Transfer& r) { return r.transfer_id; });
    byKey(ds.supervision, [](const Supervision& r) { return r.session_id; });
    byKey(ds.absences, [](const Absence& r) { return r.absence_id; });
    byKey(ds.team_meetings, [](const TeamMeeting& r) { return r.meeting_id; });
    byKey(ds.risk_assessments, [](const RiskAssessment& r) { return r.assessment_id; });
    byKey(ds.feedback, [](const Feedback& r) { return r.feedback_id; });
    byKey(ds.care_packages, [](const CarePackage& r) { return r.package_id; });
    return ds;
  }
  template <typename T, typename Key>
  static void byKey(std::vector<T>& rows, Key key) {
    std::sort(rows.begin(), rows.end(), [&](const T& a, const T& b) { return key(a) < key(b); });
  }
  Database& db() { return tdb_.db(); }

  hc::testing::TestDatabase tdb_;
};

TEST_F(DatasetLoaderTest, ReadsReferenceDataWithExactValues) {
  const Dataset ds = load();
  ASSERT_EQ(ds.teams.size(), 2u);
  EXPECT_EQ(ds.teams[0].team_id, "T1");
  EXPECT_EQ(ds.teams[0].name, "Adults North");
  EXPECT_EQ(ds.teams[0].service, Service::kAdults);
  EXPECT_EQ(ds.teams[0].locality, "North");
  EXPECT_EQ(ds.teams[1].name, "Children \xE2\x80\x93 South");
  EXPECT_EQ(ds.teams[1].service, Service::kChildren) << "enums parse case-insensitively";
  EXPECT_EQ(ds.teams[1].locality, "");

  ASSERT_EQ(ds.staff.size(), 2u);
  const Staff& s1 = ds.staff[0];
  EXPECT_EQ(s1.staff_id, "S1");
  EXPECT_EQ(s1.team_id, "T1");
  EXPECT_EQ(s1.role, Role::kSocialWorker);
  EXPECT_EQ(s1.employment, Employment::kPermanent);
  EXPECT_DOUBLE_EQ(s1.fte, 0.8);
  EXPECT_EQ(s1.start_date, d("2020-01-06"));
  EXPECT_FALSE(s1.end_date.has_value());
  EXPECT_EQ(s1.qualified_date, d("2019-07-01"));
  const Staff& s2 = ds.staff[1];
  EXPECT_EQ(s2.role, Role::kTeamManager);
  EXPECT_EQ(s2.employment, Employment::kAgency);
  EXPECT_EQ(s2.end_date, d("2025-05-31"));
  EXPECT_FALSE(s2.qualified_date.has_value());

  ASSERT_EQ(ds.establishments.size(), 1u);
  EXPECT_EQ(ds.establishments[0].team_id, "T1");
  EXPECT_EQ(ds.establishments[0].effective_from, d("2024-04-01"));
  EXPECT_DOUBLE_EQ(ds.establishments[0].budgeted_fte, 12.5);

  ASSERT_EQ(ds.holidays.size(), 1u) << "only the stored holidays";
  EXPECT_EQ(ds.holidays[0].date, d("2025-05-05"));
  EXPECT_EQ(ds.holidays[0].name, "Early May");
}

TEST_F(DatasetLoaderTest, LoadsCasesOfTheWindowWithAllTheirAllocations) {
  const Dataset ds = load();
  EXPECT_EQ(ids(ds.cases, &Case::case_id), (std::vector<std::string>{"C-assessed", "C-closing", "C-open"}));
  const Case& open = *std::find_if(ds.cases.begin(), ds.cases.end(), [](const Case& c) { return c.case_id == "C-open"; });
  EXPECT_EQ(open.team_id, "T1");
  EXPECT_EQ(open.referral_date, d("2023-01-10"));
  EXPECT_EQ(open.assessment_completed_date, d("2023-02-01"));
  EXPECT_FALSE(open.closed_date.has_value());

  EXPECT_EQ(ids(ds.allocations, &Allocation::allocation_id), (std::vector<std::string>{"A-ancient", "A-now"}))
      << "an allocation that ended before `from` is loaded with its case; one of an unloaded case is not";
  const Allocation& ancient = ds.allocations[0];
  EXPECT_EQ(ancient.case_id, "C-open");
  EXPECT_EQ(ancient.staff_id, "S1");
  EXPECT_EQ(ancient.start_date, d("2023-01-12"));
  EXPECT_EQ(ancient.end_date, d("2023-06-30"));
  EXPECT_FALSE(ds.allocations[1].end_date.has_value());
}

TEST_F(DatasetLoaderTest, LoadsTransfersPendingOrCompletedInTheWindow) {
  const Dataset ds = load();
  EXPECT_EQ(ids(ds.transfers, &Transfer::transfer_id), (std::vector<std::string>{"X-done-in", "X-pending"}));
  const Transfer& done = ds.transfers[0];
  EXPECT_EQ(done.case_id, "C-open");
  EXPECT_EQ(done.from_team, "T2");
  EXPECT_EQ(done.to_team, "T1");
  EXPECT_EQ(done.requested_date, d("2025-03-05"));
  EXPECT_EQ(done.completed_date, d("2025-04-01"));
}

TEST_F(DatasetLoaderTest, ReadsTheVisitSummariesOfTheWindowsMonths) {
  Dataset ds = load();
  byKey(ds.visit_months, [](const VisitMonth& r) { return r.month.iso(); });
  // March and July lie outside the window; S1's completed visits of April
  // and June's cancellation inside.
  ASSERT_EQ(ds.visit_months.size(), 2u);
  const VisitMonth& april = ds.visit_months[0];
  EXPECT_EQ(april.staff_id, "S1");
  EXPECT_EQ(april.month, d("2025-04-01"));
  EXPECT_EQ(april.status, VisitStatus::kCompleted);
  EXPECT_EQ(april.visits, 2);
  EXPECT_EQ(april.planned_minutes, 60 + 45);
  EXPECT_EQ(april.actual_minutes, 55 + 40);
  EXPECT_EQ(april.travel_minutes, 20);
  const VisitMonth& june = ds.visit_months[1];
  EXPECT_EQ(june.month, d("2025-06-01"));
  EXPECT_EQ(june.status, VisitStatus::kCancelledByService);
  EXPECT_EQ(june.visits, 1);
  EXPECT_EQ(june.planned_minutes, 30);
  EXPECT_EQ(june.actual_minutes, 0);
  EXPECT_EQ(june.travel_minutes, 0);
}

TEST_F(DatasetLoaderTest, LoadsEventsDatedInTheWindow) {
  const Dataset ds = load();
  ASSERT_EQ(ids(ds.supervision, &Supervision::session_id), (std::vector<std::string>{"SU-group", "SU-in"}));
  EXPECT_EQ(ds.supervision[0].kind, SupervisionKind::kGroup);
  EXPECT_FALSE(ds.supervision[0].supervisor_id.has_value());
  EXPECT_EQ(ds.supervision[1].supervisor_id, std::optional<std::string>("S2"));
  EXPECT_EQ(ds.supervision[1].date, d("2025-06-30"));
  EXPECT_EQ(ds.supervision[1].duration_minutes, 90);

  ASSERT_EQ(ids(ds.absences, &Absence::absence_id), (std::vector<std::string>{"AB-in", "AB-span"}));
  EXPECT_EQ(ds.absences[1].reason, AbsenceReason::kStress);
  EXPECT_EQ(ds.absences[1].start_date, d("2025-03-25"));
  EXPECT_EQ(ds.absences[1].end_date, d("2025-04-01"));
  EXPECT_EQ(ds.absences[1].working_days_lost, 4.5);
  EXPECT_FALSE(ds.absences[0].working_days_lost.has_value());

  EXPECT_EQ(ids(ds.team_meetings, &TeamMeeting::meeting_id), std::vector<std::string>{"M-in"});
  EXPECT_EQ(ds.team_meetings[0].date, d("2025-05-15"));

  EXPECT_EQ(ids(ds.risk_assessments, &RiskAssessment::assessment_id), (std::vector<std::string>{"R-in", "R-year"}))
      << "risk assessments reach back 365 days before `from`";
  EXPECT_EQ(ds.risk_assessments[0].kind, RiskAssessmentKind::kOther);
  EXPECT_EQ(ds.risk_assessments[1].kind, RiskAssessmentKind::kLoneWorking);

  ASSERT_EQ(ids(ds.feedback, &Feedback::feedback_id), (std::vector<std::string>{"F-complaint", "F-rating"}));
  EXPECT_EQ(ds.feedback[0].kind, FeedbackKind::kComplaint);
  EXPECT_EQ(ds.feedback[0].upheld, true);
  EXPECT_FALSE(ds.feedback[0].rating.has_value());
  EXPECT_EQ(ds.feedback[1].kind, FeedbackKind::kRating);
  EXPECT_FALSE(ds.feedback[1].upheld.has_value());
  EXPECT_EQ(ds.feedback[1].rating, 4);

  ASSERT_EQ(ids(ds.care_packages, &CarePackage::package_id), std::vector<std::string>{"P-in"});
  EXPECT_EQ(ds.care_packages[0].case_id, "C-open");
  EXPECT_EQ(ds.care_packages[0].staff_id, "S1");
  EXPECT_EQ(ds.care_packages[0].assessed_date, d("2025-05-20"));
  EXPECT_EQ(ds.care_packages[0].need_band, 3);
  EXPECT_DOUBLE_EQ(ds.care_packages[0].weekly_cost, 412.75);
}

TEST_F(DatasetLoaderTest, InvalidStoredValueIsReportedWithTheTable) {
  run(db(), "UPDATE teams SET service = ? WHERE team_id = ?", {"martian", "T1"});
  try {
    load();
    FAIL() << "an invalid service was loaded";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("teams"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("'martian'"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace hc::store
