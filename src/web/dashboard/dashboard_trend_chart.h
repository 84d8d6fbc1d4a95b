// A small inline SVG line chart of one metric over the trend periods, for
// the team page. Self-contained (no script, no external file, presentation
// attributes rather than CSS, which the pages' CSP would refuse inline).
//
// Where the DfE publishes the metric, each period may carry its
// comparators (England, region, statistical neighbours for the census
// year matching that period): each is drawn as a dashed line, stepping
// where the matching year changes, in a <g class="hc-benchmark"> with its
// own <title>.
//
// Accessibility: role="img" labelled by a <title> and a <desc> stating
// every value in words (the comparators too), and a visually hidden list
// of the same figures next to it for screen readers that skip SVG
// descriptions.
//
// Thread-safety: pure function.
#ifndef HC_WEB_DASHBOARD_DASHBOARD_TREND_CHART_H_
#define HC_WEB_DASHBOARD_DASHBOARD_TREND_CHART_H_

#include <optional>
#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/catalogue.h"
#include "reports/benchmark_text.h"

namespace hc::web::dashboard {

struct TrendPoint {
  std::string period;           // "2026-Q3"
  std::optional<double> value;  // nullopt: no figure (a gap in the line)
  std::vector<reports::Comparator> benchmarks;  // the DfE's figures for this period's year; may be empty
};

// `id` must be unique in the page ("trend-vacancy_rate"); `title` is plain
// text ("Vacancy rate, last 8 quarters").
html::Html trendChartHtml(const std::string& id, const std::string& title, metrics::Unit unit,
                          const std::vector<TrendPoint>& points);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_DASHBOARD_TREND_CHART_H_
