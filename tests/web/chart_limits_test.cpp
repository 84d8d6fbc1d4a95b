// The signal charts' limits and key (issue 24, item 2, and item 1 as the
// funnel plot draws it): a process-control chart's limits stay inside what
// its measure can take, in the key, the text alternative and the lines; the
// lines are drawn at the figures the key names; every kind of mark drawn in
// a chart has its sample in the key; and the funnel plot of a team of 1 does
// not call it significantly different. Positions are read back from the
// SVG and mapped to values through the chart's own dots.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "metrics/catalogue.h"
#include "web/dashboard/dashboard_process_chart.h"

namespace hc::web {
namespace {

using dashboard::HistoryPoint;

std::vector<HistoryPoint> history(const std::vector<double>& values) {
  std::vector<HistoryPoint> points;
  for (size_t i = 0; i < values.size(); ++i) points.push_back({"2025-Q" + std::to_string(i % 4 + 1), values[i]});
  return points;
}

std::string chartOf(const char* metric, const std::vector<double>& values) {
  return dashboard::processChartHtml("spc-t", *metrics::findMetric(metric), history(values)).str();
}

// The chart's plot and its key (the part from <g class="hc-key">).
struct Parts {
  std::string plot, key;
};
Parts split(const std::string& html) {
  const size_t at = html.find("<g class=\"hc-key\">");
  if (at == std::string::npos) return {html, ""};
  return {html.substr(0, at), html.substr(at)};
}

std::vector<double> all(const std::string& s, const std::regex& re) {
  std::vector<double> out;
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back(std::stod((*it)[1]));
  return out;
}

// The heights of the plain dots (the figures that are no special cause).
std::vector<double> dotYs(const std::string& plot) {
  return all(plot, std::regex("<circle cx=\"[-0-9.]+\" cy=\"([-0-9.]+)\" r=\"3.5\""));
}
// The heights of the dashed process limits drawn in the plot.
std::vector<double> limitYs(const std::string& plot) {
  return all(plot, std::regex("<line x1=\"[-0-9.]+\" y1=\"([-0-9.]+)\"[^>]*stroke-dasharray=\"6 4\""));
}
// The fills of the diamonds (special causes, or teams beyond the limits).
std::set<std::string> diamondFills(const std::string& s) {
  std::set<std::string> out;
  const std::regex re("<path d=\"M[-0-9. L]+Z\" fill=\"(#[0-9a-f]+)\"");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it) out.insert((*it)[1]);
  return out;
}

// A value at height y, on the line through (y0, v0) and (y1, v1).
double valueAt(double y, double y0, double v0, double y1, double v1) { return v0 + (y - y0) / (y1 - y0) * (v1 - v0); }

// The value at height y by the value axis: its first and last grid lines
// and their labels ("25%", "0.5", "1,000").
double axisValueAt(const std::string& plot, double y) {
  const size_t at = plot.find("<g class=\"hc-y-axis\">");
  const std::string axis = plot.substr(at, plot.find("</g>", at) - at);
  std::vector<std::pair<double, double>> ticks;
  const std::regex tick("<line x1=\"[-0-9.]+\" y1=\"([-0-9.]+)\"[^>]*/><text[^>]*>([^<]+)</text>");
  for (auto it = std::sregex_iterator(axis.begin(), axis.end(), tick); it != std::sregex_iterator(); ++it) {
    std::string label = (*it)[2];
    label.erase(std::remove_if(label.begin(), label.end(), [](char c) { return c == '%' || c == ','; }), label.end());
    ticks.emplace_back(std::stod((*it)[1]), std::stod(label));
  }
  if (ticks.size() < 2) {
    ADD_FAILURE() << "no value axis in " << plot;
    return 0;
  }
  return valueAt(y, ticks.front().first, ticks.front().second, ticks.back().first, ticks.back().second);
}

TEST(ChartLimitsTest, AShareSLimitsStopAtZeroAndOneHundredInTheKeyTheWordsAndTheLines) {
  // Stress share 10%, 60%, ...: m 35, MR 50, 35 +- 2.66 x 50 = -98% .. 168%
  // (the 192.5% and -70.0%): no share reaches those. Cut to 0 .. 100.
  const std::string html = chartOf("stress_share", {10, 60, 10, 60, 10, 60, 10, 60});
  EXPECT_NE(html.find(">Upper limit 100.0%</text>"), std::string::npos) << html;
  EXPECT_NE(html.find(">Lower limit 0.0%</text>"), std::string::npos);
  EXPECT_NE(html.find("Mean 35.0%; process limits 0.0% to 100.0%."), std::string::npos);
  EXPECT_EQ(html.find("168.0%"), std::string::npos);
  EXPECT_EQ(html.find("-98.0%"), std::string::npos);
  // The lines at 100% and 0%, read through the dots at 10% and 60%.
  const Parts parts = split(html);
  const std::vector<double> dots = dotYs(parts.plot), lines = limitYs(parts.plot);
  ASSERT_EQ(dots.size(), 8u) << html;
  ASSERT_EQ(lines.size(), 2u) << html;
  EXPECT_NEAR(valueAt(lines[0], dots[0], 10, dots[1], 60), 100, 0.2);
  EXPECT_NEAR(valueAt(lines[1], dots[0], 10, dots[1], 60), 0, 0.2);
}

TEST(ChartLimitsTest, ACountSLinesAreDrawnWhereTheKeySays) {
  // Transfers pending 0, 0, 0, 1, 0, 0, 0, 0: m 1/8, MR 2/7, limits 0.125 +-
  // 0.760 = -0.635 .. 0.885. A count stops at 0; the key says the upper
  // 0.885 as 0.9, not as the whole 1 the line is not drawn at.
  const std::string html = chartOf("transfers_pending", {0, 0, 0, 1, 0, 0, 0, 0});
  EXPECT_NE(html.find(">Upper limit 0.9</text>"), std::string::npos) << html;
  EXPECT_NE(html.find(">Lower limit 0.0</text>"), std::string::npos);
  EXPECT_NE(html.find("process limits 0.0 to 0.9."), std::string::npos);
  const Parts parts = split(html);
  const std::vector<double> lines = limitYs(parts.plot);
  ASSERT_EQ(lines.size(), 2u) << html;
  // Within the key's rounding (0.05) of what it says, by the value axis.
  EXPECT_NEAR(axisValueAt(parts.plot, lines[0]), 0.9, 0.05) << html;
  EXPECT_NEAR(axisValueAt(parts.plot, lines[1]), 0.0, 0.05);
}

TEST(ChartLimitsTest, DaysDoNotGoBelowZero) {
  // Median wait 40, 2, ...: m 21, MR 38, lower 21 - 101.1 = -80.1 days.
  const std::string html = chartOf("unallocated_median_days", {40, 2, 40, 2, 40, 2, 40, 2});
  EXPECT_NE(html.find(">Lower limit 0.0 days</text>"), std::string::npos) << html;
  EXPECT_NE(html.find(">Upper limit 122.1 days</text>"), std::string::npos);
}

TEST(ChartLimitsTest, EveryKindOfSpecialCauseDrawnIsInTheKey) {
  // Vacancy rate 5% x 7 then 1%: m 4.5, MR 4/7, lower 4.5 - 1.52 = 2.98.
  // The latest 1% is below it, the better way (blue); the seven 5%s are a
  // run above the mean, the worse way (orange). Both are in the key.
  const std::string html = chartOf("vacancy_rate", {5, 5, 5, 5, 5, 5, 5, 1});
  const Parts parts = split(html);
  const std::set<std::string> drawn = diamondFills(parts.plot), keyed = diamondFills(parts.key);
  EXPECT_EQ(drawn, (std::set<std::string>{"#1d70b8", "#b54100"})) << html;
  EXPECT_EQ(keyed, drawn);
  EXPECT_NE(parts.key.find(">Special cause, getting worse</text>"), std::string::npos) << parts.key;
  EXPECT_NE(parts.key.find(">Special cause, improving</text>"), std::string::npos);
  // Only what is drawn: 5%, 6%, ... is common-cause variation (m 5.5, MR
  // 1, limits 2.84 .. 8.16, no run), so no diamond, and none in the key.
  const Parts none = split(chartOf("vacancy_rate", {5, 6, 5, 6, 5, 6, 5, 6}));
  EXPECT_TRUE(diamondFills(none.plot).empty()) << none.plot;
  EXPECT_TRUE(diamondFills(none.key).empty()) << none.key;
  EXPECT_EQ(none.key.find("Special cause"), std::string::npos);
}

TEST(ChartLimitsTest, DotsWithoutALatestFigureAreStillInTheKey) {
  // No figure for the latest period: no limits, but the earlier dots are drawn.
  const std::string html = dashboard::processChartHtml(
      "spc-g", *metrics::findMetric("vacancy_rate"), {{"2026-Q1", 5.0}, {"2026-Q2", 6.0}, {"2026-Q3", std::nullopt}}).str();
  const Parts parts = split(html);
  EXPECT_EQ(dotYs(parts.plot).size(), 2u) << html;
  EXPECT_NE(parts.key.find("<circle"), std::string::npos) << html;
  EXPECT_NE(parts.key.find(">Earlier figures</text>"), std::string::npos);
}

TEST(ChartLimitsTest, TheFunnelPlotKeysItsMarksAndLeavesATeamOfOneAlone) {
  // Complaints upheld against a council at 9.1%: Alpha 1 of 1 (chance 9.1%)
  // is within the limits; Bravo 4 of 5 (chance 0.03%, beyond the exact
  // limit of 70%) is significantly worse; Charlie is close to the council.
  const std::string html = dashboard::funnelPlotHtml("funnel-c", *metrics::findMetric("complaints_upheld_rate"), 9.1,
                                                     {{"Alpha", 100, 1}, {"Bravo", 80, 5}, {"Charlie", 10, 50}}).str();
  EXPECT_NE(html.find("Alpha: 100.0% of 1, within the limits"), std::string::npos) << html;
  EXPECT_NE(html.find("Bravo: 80.0% of 5, significantly worse than the council"), std::string::npos);
  const Parts parts = split(html);
  EXPECT_EQ(diamondFills(parts.plot), (std::set<std::string>{"#b54100"}));
  EXPECT_EQ(diamondFills(parts.key), diamondFills(parts.plot));
  EXPECT_NE(parts.key.find(">Significantly worse</text>"), std::string::npos) << parts.key;
  EXPECT_NE(parts.key.find(">A team within the limits</text>"), std::string::npos);
  EXPECT_NE(parts.key.find("<circle"), std::string::npos) << "the teams' dots have a sample";
  EXPECT_EQ(parts.key.find("Significantly better"), std::string::npos);
  // The 99.8% upper curve passes through each team's own n: at Bravo's, 70%
  // lies below Bravo's 80% (a larger y), at Alpha's it is 100%, Alpha's own.
  std::smatch curve;
  ASSERT_TRUE(std::regex_search(parts.plot, curve, std::regex("<path d=\"(M[^\"]+)\" clip-path=\"[^\"]+\" fill=\"none\" "
                                                              "stroke=\"#0b0c0c\" stroke-width=\"1.5\" "
                                                              "stroke-dasharray=\"8 4\"")));
  std::vector<std::pair<double, double>> vertices;
  const std::string d = curve[1];
  const std::regex vertex("[ML]([-0-9.]+) ([-0-9.]+)");
  for (auto it = std::sregex_iterator(d.begin(), d.end(), vertex); it != std::sregex_iterator(); ++it)
    vertices.emplace_back(std::stod((*it)[1]), std::stod((*it)[2]));
  std::smatch alpha, bravo;
  ASSERT_TRUE(std::regex_search(parts.plot, alpha, std::regex("Alpha[^<]*</title><circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"")));
  ASSERT_TRUE(std::regex_search(parts.plot, bravo, std::regex("Bravo[^<]*</title><path d=\"M([-0-9.]+) ([-0-9.]+) ")));
  auto curveAt = [&](double x) {
    for (const auto& [vx, vy] : vertices)
      if (std::abs(vx - x) < 0.06) return vy;
    ADD_FAILURE() << "no vertex at x " << x << " in " << d;
    return 0.0;
  };
  EXPECT_NEAR(curveAt(std::stod(alpha[1])), std::stod(alpha[2]), 0.06);
  EXPECT_GT(curveAt(std::stod(bravo[1])), std::stod(bravo[2]) + 7);  // a diamond's centre is 7 below its top
}

}  // namespace
}  // namespace hc::web
