// Server-rendered SVG charts of the signals (metrics.md "Signals"), drawn
// with the engine's own functions (metrics/signals.h) so that a chart never
// disagrees with its signal:
//   - a process-control (XmR) chart of one metric's history for a team:
//     values joined by a line, the mean, the process limits, and the points
//     of a special cause marked by shape as well as colour;
//   - a funnel plot of one metric over the teams: each team's value against
//     its n, with the 95% and 99.8% limits around the council's value.
// The value axis is marked with a few round values on light grid lines,
// labelled in the page's unit ("75%"; a unit such as days named above
// them), so a scale fitted to the data, not starting at 0, can be read; the
// funnel plot's n is marked along the bottom under a title saying what it
// counts ("Visits scheduled (n)"). See chart_frame.h and chart_ticks.h.
// The lines and marks are named, with their figures, in a key below the
// plot rather than in a margin beside it, so no label runs past the chart's
// right edge. A chart is 340 px wide at most and shrinks with its box: it
// fits a phone and half a desk page, its text 12 px or more down to 290 px
// (a 320 px window, or 1280 px at 400% zoom).
//
// Accessibility: role="img" with a <title> and a <desc> giving the same
// figures in words, and a visually hidden list of them beside it.
//
// Thread-safety: pure functions.
#ifndef HC_WEB_DASHBOARD_PROCESS_CHART_H_
#define HC_WEB_DASHBOARD_PROCESS_CHART_H_

#include <optional>
#include <string>
#include <vector>

#include "html/html.h"
#include "metrics/catalogue.h"

namespace hc::web::dashboard {

struct HistoryPoint {
  std::string period;           // "2026-Q3"
  std::optional<double> value;  // nullopt: no figure (skipped)
};

// The process-control chart of `points` (oldest first); without enough
// values for process limits (metrics/signals.h kMinProcessValues) the
// values alone, saying why there are no limits. `id` is unique in the page.
html::Html processChartHtml(const std::string& id, const metrics::MetricInfo& info,
                            const std::vector<HistoryPoint>& points);

struct FunnelPoint {
  std::string label;  // the team's name
  double value = 0;   // percent
  int64_t n = 0;
  std::string href;   // where selecting the point goes (the team's figure); "" for none
};

// The values a funnel plot's vertical scale spans (before its margin): the
// points, the council and the 99.8% limits where they are narrowest (at the
// largest n), so that the points fill the plot and both pairs of limits
// show at its right; towards small n the limits widen out of the plot.
struct FunnelRange {
  double lo, hi;
};
FunnelRange funnelRange(double council_value, const std::vector<FunnelPoint>& points);

// The funnel plot of `points` around `council_value` (percent); empty when
// the council has no value or no point has n > 0. Points overlap where
// teams are alike, so each names itself: hovered, or reached with Tab
// (each point with an href is a link, in an svg of role "group" whose
// drawing is hidden from screen readers), its team and figure show in a
// readout under the plot; its <title> says the same.
html::Html funnelPlotHtml(const std::string& id, const metrics::MetricInfo& info, double council_value,
                          const std::vector<FunnelPoint>& points);

}  // namespace hc::web::dashboard

#endif  // HC_WEB_DASHBOARD_PROCESS_CHART_H_
