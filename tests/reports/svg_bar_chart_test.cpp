// The bar chart's reference lines (the DfE's comparators): drawn, named in
// a key and in words, each with its own text alternative.
#include "reports/svg_bar_chart.h"

#include <gtest/gtest.h>

#include <regex>

namespace hc::reports {
namespace {

size_t count(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
  return n;
}

BarChart twoCouncils() {
  BarChart c;
  c.id = "chart-vacancy";
  c.title = "Vacancy rate";
  c.description = "Bar chart.";
  c.current_label = "2025";
  c.rows = {{"Darlington", 10.0, std::nullopt, metrics::Status::kNone, "Not published"},
            {"Hartlepool", std::nullopt, std::nullopt, metrics::Status::kNone, "Not published"}};
  return c;
}

TEST(BarChartTest, ReferenceLinesHaveATitleAKeyAndAPlaceInTheDescription) {
  BarChart c = twoCouncils();
  c.references = {{Comparator::Kind::kEngland, "England", 14.2}, {Comparator::Kind::kRegion, "North East", 8.9}};
  c.references_source = "DfE, year to 30 September 2025";
  const std::string svg = barChartSvg(c).str();
  EXPECT_EQ(count(svg, "<g class=\"hc-benchmark\">"), 2u);
  EXPECT_NE(svg.find("<g class=\"hc-benchmark\"><title>England (DfE, year to 30 September 2025): 14.2%</title>"),
            std::string::npos)
      << svg;
  EXPECT_NE(svg.find("Reference lines: England (DfE, year to 30 September 2025): 14.2%. North East (DfE, year to "
                     "30 September 2025): 8.9%."),
            std::string::npos);
  // Told apart by dash pattern, not colour alone.
  EXPECT_NE(svg.find("stroke-dasharray=\"6 3\""), std::string::npos);
  EXPECT_NE(svg.find("stroke-dasharray=\"2 3\""), std::string::npos);
  // England at 14.2 of a 0-100 scale: x = 190 + 14.2% of 340.
  EXPECT_NE(svg.find("<line x1=\"238\" y1=\"28\" x2=\"238\""), std::string::npos) << svg;
}

TEST(BarChartTest, UnratedBarsSayNoRatingWordAndWithoutReferencesNoLines) {
  BarChart c = twoCouncils();
  c.rated = false;
  const std::string svg = barChartSvg(c).str();
  EXPECT_EQ(svg.find("hc-benchmark"), std::string::npos);
  EXPECT_EQ(svg.find("No rating"), std::string::npos);
  EXPECT_NE(svg.find(">10.0%</text>"), std::string::npos) << svg;
  EXPECT_NE(svg.find("Darlington: 10.0% in 2025."), std::string::npos);
}

TEST(BarChartTest, ALongLabelWidensTheLabelColumnSoItIsNotCut) {
  BarChart c = twoCouncils();
  c.rows[1].label = "Redcar and Cleveland / Stockton-on-Tees";  // 39 characters
  const std::string svg = barChartSvg(c).str();
  // 39 x 7.2 + 12 = 292: labels end 8 units before the bars start.
  EXPECT_NE(svg.find("<text x=\"284\" y=\"87\" text-anchor=\"end\">Redcar and Cleveland"), std::string::npos) << svg;
  EXPECT_NE(svg.find("<rect x=\"292\""), std::string::npos);
}

// The comparison page's charts (issue 24, item 6): councils' vacancy rates
// of 6% to 20% on a 0-100 scale drew bars of 20 to 60 units, and the
// neighbours' key ran past the chart's right edge ("...30 Septem").
TEST(BarChartTest, AFittedScaleRunsToARoundValueAboveTheLargestFigureAndIsMarked) {
  BarChart c = twoCouncils();
  c.rated = false;
  c.fitted_scale = true;
  c.rows[1].value = 20.0;
  c.references = {{Comparator::Kind::kNeighbours, "Statistical neighbours' average", 14.0}};
  c.references_source = "DfE, year to 30 September 2025";
  for (BarChartLayout layout : {BarChartLayout::kWide, BarChartLayout::kNarrow}) {
    const std::string svg = barChartSvg(c, layout).str();
    const bool wide = layout == BarChartLayout::kWide;
    // 20% x 1.05 = 21 -> a scale to 25%: the longest bar is 20/25 of the
    // bars' space (wide: 680 - 190 - the unrated figures' room, 5 x 7.2 +
    // 18 = 54 -> 60, = 430 units; narrow: 290 - 3 - the figures' room,
    // 5 x 0.58 x 13 + 6 = 43.7).
    std::vector<double> widths;
    const std::regex bar("<rect x=\"[0-9]+\" y=\"([0-9]+)\" width=\"([0-9]+)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), bar); it != std::sregex_iterator(); ++it)
      if (std::stod((*it)[1]) > 24) widths.push_back(std::stod((*it)[2]));
    ASSERT_EQ(widths.size(), 2u) << svg;
    const double space = wide ? 430 : 290 - 3 - 43.7;
    EXPECT_NEAR(widths[1], 20.0 / 25 * space, 1) << svg;
    EXPECT_NEAR(widths[0], 10.0 / 25 * space, 1);
    // The scale's marks say where it ends.
    EXPECT_NE(svg.find(">0.0%</text>"), std::string::npos) << svg;
    EXPECT_NE(svg.find(">12.5%</text>"), std::string::npos);
    EXPECT_NE(svg.find(">25.0%</text>"), std::string::npos);
    // The key is wrapped inside the chart: each line starts after the
    // sample and, at 0.58 em a character of 13 units, ends inside it.
    const double edge = wide ? 680 : 290;
    const std::regex key("<text x=\"([0-9]+)\" y=\"[0-9]+\">([^<]*)</text>");
    std::string said;
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), key); it != std::sregex_iterator(); ++it) {
      const std::string line = std::regex_replace((*it)[2].str(), std::regex("&#39;"), "'");
      if (said.empty() && line.rfind("Statistical", 0) != 0) continue;
      EXPECT_LE(std::stod((*it)[1]) + double(line.size()) * 0.58 * 13, edge + 1) << line;
      said += (said.empty() ? "" : " ") + line;
      if (line.find("14.0%") != std::string::npos) break;
    }
    EXPECT_EQ(said, "Statistical neighbours' average (DfE, year to 30 September 2025): 14.0%") << svg;
  }
  // Without it, percentages keep their 0-100 scale and no marks.
  c.fitted_scale = false;
  EXPECT_EQ(barChartSvg(c).str().find(">25.0%</text>"), std::string::npos);
}

}  // namespace
}  // namespace hc::reports
