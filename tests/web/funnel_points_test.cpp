// The funnel plot's points name themselves (issue 24, item 7): teams alike
// overlap, so each point is a link Tab reaches, named by its title and
// aria-label, whose readout under the plot says its team and figure while
// it is hovered or focused; the drawing around the points is hidden from
// screen readers, which read the points and the chart's description.
#include <gtest/gtest.h>

#include <regex>

#include "web/dashboard/dashboard_process_chart.h"

namespace hc::web {
namespace {

using dashboard::FunnelPoint;

const std::vector<FunnelPoint> kTeams = {
    {"Alpha & Co", 90.1, 300, "/dashboard/team/T1?period=2026-Q3#metric-visit_completion_rate"},
    {"Bravo", 88.0, 250, "/dashboard/team/T2?period=2026-Q3#metric-visit_completion_rate"},
    {"A team with a name long enough to need three rows in the readout", 71.0, 1492,
     "/dashboard/team/T3?period=2026-Q3#metric-visit_completion_rate"}};

std::string funnel(const std::vector<FunnelPoint>& points) {
  return dashboard::funnelPlotHtml("funnel-v", *metrics::findMetric("visit_completion_rate"), 82.5, points).str();
}

TEST(FunnelPointsTest, EachPointIsANamedLinkWithItsReadout) {
  const std::string html = funnel(kTeams);
  // 71.0% of 1492 against 82.5%: below the 99.8% limit, and visits
  // completed are better higher, so worse.
  const std::string word = "A team with a name long enough to need three rows in the readout: 71.0% of 1492, "
                           "significantly worse than the council";
  EXPECT_NE(html.find("<a class=\"hc-point\" href=\"/dashboard/team/T3?period=2026-Q3#metric-visit_completion_rate\" "
                      "aria-label=\"" + word + "\"><g class=\"hc-point__mark\"><title>" + word + "</title>"),
            std::string::npos)
      << html;
  // 82.5% at n = 300: sd 2.19 points, 99.8% limits 82.5 +- 6.8 = 75.7 to 89.3.
  EXPECT_NE(html.find("aria-label=\"Alpha &amp; Co: 90.1% of 300, significantly better than the council\""),
            std::string::npos);
  EXPECT_NE(html.find("aria-label=\"Bravo: 88.0% of 250, within the limits\""), std::string::npos);
  const std::regex point("<a class=\"hc-point\"");
  EXPECT_EQ(std::distance(std::sregex_iterator(html.begin(), html.end(), point), std::sregex_iterator()), 3);
  // Each point's readout, hidden from screen readers (the link's name says
  // it), its rows wrapped inside the chart's 340 units.
  const std::regex readout("<g class=\"hc-point__label\" aria-hidden=\"true\"><rect[^>]*/>((?:<text[^>]*>[^<]*</text>)+)</g>");
  int readouts = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), readout); it != std::sregex_iterator(); ++it) {
    ++readouts;
    const std::string rows = (*it)[1];
    const std::regex row("<text x=\"([-0-9.]+)\"[^>]*>([^<]*)</text>");
    for (auto r = std::sregex_iterator(rows.begin(), rows.end(), row); r != std::sregex_iterator(); ++r)
      EXPECT_LE(std::stod((*r)[1]) + 15 * 0.6 * double((*r)[2].length()), 340.0 - 10 + 0.5) << (*r)[2];
  }
  EXPECT_EQ(readouts, 3);
  // The hint that sits under the readouts until a point is chosen.
  EXPECT_NE(html.find("<g class=\"hc-readout\">"), std::string::npos);
  // Links to choose among: a group, not an image, its drawing hidden.
  EXPECT_NE(html.find("role=\"group\""), std::string::npos);
  EXPECT_EQ(html.find("role=\"img\""), std::string::npos);
  EXPECT_NE(html.find("<g aria-hidden=\"true\"><clipPath"), std::string::npos);
}

TEST(FunnelPointsTest, WithoutLinksThePlotStaysAnImage) {
  std::vector<FunnelPoint> plain = kTeams;
  for (auto& p : plain) p.href.clear();
  const std::string html = funnel(plain);
  EXPECT_NE(html.find("role=\"img\""), std::string::npos);
  EXPECT_EQ(html.find("<a "), std::string::npos);
  EXPECT_NE(html.find("<g class=\"hc-point\"><g class=\"hc-point__mark\"><title>Bravo: 88.0% of 250"), std::string::npos)
      << html;
}

}  // namespace
}  // namespace hc::web
