#include "reports/report_model.h"

#include <gtest/gtest.h>

#include "sample_health_check.h"

namespace hc::reports {
namespace {

using metrics::Status;

TEST(ReportModelTest, EveryScopeGetsEveryAreaAndMetricInCatalogueOrder) {
  metrics::HealthCheck hc = testing::sampleHealthCheck();
  hc.scopes[1].areas[0].metrics.clear();  // the engine left a metric out
  const ReportModel model = buildReportModel(hc, {});
  ASSERT_EQ(model.scopes.size(), hc.scopes.size());
  for (const ScopeFigures& s : model.scopes) {
    ASSERT_EQ(s.areas.size(), size_t(metrics::kAreaCount));
    size_t total = 0;
    for (size_t a = 0; a < s.areas.size(); ++a) {
      EXPECT_EQ(s.areas[a].info, &metrics::areas()[a]);
      for (const MetricFigure& f : s.areas[a].metrics) {
        EXPECT_EQ(f.info, &metrics::catalogue()[total]) << s.id;
        ++total;
      }
    }
    EXPECT_EQ(total, size_t(metrics::kMetricCount));
  }
  EXPECT_EQ(model.council()->id, "council");
  EXPECT_EQ(model.services().size(), 2u);
  EXPECT_EQ(model.teams().size(), 4u);
}

TEST(ReportModelTest, CopiesFiguresAndRatesLastPeriodsAreaStatus) {
  metrics::HealthCheck hc = testing::sampleHealthCheck();
  testing::set(hc, "council", "vacancy_rate", 14.2, 25.0, Status::kAmber, 40);
  testing::set(hc, "council", "supervision_compliance", 95.0, 80.0, Status::kGreen, 30);
  hc.scopes[0].areas[0].status = Status::kAmber;
  const ReportModel model = buildReportModel(hc, {});
  const AreaFigures& workload = model.council()->areas[0];
  EXPECT_EQ(workload.status, Status::kAmber);
  EXPECT_EQ(*workload.metrics[0].value, 14.2);
  EXPECT_NEAR(*workload.metrics[0].change, -10.8, 1e-9);
  EXPECT_EQ(workload.metrics[0].n, 40);
  // Previous: vacancy 25 is red (> 20), supervision 80 amber: worst is red.
  EXPECT_EQ(workload.previous_status, Status::kRed);
  EXPECT_EQ(model.council()->areas[1].previous_status, Status::kNone);
}

TEST(ReportModelTest, ASuppressedFigureCarriesNoNumber) {
  metrics::HealthCheck hc = testing::sampleHealthCheck();
  testing::set(hc, "children", "lone_working_assessed", 50.0, 40.0, Status::kRed, 2);
  testing::figure(hc, "children", "lone_working_assessed").suppressed = true;
  const ReportModel model = buildReportModel(hc, {});
  const MetricFigure& f = model.scopes[1].areas[3].metrics[3];
  ASSERT_EQ(f.info->id, "lone_working_assessed");
  EXPECT_TRUE(f.suppressed);
  EXPECT_FALSE(f.value);
  EXPECT_FALSE(f.previous);
  EXPECT_FALSE(f.change);
}

TEST(ReportModelTest, RejectsUnknownIds) {
  metrics::HealthCheck hc = testing::sampleHealthCheck();
  hc.scopes[0].areas[0].metrics[0].id = "no_such_metric";
  EXPECT_THROW(buildReportModel(hc, {}), std::invalid_argument);
  ReportOptions options;
  options.national["no_such_metric"].england = 1;
  EXPECT_THROW(buildReportModel(testing::sampleHealthCheck(), options), std::invalid_argument);
}

TEST(ReportModelTest, NationalBenchmarksAreOptionalPerMetric) {
  ReportOptions options;
  options.national["vacancy_rate"].england = 9.1;
  options.national["vacancy_rate"].neighbours_median = 8.5;
  const ReportModel model = buildReportModel(testing::sampleHealthCheck(), options);
  ASSERT_TRUE(model.national[size_t(metrics::Metric::kVacancyRate)]);
  EXPECT_EQ(model.national[size_t(metrics::Metric::kVacancyRate)]->england, 9.1);
  EXPECT_EQ(model.national[size_t(metrics::Metric::kVacancyRate)]->neighbours_median, 8.5);
  EXPECT_FALSE(model.national[size_t(metrics::Metric::kAgencyRate)]);
}

TEST(ReportModelTest, TrendHasASeriesPerMetricForEveryScopeTeamsIncluded) {
  std::vector<metrics::HealthCheck> history;
  for (const char* p : {"2025-Q1", "2025-Q2", "2025-Q3"}) history.push_back(testing::sampleHealthCheck(p));
  testing::set(history[0], "council", "vacancy_rate", 10.0, std::nullopt, Status::kGreen, 1);
  testing::set(history[2], "adults", "vacancy_rate", 12.0, std::nullopt, Status::kAmber, 1);
  history[1].scopes.erase(history[1].scopes.begin() + 2);  // no adults in Q2
  const ReportModel model = buildReportModel(history.back(), {}, history);
  EXPECT_EQ(model.trend_periods, (std::vector<std::string>{"2025-Q1", "2025-Q2", "2025-Q3"}));
  ASSERT_EQ(model.trend.size(), size_t(metrics::kMetricCount) * 7);  // council, 2 services, 4 teams
  const TrendSeries& council = model.trend[0];
  EXPECT_EQ(council.scope_id, "council");
  EXPECT_EQ(council.info->id, "vacancy_rate");
  EXPECT_EQ(council.values, (std::vector<std::optional<double>>{10.0, std::nullopt, std::nullopt}));
  const TrendSeries& adults = model.trend[2];
  EXPECT_EQ(adults.scope_id, "adults");
  EXPECT_EQ(adults.values, (std::vector<std::optional<double>>{std::nullopt, std::nullopt, 12.0}));
  EXPECT_EQ(model.trend[3].scope_id, "T01");
  EXPECT_EQ(model.trend[3].level, metrics::Level::kTeam);
  EXPECT_EQ(model.trend[3].service, "children");
  EXPECT_EQ(model.trend[7].info->id, "agency_rate");
}

}  // namespace
}  // namespace hc::reports
