// The funnel plot's vertical scale: it fits the teams' figures and the
// limits where they are narrowest, so the points spread over the plot
// instead of crowding one edge, and the limits' wide mouth (small n) is cut
// at the plot's edge rather than setting the scale. Its axes, and the
// process-control chart's, are marked with round values where the data
// put them: a scale that need not start at 0 can be read.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "metrics/signals.h"
#include "web/dashboard/chart_frame.h"
#include "web/dashboard/dashboard_process_chart.h"

namespace hc::web {
namespace {

using dashboard::FunnelPoint;

// Visits completed as the demo council has them: most teams near the
// council's 82.5%, one large team far below.
const std::vector<FunnelPoint> kTeams = {
    {"Alpha", 90.1, 300}, {"Bravo", 88.0, 250}, {"Charlie", 86.0, 400}, {"Delta", 71.0, 1492}};

struct Plot {
  double left, top, width, height;
  std::vector<double> xs, ys;  // the points' centres
};

// The plot area (its clip rectangle) and the centre of each point's mark:
// a circle, or a diamond drawn from its top corner 7 units above.
Plot plotOf(const std::string& html) {
  Plot p{};
  std::smatch m;
  if (std::regex_search(html, m, std::regex("<clipPath id=\"[^\"]+\"><rect x=\"([-0-9.]+)\" y=\"([-0-9.]+)\" "
                                            "width=\"([-0-9.]+)\" height=\"([-0-9.]+)\"")))
    p.left = std::stod(m[1]), p.top = std::stod(m[2]), p.width = std::stod(m[3]), p.height = std::stod(m[4]);
  const std::regex mark("</title>(?:<circle cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\"|<path d=\"M([-0-9.]+) ([-0-9.]+) )");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), mark); it != std::sregex_iterator(); ++it) {
    const bool dot = (*it)[1].matched;
    p.xs.push_back(std::stod((*it)[dot ? 1 : 3]));
    p.ys.push_back(dot ? std::stod((*it)[2]) : std::stod((*it)[4]) + 7);
  }
  return p;
}

TEST(FunnelScaleTest, SpansThePointsAndTheLimitsAtTheLargestNNotTheMouth) {
  const dashboard::FunnelRange r = dashboard::funnelRange(82.5, kTeams);
  EXPECT_DOUBLE_EQ(r.lo, 71.0);  // Delta, below its 99.8% limit
  EXPECT_DOUBLE_EQ(r.hi, 90.1);  // Alpha
  // Teams close to the council: the 99.8% limits at n = 1000 set the scale,
  // so both pairs of limits show at the plot's right.
  const auto limits = metrics::funnelLimits(82.5, 1000);
  ASSERT_TRUE(limits);
  const dashboard::FunnelRange close = dashboard::funnelRange(82.5, {{"Echo", 82.0, 1000}, {"Foxtrot", 83.0, 900}});
  EXPECT_DOUBLE_EQ(close.lo, limits->lower);
  EXPECT_DOUBLE_EQ(close.hi, limits->upper);
  // The mouth at n = 5 (what the scale used to span) is far wider.
  const auto mouth = metrics::funnelLimits(82.5, 5);
  ASSERT_TRUE(mouth);
  EXPECT_GT(mouth->upper - mouth->lower, 3 * (r.hi - r.lo));
}

TEST(FunnelScaleTest, PointsSpreadOverMostOfThePlot) {
  const std::string html = dashboard::funnelPlotHtml("funnel-v", *metrics::findMetric("visit_completion_rate"), 82.5, kTeams).str();
  const Plot p = plotOf(html);
  ASSERT_GT(p.height, 0) << html;
  ASSERT_EQ(p.ys.size(), kTeams.size()) << html;
  const auto [lo, hi] = std::minmax_element(p.ys.begin(), p.ys.end());
  for (double y : p.ys) {
    EXPECT_GE(y, p.top);
    EXPECT_LE(y, p.top + p.height);
  }
  // A margin of 8% of the range each side leaves the points 1/1.16 of it.
  EXPECT_GE(*hi - *lo, 0.8 * p.height);
  EXPECT_LE(*hi - *lo, 0.9 * p.height);  // not on the plot's very edges
}

TEST(FunnelScaleTest, TheLimitsAreCutAtThePlotsEdgeAndShowAtItsRight) {
  const std::string html = dashboard::funnelPlotHtml("funnel-v", *metrics::findMetric("visit_completion_rate"), 82.5,
                                                     {{"Echo", 82.0, 1000}, {"Foxtrot", 83.0, 900}}).str();
  const Plot p = plotOf(html);
  ASSERT_GT(p.height, 0) << html;
  // Four limit curves (95% and 99.8%, above and below), each clipped.
  const std::regex curve("<path d=\"M[^\"]* L([-0-9.]+) ([-0-9.]+)\" clip-path=\"url\\(#funnel-v-plot\\)\"");
  int curves = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), curve); it != std::sregex_iterator(); ++it, ++curves) {
    // The last sample (the largest n) lies inside the plot.
    const double y = std::stod((*it)[2]);
    EXPECT_GE(y, p.top);
    EXPECT_LE(y, p.top + p.height);
  }
  EXPECT_EQ(curves, 4);
}

