// The bar chart's reference lines (the DfE's comparators): drawn, named in
// a key and in words, each with its own text alternative.
#include "reports/svg_bar_chart.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace hc::reports
