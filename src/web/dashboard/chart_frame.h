// The frame shared by the dashboard's signal charts (dashboard_process_chart.h):
// their layout in SVG user units, the plot with its value axis (round
// values, chart_ticks.h, on light grid lines, labelled in a margin to its
// left), the funnel plot's axis of n, the marks, the key below the plot,
// and the <svg> with its text alternative. Internal to those charts.
//
// Thread-safety: pure functions and constants.
#ifndef HC_WEB_DASHBOARD_CHART_FRAME_H_
#define HC_WEB_DASHBOARD_CHART_FRAME_H_

#include <string>
#include <string_view>
#include <vector>

#include "html/element.h"
#include "metrics/catalogue.h"
#include "web/dashboard/chart_ticks.h"

namespace hc::web::dashboard::chart_frame {

// Layout in SVG user units: 1:1 with CSS px at the chart's natural width,
// which fits a phone (a 360 px window leaves 330 px) and half a desk page.
// Narrower boxes scale the chart down (to 290 px at 400% zoom, where
// 15-unit text is still 12.8 px), so a phone needs no other layout. The
// value axis's labels sit in a margin left of the plot, as wide as the
// widest of them; the lines are named in a key below it, so nothing runs
// past the right edge.
constexpr double kW = 340, kFont = 15;
constexpr double kMargin = 10, kRight = 10, kTop = 12, kPlotH = 150;
constexpr double kCaptionH = 24;   // a unit's caption above the plot, clear of the top label
constexpr double kTickGap = 8;     // between a value's label and the plot
constexpr double kAxisGap = 22;    // the plot's bottom to the axis labels' baseline
constexpr double kKeyGap = 26;     // the last axis row to the key's first row
constexpr double kKeyRow = 22, kSampleW = 26;
constexpr const char* kWorseColour = "#b54100";   // special cause the worse way: orange-brown, 5.6:1 on white
constexpr const char* kBetterColour = "#1d70b8";  // the better way: blue
constexpr const char* kLineColour = "#505a5f";
constexpr const char* kGridColour = "#dcdcdc";    // light: a guide to read by, not a line of the data

// The plot: where it lies in the chart and the values its height spans,
// with the round values marked on its left (chart_ticks.h).
struct Plot {
  double lo, hi;  // the values at its bottom and top
  double left, top;
  AxisTicks ticks;
  std::vector<std::string> labels;  // the ticks' labels
  std::string caption;              // the unit, above the labels; may be ""
  double right() const { return kW - kRight; }
  double width() const { return right() - left; }
  double bottom() const { return top + kPlotH; }
  double y(double v) const { return top + (hi - v) / (hi - lo) * kPlotH; }
};

// One entry of a chart's key: a sample of a line (its colour and dashes)
// or of a mark, and what it stands for.
struct KeyEntry {
  enum Sample { kLine, kDot, kDiamond } sample;
  std::string text;
  const char* colour = kLineColour;
  const char* dash = nullptr;
};

// The plot for values [lo, hi] with a margin; for percentages the margin
// stops at 0 and 100, but a figure beyond them (turnover can pass 100%)
// stays in. The left margin fits the widest tick label; a unit the labels
// do not say (days) is named above them.
Plot plotFor(double lo, double hi, metrics::Unit unit);

// A coordinate: one decimal.
std::string num(double v);
html::Html line(double x1, double y1, double x2, double y2, const char* colour, const char* dash = nullptr,
                double width = 1.5);
html::Html diamond(double x, double y, double r, const char* fill);
html::Html circle(double x, double y, double r);

// The value axis: a light grid line across the plot at each tick with its
// label in the margin to the left, and the unit's caption above them. Drawn
// first, under the data.
html::Html valueAxisHtml(const Plot& p);

// `text` broken at spaces into lines at most `width` units wide (by the
// generous estimate the layout uses); a longer word keeps a line of its own.
std::vector<std::string> wrapText(const std::string& text, double width);

// The labels under the plot's left and right ends (a chart over time).
html::Html endLabels(const Plot& p, const std::string& left, const std::string& right);

// The funnel plot's horizontal axis, n from 0 to `n_max` at the plot's
// right edge: round values under tick marks, as many as fit side by side,
// and a title saying what n counts ("Visits scheduled (n)"), wrapped to the
// plot's width. Sets *last to the baseline of its last row.
html::Html nAxisHtml(const Plot& p, double n_max, std::string_view n_counts, double* last);

// The key below the plot from baseline `y`, entries flowed into rows
// across the chart's width, in a <g class="hc-key"> (so its samples are
// not taken for the plot's marks); sets *height to the whole chart's
// height below its last row.
html::Html keyHtml(const std::vector<KeyEntry>& entries, double y, double* height);

// The chart: `body` (plot, axes and key) in an <svg> `height` units tall
// that shrinks with its box (the stylesheet), then the figures in words.
// An image (role "img") unless its marks are links to select (role
// "group", its drawing then hidden from screen readers by the caller).
html::Html chartHtml(const std::string& id, const std::string& title, const std::string& desc, double height,
                     const html::Html& body, const std::vector<std::string>& words, const char* role = "img");

}  // namespace hc::web::dashboard::chart_frame

#endif  // HC_WEB_DASHBOARD_CHART_FRAME_H_