// A tick of an axis group (<g class="hc-y-axis"> or "hc-x-axis"): its line
// (a grid line or a tick mark) and its label.
struct Tick {
  double x1, y1, x2, y2;  // the line
  double x, y;            // the label's anchor
  std::string text;
};

std::vector<Tick> ticksIn(const std::string& html, const std::string& group) {
  std::vector<Tick> out;
  const size_t from = html.find("<g class=\"" + group + "\">");
  if (from == std::string::npos) return out;
  const std::string g = html.substr(from, html.find("</g>", from) - from);
  const std::regex tick("<line x1=\"([-0-9.]+)\" y1=\"([-0-9.]+)\" x2=\"([-0-9.]+)\" y2=\"([-0-9.]+)\"[^>]*/>"
                        "<text(?: class=\"hc-tick\")? x=\"([-0-9.]+)\" y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(g.begin(), g.end(), tick); it != std::sregex_iterator(); ++it) {
    const auto& m = *it;
    out.push_back({std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), std::stod(m[5]), std::stod(m[6]),
                   m[7]});
  }
  return out;
}

std::vector<std::string> textsOf(const std::vector<Tick>& ticks) {
  std::vector<std::string> out;
  for (const auto& t : ticks) out.push_back(t.text);
  return out;
}

// "1,500" and "75%" as numbers.
double valueOf(std::string text) {
  text.erase(std::remove_if(text.begin(), text.end(), [](char c) { return c == ',' || c == '%'; }), text.end());
  return std::stod(text);
}

// Where the straight line through (v1, at1) and (v2, at2) puts v.
double along(double v, double v1, double at1, double v2, double at2) { return at1 + (v - v1) * (at2 - at1) / (v2 - v1); }

TEST(ChartAxesTest, TheFunnelsValueAxisMarksRoundValuesWhereThePointsSayTheyLie) {
  const std::string html = dashboard::funnelPlotHtml("funnel-v", *metrics::findMetric("visit_completion_rate"), 82.5, kTeams).str();
  const Plot p = plotOf(html);
  ASSERT_EQ(p.ys.size(), 4u) << html;
  const auto ticks = ticksIn(html, "hc-y-axis");
  // The scale spans 69.5% to 91.6%: marked every 5%.
  EXPECT_EQ(textsOf(ticks), (std::vector<std::string>{"70%", "75%", "80%", "85%", "90%"})) << html;
  for (size_t i = 0; i < ticks.size(); ++i) {
    const Tick& t = ticks[i];
    // A grid line across the plot at the height Alpha (90.1%) and Delta
    // (71.0%) put the value at.
    EXPECT_NEAR(t.y1, along(valueOf(t.text), 90.1, p.ys[0], 71.0, p.ys[3]), 0.15) << t.text;
    EXPECT_EQ(t.y2, t.y1);
    EXPECT_EQ(t.x1, p.left);
    EXPECT_EQ(t.x2, p.left + p.width);
    // The label left of the plot, its middle on the line (the baseline a
    // third of an em below), inside the chart.
    EXPECT_LT(t.x, p.left);
    EXPECT_GE(t.x - 40, 0) << "room for \"" << t.text << "\" right-aligned at " << t.x;
    EXPECT_GT(t.y - t.y1, 3);
    EXPECT_LT(t.y - t.y1, 7);
    // Rising upwards, far enough apart for 15-unit text.
    if (i > 0) {
      EXPECT_GE(ticks[i - 1].y1 - t.y1, 18);
    }
  }
  // The scale in words: it does not start at 0.
  EXPECT_NE(html.find("The vertical scale runs from 69.5% to 91.6%; n (visits scheduled) from 0 to 1492."),
            std::string::npos);
}

TEST(ChartAxesTest, TheFunnelsNAxisMarksRoundCountsUnderThePointsAndSaysWhatNCounts) {
  const std::string html = dashboard::funnelPlotHtml("funnel-v", *metrics::findMetric("visit_completion_rate"), 82.5, kTeams).str();
  const Plot p = plotOf(html);
  ASSERT_EQ(p.xs.size(), 4u) << html;
  const auto ticks = ticksIn(html, "hc-x-axis");
  EXPECT_EQ(textsOf(ticks), (std::vector<std::string>{"0", "500", "1,000", "1,500"})) << html;
  for (const Tick& t : ticks) {
    // A mark under the plot where Alpha (n = 300) and Delta (1492) put n.
    const double x = along(valueOf(t.text), 300, p.xs[0], 1492, p.xs[3]);
    EXPECT_NEAR(t.x1, x, 0.15) << t.text;
    EXPECT_EQ(t.x2, t.x1);
    EXPECT_EQ(t.y1, p.top + p.height);
    // The label centred under it, or pulled in from the chart's right edge.
    EXPECT_LE(t.x, x + 0.15) << t.text;
    EXPECT_GE(t.x, x - 6) << t.text;
    EXPECT_LE(t.x + 4.5 * double(t.text.size()), 338.05) << t.text << ": half of 0.6 em a character, inside 340";
    EXPECT_GT(t.y, t.y1 + 15);
  }
  EXPECT_NE(html.find("class=\"hc-axis-title\" x=\"" + dashboard::chart_frame::num(p.left + p.width / 2) +
                      "\" y=\"" + dashboard::chart_frame::num(ticks.at(0).y + 20) +
                      "\" text-anchor=\"middle\">Visits scheduled (n)</text>"),
            std::string::npos)
      << html;
}

