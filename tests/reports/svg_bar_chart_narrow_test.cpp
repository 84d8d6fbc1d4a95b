// The bar chart's narrow layout (a phone): 290 units wide so that a 290 px
// box (a 320 px window) shows its text at 12 px or more, each label above
// its bars, wrapped rather than cut, and nothing past the right edge.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

#include "reports/svg_bar_chart.h"

namespace hc::reports {
namespace {

struct Text {
  double x, y, font;
  std::string content;
};
struct Rect {
  double x, y, w, h;
};

double attr(const std::string& element, const std::string& name, double otherwise) {
  std::smatch m;
  if (std::regex_search(element, m, std::regex(" " + name + "=\"([-0-9.]+)\""))) return std::stod(m[1]);
  return otherwise;
}

// The <text> elements, with the svg's font size where they set none.
std::vector<Text> texts(const std::string& svg) {
  const double base = attr(svg.substr(0, svg.find('>')), "font-size", 0);
  std::vector<Text> out;
  const std::regex re("<text([^>]*)>([^<]*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it)
    out.push_back({attr((*it)[1], "x", -1), attr((*it)[1], "y", -1), attr((*it)[1], "font-size", base), (*it)[2]});
  return out;
}

// The filled bars (not the legend's swatches, which are 14 x 14 at the top).
std::vector<Rect> bars(const std::string& svg) {
  std::vector<Rect> out;
  const std::regex re("<rect([^>]*) fill=\"#");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it) {
    const std::string a = (*it)[1];
    if (attr(a, "y", 0) > 40) out.push_back({attr(a, "x", 0), attr(a, "y", 0), attr(a, "width", 0), attr(a, "height", 0)});
  }
  return out;
}

const Text& find(const std::vector<Text>& ts, const std::string& content) {
  const auto it = std::find_if(ts.begin(), ts.end(), [&](const Text& t) { return t.content == content; });
  if (it == ts.end()) throw std::runtime_error("no text " + content);
  return *it;
}

BarChart threeTeams() {
  BarChart c;
  c.id = "chart-visits";
  c.title = "Visits completed by team";
  c.description = "Each team's visits completed.";
  c.current_label = "2026-Q3";
  c.previous_label = "2026-Q2";
  c.rows = {{"Children in Need North", 90.0, 80.0, metrics::Status::kGreen, "No figure"},
            {"Safeguarding East", 45.0, 50.0, metrics::Status::kRed, "No figure"},
            {"Learning Disabilities East", std::nullopt, std::nullopt, metrics::Status::kNone, "No figure"}};
  c.references = {{Comparator::Kind::kEngland, "England", 60.0}};
  c.references_source = "DfE, year to 30 September 2025";
  return c;
}

TEST(NarrowBarChartTest, IsAPhonesWidthWithItsOwnIdsAndNoTextUnder12Units) {
  const std::string svg = barChartSvg(threeTeams(), BarChartLayout::kNarrow).str();
  EXPECT_EQ(svg.rfind("<svg class=\"chart chart--narrow\"", 0), 0u) << svg.substr(0, 80);
  EXPECT_NE(svg.find("viewBox=\"0 0 290 "), std::string::npos);
  EXPECT_NE(svg.find("aria-labelledby=\"chart-visits-narrow-title chart-visits-narrow-desc\""), std::string::npos);
  // The same words for a screen reader as the wide chart's.
  EXPECT_NE(svg.find("Children in Need North: 90.0% in 2026-Q3 (Green), 80.0% in 2026-Q2."), std::string::npos);
  const std::vector<Text> ts = texts(svg);
  ASSERT_GT(ts.size(), 8u);
  for (const Text& t : ts) EXPECT_GE(t.font, 12) << t.content;
  // The default stays the wide chart the members' report prints.
  EXPECT_EQ(barChartSvg(threeTeams()).str().rfind("<svg class=\"chart\" ", 0), 0u);
  EXPECT_NE(barChartSvg(threeTeams()).str().find("viewBox=\"0 0 680 "), std::string::npos);
}

TEST(NarrowBarChartTest, EachLabelCarriesItsRatingAboveItsBarsAndTheFiguresFitBesideThem) {
  const std::string svg = barChartSvg(threeTeams(), BarChartLayout::kNarrow).str();
  const std::vector<Text> ts = texts(svg);
  const std::vector<Rect> bs = bars(svg);
  ASSERT_EQ(bs.size(), 4u) << svg;  // two rows with both bars, one without a figure
  const Text& first = find(ts, "Children in Need North (Green)");
  const Text& second = find(ts, "Safeguarding East (Red)");
  // Label, then its bar below it, starting at the label's left.
  EXPECT_LT(first.y, bs[0].y);
  EXPECT_LT(bs[1].y + bs[1].h, second.y - second.font);  // the next label below the previous row's bars
  EXPECT_LT(second.y, bs[2].y);
  EXPECT_LE(bs[0].x, 3);
  // Bars in proportion on the whole 0-100 scale: 90 is twice 45.
  EXPECT_NEAR(bs[0].w, 2 * bs[2].w, 1.0);
  // Each figure just after its bar, and inside 290 even at Arial's widest
  // average (0.6 em a character).
  const Text& figure = find(ts, "90.0%");
  EXPECT_NEAR(figure.x, bs[0].x + bs[0].w + 6, 1.0);
  for (const Text& t : ts) EXPECT_LE(t.x + 0.6 * t.font * double(t.content.size()), 290.0) << t.content;
  // A row without a figure says so where its bar would be.
  EXPECT_GT(find(ts, "No figure").y, find(ts, "Learning Disabilities East").y);
}

TEST(NarrowBarChartTest, ALongNameWrapsOntoLinesThatFitInsteadOfRunningOff) {
  BarChart c = threeTeams();
  c.rated = false;
  c.rows[0].label = "Bournemouth, Christchurch and Poole with Dorset Council Family Services";  // 71 characters
  c.rows[0].highlight = true;
  const std::vector<Text> ts = texts(barChartSvg(c, BarChartLayout::kNarrow).str());
  std::vector<Text> lines;
  for (const Text& t : ts)
    if (t.x == 0 && t.font == 14 && t.y < find(ts, "90.0%").y) lines.push_back(t);
  ASSERT_GE(lines.size(), 2u);
  std::string joined;
  for (const Text& l : lines) {
    joined += (joined.empty() ? "" : " ") + l.content;
    // Bold at 0.56 em a character: within 290.
    EXPECT_LE(0.56 * 14 * double(l.content.size()), 290.0) << l.content;
  }
  EXPECT_EQ(joined, c.rows[0].label);  // every word kept, in order
  for (size_t k = 1; k < lines.size(); ++k) EXPECT_GE(lines[k].y - lines[k - 1].y, 14);  // lines do not overlap
}

TEST(NarrowBarChartTest, ReferenceLinesCrossTheBarsAtTheirValueAndTheirKeyWraps) {
  const std::string svg = barChartSvg(threeTeams(), BarChartLayout::kNarrow).str();
  const std::vector<Rect> bs = bars(svg);
  // England at 60 on the scale where 90 is bar 0's length.
  const double x = bs[0].x + bs[0].w * 60.0 / 90.0;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(svg, m, std::regex("<g class=\"hc-benchmark\"><title>England \\(DfE, year to 30 "
                                                   "September 2025\\): 60.0%</title><line x1=\"(\\d+)\"")));
  EXPECT_NEAR(std::stod(m[1]), x, 1.5);
  const std::vector<Text> ts = texts(svg);
  const auto key = std::count_if(ts.begin(), ts.end(), [](const Text& t) { return t.x == 38; });
  EXPECT_GE(key, 2);  // 49 characters do not fit one line beside the sample
}

}  // namespace
}  // namespace hc::reports
