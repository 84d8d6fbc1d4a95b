// The dashboard's pure parts: the default period, query strings, the cell
// text, the trend chart's text alternative and the status stylesheet.
#include <gtest/gtest.h>

#include "reports/status_style.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_query.h"
#include "web/dashboard/dashboard_trend_chart.h"

namespace hc::web {
namespace {

TEST(DashboardQueryTest, DefaultIsTheLatestCompleteQuarter) {
  EXPECT_EQ(dashboard::defaultPeriod(Date::fromCivil(2026, 9, 30)).label, "2026-Q3");
  EXPECT_EQ(dashboard::defaultPeriod(Date::fromCivil(2026, 9, 29)).label, "2026-Q2") << "2026-Q3 is not complete";
  EXPECT_EQ(dashboard::defaultPeriod(Date::fromCivil(2026, 8, 31)).label, "2026-Q2");
  EXPECT_EQ(dashboard::defaultPeriod(Date::fromCivil(2026, 1, 15)).label, "2025-Q4");
  const auto quarters = dashboard::recentQuarters(Date::fromCivil(2026, 9, 30), 8);
  ASSERT_EQ(quarters.size(), 8u);
  EXPECT_EQ(quarters.front().label, "2026-Q3");
  EXPECT_EQ(quarters.back().label, "2024-Q4");
}

TEST(DashboardQueryTest, QueryStringsAreEncodedAndKeepEveryFilter) {
  http::Request r;
  r.query = {{"period", "2026/27"}, {"service", "children"}, {"locality", "North & East"}};
  std::string error;
  auto q = dashboard::parseDashboardQuery(r, std::nullopt, &error);
  ASSERT_TRUE(q) << error;
  EXPECT_EQ(q->queryString(), "?period=2026%2F27&service=children&locality=North%20%26%20East");
  EXPECT_EQ(q->withPeriod(*metrics::Period::parse("2026-07")).queryString(),
            "?period=2026-07&service=children&locality=North%20%26%20East");
  r.query = {{"period", "2026-13"}};
  EXPECT_FALSE(dashboard::parseDashboardQuery(r, std::nullopt, &error));
  EXPECT_FALSE(error.empty());
}

TEST(DashboardFormatTest, CellNamesStatusAndWorstMetricInWords) {
  metrics::AreaResult area;
  area.id = "workload";
  area.status = metrics::Status::kRed;
  area.metrics = {{"vacancy_rate", 12.0, 10, metrics::Status::kAmber},
                  {"agency_rate", 30.0, 10, metrics::Status::kRed}};
  EXPECT_EQ(dashboard::cellText(area), "Red: agency rate");
  area.status = metrics::Status::kGreen;
  EXPECT_EQ(dashboard::cellText(area), "Green");
  area.status = metrics::Status::kNone;
  EXPECT_EQ(dashboard::cellText(area), "No rating");
}

TEST(DashboardTrendChartTest, HasATextAlternativeAndGapsForMissingFigures) {
  const std::string html = dashboard::trendChartHtml(
      "trend-x", "Vacancy rate <last 3>", metrics::Unit::kPercent,
      {{"2026-Q1", 10.0}, {"2026-Q2", std::nullopt}, {"2026-Q3", 12.5}}).str();
  EXPECT_NE(html.find("role=\"img\""), std::string::npos);
  EXPECT_NE(html.find("<title id=\"trend-x-title\">Vacancy rate &lt;last 3&gt;</title>"), std::string::npos);
  EXPECT_NE(html.find("2026-Q1: 10.0%; 2026-Q2: no figure; 2026-Q3: 12.5%"), std::string::npos);
  EXPECT_NE(html.find("<li>2026-Q3: 12.5%</li>"), std::string::npos);
  // Two separate points, never a line across the gap.
  EXPECT_EQ(html.find(" L"), std::string::npos);
}

TEST(DashboardTrendChartTest, BenchmarksAreDashedLinesWithTextAlternatives) {
  using Kind = reports::Comparator::Kind;
  const std::vector<reports::Comparator> y2025 = {{Kind::kEngland, "England", 14.2},
                                                  {Kind::kRegion, "North East", 8.9}};
  const std::string html = dashboard::trendChartHtml(
      "trend-v", "Vacancy rate", metrics::Unit::kPercent,
      {{"2026-Q1", 10.0, {{Kind::kEngland, "England", 16.1}}}, {"2026-Q2", 11.0, y2025}, {"2026-Q3", 12.0, y2025}}).str();
  // One line per comparator, each with a title naming it.
  EXPECT_NE(html.find("<g class=\"hc-benchmark hc-benchmark--England\"><title>England, the DfE&#39;s published figure "
                      "(dashed line)</title>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<g class=\"hc-benchmark hc-benchmark--region\"><title>North East,"), std::string::npos);
  EXPECT_EQ(html.find("hc-benchmark--neighbours"), std::string::npos);  // none published
  // In words, per period, for the description and the hidden list.
  EXPECT_NE(html.find("2026-Q1: 10.0% (England 16.1%); 2026-Q2: 11.0% (England 14.2%, North East 8.9%)"),
            std::string::npos);
  EXPECT_NE(html.find("<li>2026-Q3: 12.0% (England 14.2%, North East 8.9%)</li>"), std::string::npos);
  // The highest comparator (16.1) sets the top of the frame (y = 4).
  EXPECT_NE(html.find("M0.0 4.0 L42.0 4.0"), std::string::npos) << html;
}

TEST(DashboardFormatTest, StylesheetUsesTheReportsStatusColours) {
  const std::string css = dashboard::stylesheet();
  for (auto s : {metrics::Status::kRed, metrics::Status::kAmber, metrics::Status::kGreen, metrics::Status::kNone}) {
    const auto c = reports::statusColours(s);
    EXPECT_NE(css.find(std::string(".hc-status--") + dashboard::statusKey(s) + "{color:" +
                       reports::cssColour(c.text) + ";background-color:" + reports::cssColour(c.background)),
              std::string::npos);
    EXPECT_GE(reports::contrastRatio(c.text, c.background), 4.5);
  }
}

}  // namespace
}  // namespace hc::web
