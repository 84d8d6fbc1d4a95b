// The funnel plot's vertical scale: it fits the teams' figures and the
// limits where they are narrowest, so the points spread over the plot
// instead of crowding one edge, and the limits' wide mouth (small n) is cut
// at the plot's edge rather than setting the scale.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "metrics/signals.h"
#include "web/dashboard/dashboard_process_chart.h"

namespace hc::web {
namespace {

using dashboard::FunnelPoint;

// Visits completed as the demo council has them: most teams near the
// council's 82.5%, one large team far below.
const std::vector<FunnelPoint> kTeams = {
    {"Alpha", 90.1, 300}, {"Bravo", 88.0, 250}, {"Charlie", 86.0, 400}, {"Delta", 71.0, 1492}};

struct Plot {
  double top, height;
  std::vector<double> ys;  // the points' centres
};

// The plot area (its clip rectangle) and the centre of each point's mark:
// a circle, or a diamond drawn from its top corner 7 units above.
Plot plotOf(const std::string& html) {
  Plot p{};
  std::smatch m;
  if (std::regex_search(html, m, std::regex("<clipPath id=\"[^\"]+\"><rect x=\"[-0-9.]+\" y=\"([-0-9.]+)\" width=\"[-0-9.]+\" "
                                            "height=\"([-0-9.]+)\"")))
    p.top = std::stod(m[1]), p.height = std::stod(m[2]);
  const std::regex mark("</title>(?:<circle cx=\"[-0-9.]+\" cy=\"([-0-9.]+)\"|<path d=\"M[-0-9.]+ ([-0-9.]+) )");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), mark); it != std::sregex_iterator(); ++it)
    p.ys.push_back((*it)[1].matched ? std::stod((*it)[1]) : std::stod((*it)[2]) + 7);
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
  const std::string html = dashboard::funnelPlotHtml("funnel-v", *metrics::findMetric("visit_completion_rate"), 82.5, kTeams);
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
                                                     {{"Echo", 82.0, 1000}, {"Foxtrot", 83.0, 900}});
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

}  // namespace
}  // namespace hc::web