TEST(ChartAxesTest, ALongNTitleWrapsWithinThePlotAboveTheKey) {
  const std::string html = dashboard::funnelPlotHtml("funnel-c", *metrics::findMetric("caseload_over_limit"), 12.0,
                                                     {{"Alpha", 10.0, 40}, {"Bravo", 15.0, 55}, {"Charlie", 11.0, 30}}).str();
  const std::regex row("<text class=\"hc-axis-title\" x=\"[-0-9.]+\" y=\"([-0-9.]+)\"[^>]*>([^<]*)</text>");
  std::vector<double> ys;
  std::string title;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator(); ++it) {
    ys.push_back(std::stod((*it)[1]));
    title += (title.empty() ? "" : " ") + (*it)[2].str();
  }
  EXPECT_EQ(title, "Staff holding cases on the last day (n)");
  ASSERT_EQ(ys.size(), 2u) << html;
  EXPECT_DOUBLE_EQ(ys[1] - ys[0], 20);
  std::smatch key;
  ASSERT_TRUE(std::regex_search(html, key, std::regex("<text x=\"[-0-9.]+\" y=\"([-0-9.]+)\">Council 12.0%</text>")));
  EXPECT_GE(std::stod(key[1]) - ys[1], 20);
}

TEST(ChartAxesTest, TheProcessChartMarksItsValueAxis) {
  // {5 x 7, 9}: limits 4.0% to 7.0%, the scale 3.6% to 9.4%, marked every 2%.
  std::vector<dashboard::HistoryPoint> points;
  for (int i = 0; i < 7; ++i) points.push_back({"2025-Q" + std::to_string(i % 4 + 1), 5.0});
  points.push_back({"2026-Q3", 9.0});
  const std::string html = dashboard::processChartHtml("spc-x", *metrics::findMetric("vacancy_rate"), points).str();
  // The line through the figures: 5.0 first, 9.0 last.
  std::smatch path;
  ASSERT_TRUE(std::regex_search(html, path, std::regex("<path d=\"M[-0-9.]+ ([-0-9.]+) (?:L[-0-9.]+ [-0-9.]+ )*L[-0-9.]+ "
                                                       "([-0-9.]+)\" fill=\"none\" stroke=\"#1d70b8\"")))
      << html;
  const auto ticks = ticksIn(html, "hc-y-axis");
  EXPECT_EQ(textsOf(ticks), (std::vector<std::string>{"4%", "6%", "8%"})) << html;
  for (const Tick& t : ticks) {
    EXPECT_NEAR(t.y1, along(valueOf(t.text), 5, std::stod(path[1]), 9, std::stod(path[2])), 0.15) << t.text;
    EXPECT_LT(t.x, t.x1);
  }
  EXPECT_EQ(html.find("hc-axis-caption"), std::string::npos) << "\"6%\" says the unit";
}

TEST(ChartAxesTest, TheProcessChartNamesAUnitItsLabelsDoNotSay) {
  // Days, stable: mean 31, limits 31 +- 2.66 x 2 = 25.7 to 36.3.
  std::vector<dashboard::HistoryPoint> points;
  for (double v : {30.0, 32.0, 31.0, 29.0, 33.0, 30.0, 31.0, 32.0}) points.push_back({"2025-Q1", v});
  const std::string html = dashboard::processChartHtml("spc-d", *metrics::findMetric("transfer_median_days"), points).str();
  const std::regex dot("<circle cx=\"[-0-9.]+\" cy=\"([-0-9.]+)\" r=\"3.5\"");
  std::vector<double> ys;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), dot); it != std::sregex_iterator(); ++it)
    ys.push_back(std::stod((*it)[1]));
  ASSERT_EQ(ys.size(), points.size()) << html;
  const auto ticks = ticksIn(html, "hc-y-axis");
  EXPECT_EQ(textsOf(ticks), (std::vector<std::string>{"25.0", "27.5", "30.0", "32.5", "35.0"})) << html;
  for (const Tick& t : ticks) EXPECT_NEAR(t.y1, along(valueOf(t.text), 29, ys[3], 33, ys[4]), 0.15) << t.text;
  // "(days)" above the labels, clear of the top one.
  std::smatch caption;
  ASSERT_TRUE(std::regex_search(html, caption, std::regex("<text class=\"hc-axis-caption\" x=\"[-0-9.]+\" "
                                                          "y=\"([-0-9.]+)\">\\(days\\)</text>")))
      << html;
  ASSERT_FALSE(ticks.empty());
  EXPECT_GE(ticks.back().y - std::stod(caption[1]), 18);
}

}  // namespace
}  // namespace hc::web
