// Thresholds: the shipped file, load-time validation messages, and status
// boundaries.
#include "metrics/thresholds.h"

#include <gtest/gtest.h>


#include "metrics/status.h"

namespace hc::metrics {
namespace {

std::vector<std::string> errorsOf(const std::string& text) {
  std::vector<std::string> errors;
  EXPECT_FALSE(Thresholds::parse(text, "thresholds.csv", &errors)) << text;
  return errors;
}

TEST(ThresholdsTest, HeadlineDefaultsAreThoseOfMetricsMd) {
  const Thresholds t = Thresholds::defaults();
  EXPECT_EQ(t.limits("vacancy_rate")->green, 10);
  EXPECT_EQ(t.limits("vacancy_rate")->amber, 20);
  EXPECT_EQ(t.limits("turnover_rate")->green, 12);
  EXPECT_EQ(t.limits("turnover_rate")->amber, 18);
  EXPECT_EQ(t.limits("supervision_compliance")->green, 90);
  EXPECT_EQ(t.limits("supervision_compliance")->amber, 75);
  EXPECT_EQ(t.limits("direct_time_share")->green, 33);
  EXPECT_EQ(t.limits("survey_wellbeing")->amber, 51);
  EXPECT_FALSE(t.limits("no_such_metric"));
}

TEST(ThresholdsTest, ParsesOverTheDefaultsWithCommentsHeaderAndBlankLines) {
  std::vector<std::string> errors;
  const auto t = Thresholds::parse("# mine\nid,green,amber\n\ncaseload_avg, 15 , 18.5\r\n", "x.csv", &errors);
  ASSERT_TRUE(t) << (errors.empty() ? "" : errors[0]);
  EXPECT_EQ(t->limits("caseload_avg")->green, 15);
  EXPECT_EQ(t->limits("caseload_avg")->amber, 18.5);
  EXPECT_EQ(t->limits("vacancy_rate")->green, 10);  // left out: default kept
}

TEST(ThresholdsTest, GreenWorseThanAmberNamesFileLineAndDirection) {
  const auto e = errorsOf("id,green,amber\n#\n#\n#\n#\n#\ncaseload_avg,22,20\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0], "thresholds.csv:7: caseload_avg: green limit 22 is worse than amber limit 20 (lower is better)");
  const auto higher = errorsOf("supervision_compliance,70,75\n");
  ASSERT_EQ(higher.size(), 1u);
  EXPECT_EQ(higher[0],
            "thresholds.csv:1: supervision_compliance: green limit 70 is worse than amber limit 75 (higher is better)");
}

TEST(ThresholdsTest, EqualLimitsAreAllowed) {
  std::vector<std::string> errors;
  EXPECT_TRUE(Thresholds::parse("caseload_avg,20,20\n", "t.csv", &errors));
}

TEST(ThresholdsTest, UnknownId) {
  const auto e = errorsOf("id,green,amber\nvacancy_rte,10,20\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0], "thresholds.csv:2: vacancy_rte: unknown metric id");
}

TEST(ThresholdsTest, MalformedNumbers) {
  const auto e = errorsOf("vacancy_rate,ten,20\nagency_rate,10,\nturnover_rate,12,nan\n");
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0], "thresholds.csv:1: vacancy_rate: green limit \"ten\" is not a number");
  EXPECT_EQ(e[1], "thresholds.csv:2: agency_rate: amber limit \"\" is not a number");
  EXPECT_EQ(e[2], "thresholds.csv:3: turnover_rate: amber limit \"nan\" is not a number");
}

TEST(ThresholdsTest, DuplicateIdPointsAtTheFirst) {
  const auto e = errorsOf("vacancy_rate,10,20\nagency_rate,10,20\nvacancy_rate,5,20\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0], "thresholds.csv:3: vacancy_rate: duplicate id (first set on line 1)");
}

TEST(ThresholdsTest, WrongFieldCount) {
  const auto e = errorsOf("vacancy_rate,10\n");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0], "thresholds.csv:1: expected 3 fields (id,green,amber), found 2");
}

TEST(ThresholdsTest, EveryBadLineIsReported) {
  EXPECT_EQ(errorsOf("x,1,2\ny,1,2\ncaseload_avg,30,20\n").size(), 3u);
}

TEST(StatusTest, LowerIsBetterBoundariesBelongToTheBetterStatus) {
  const Thresholds t = Thresholds::defaults();  // caseload_avg: green <= 16, amber <= 20
  EXPECT_EQ(rate(Metric::kCaseloadAvg, 0, t), Status::kGreen);
  EXPECT_EQ(rate(Metric::kCaseloadAvg, 16, t), Status::kGreen);
  EXPECT_EQ(rate(Metric::kCaseloadAvg, 16.0001, t), Status::kAmber);
  EXPECT_EQ(rate(Metric::kCaseloadAvg, 20, t), Status::kAmber);
  EXPECT_EQ(rate(Metric::kCaseloadAvg, 20.0001, t), Status::kRed);
}

TEST(StatusTest, HigherIsBetterBoundariesBelongToTheBetterStatus) {
  const Thresholds t = Thresholds::defaults();  // supervision_compliance: green >= 90, amber >= 75
  EXPECT_EQ(rate(Metric::kSupervisionCompliance, 100, t), Status::kGreen);
  EXPECT_EQ(rate(Metric::kSupervisionCompliance, 90, t), Status::kGreen);
  EXPECT_EQ(rate(Metric::kSupervisionCompliance, 89.99, t), Status::kAmber);
  EXPECT_EQ(rate(Metric::kSupervisionCompliance, 75, t), Status::kAmber);
  EXPECT_EQ(rate(Metric::kSupervisionCompliance, 74.99, t), Status::kRed);
}

// Sums and means can land a hair beside a limit the exact figure meets;
// such a value is at the limit, and anything further off is not.
TEST(StatusTest, AValueAHairBesideALimitIsAtTheLimit) {
  const Thresholds t = Thresholds::defaults();  // vacancy_rate: green <= 10; survey_*: green >= 75
  EXPECT_EQ(rate(Metric::kVacancyRate, 1.0 / 10 * 100, t), Status::kGreen) << "10.000000000000002";
  EXPECT_EQ(rate(Metric::kVacancyRate, 10.000001, t), Status::kAmber);
  EXPECT_EQ(rate(Metric::kSurveyTools, 74.99999999999999, t), Status::kGreen);
  EXPECT_EQ(rate(Metric::kSurveyTools, 74.9999, t), Status::kAmber);
}

TEST(StatusTest, WorseIgnoresNone) {
  EXPECT_EQ(worse(Status::kGreen, Status::kAmber), Status::kAmber);
  EXPECT_EQ(worse(Status::kRed, Status::kAmber), Status::kRed);
  EXPECT_EQ(worse(Status::kNone, Status::kGreen), Status::kGreen);
  EXPECT_EQ(worse(Status::kNone, Status::kNone), Status::kNone);
  EXPECT_STREQ(statusName(Status::kAmber), "amber");
  EXPECT_STREQ(statusName(Status::kNone), "");
}

}  // namespace
}  // namespace hc::metrics
