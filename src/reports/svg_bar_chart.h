// An inline SVG bar chart (the dashboard's metric and comparison pages):
// one row per scope, a bar for this period and a grey bar for the previous
// one, laid out wide (labels beside the bars) or narrow (labels above them). Self-contained (no
// script, no external files) so that it prints and survives e-mail.
//
// Reference lines (the DfE's England, region and neighbours' figures) are
// dashed vertical lines across the bars, drawn beneath the figures, which
// carry a white halo so that no line crosses a figure's text, each in a <g class="hc-benchmark">
// with its own <title> ("England (DfE, year to 30 September 2025): 14.2%"),
// named in a key under the bars (wrapped, never cut at the edge) and
// stated in the <desc>.
//
// Accessibility: the <svg> has role="img" with a <title> and a <desc> that
// states every value in words, and each row's label carries the status
// word; the page puts a data table next to it. Colour is never the only
// signal: a highlighted row (the council among its neighbours) has a bold
// label, a darker bar and an outline.
//
// Thread-safety: pure function.
#ifndef HC_REPORTS_SVG_BAR_CHART_H_
#define HC_REPORTS_SVG_BAR_CHART_H_

#include <optional>
#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/catalogue.h"
#include "metrics/health_check.h"
#include "reports/benchmark_text.h"

namespace hc::reports {

struct BarChartRow {
  std::string label;               // "Children's services"
  std::optional<double> value;     // this period; nullopt: `missing` is shown
  std::optional<double> previous;  // the previous period, if shown
  metrics::Status status = metrics::Status::kNone;
  std::string missing;             // "Not published" or "No figure"
  bool highlight = false;          // the council's own row among others: drawn to stand out
};

struct BarChart {
  std::string id;           // unique in the page: "chart-workload"
  std::string title;        // "Vacancy rate by service"
  std::string description;  // one sentence introducing the chart
  metrics::Unit unit = metrics::Unit::kPercent;
  std::string current_label, previous_label;  // "2025-Q3", "2025-Q2"
  std::vector<BarChartRow> rows;
  // Rated bars take their status colour and say their rating; unrated ones
  // (other councils' published figures) are one neutral colour.
  bool rated = true;
  // The scale: 0 to 100 for percentages and scores, so that 14% never
  // looks like a full bar; fitted, it runs to a round value just above the
  // largest figure, marked under the bars (0%, 12.5%, 25%), for figures
  // all far below 100 (other councils' vacancy rates), whose bars would
  // otherwise be a few pixels long.
  bool fitted_scale = false;
  std::vector<Comparator> references;  // drawn as reference lines
  std::string references_source;       // "DfE, year to 30 September 2025"
};

// How the rows are laid out. kWide (680 units, class "chart"): labels in a
// column beside the bars, for the printed report and a desk. kNarrow (290
// units, class "chart chart--narrow", its title and description ids
// suffixed "-narrow"): each label above its bars and the rating beside
// the label, for a phone, where the wide chart would have to scroll or
// shrink its text below 12 px; a page shows one of the two.
enum class BarChartLayout { kWide, kNarrow };

// The <svg> element. Every text is escaped (it is built with html::el).
html::Html barChartSvg(const BarChart& chart, BarChartLayout layout = BarChartLayout::kWide);

}  // namespace hc::reports

#endif  // HC_REPORTS_SVG_BAR_CHART_H_
