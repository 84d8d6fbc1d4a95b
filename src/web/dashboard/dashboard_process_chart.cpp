#include "web/dashboard/dashboard_process_chart.h"

#include <algorithm>
#include <cmath>

#include "metrics/signals.h"
#include "reports/figure_text.h"
#include "web/dashboard/chart_frame.h"

namespace hc::web::dashboard {

// The layout and the parts shared by the two charts.
using namespace chart_frame;

FunnelRange funnelRange(double council_value, const std::vector<FunnelPoint>& points) {
  FunnelRange r{council_value, council_value};
  int64_t max_n = 0;
  for (const auto& p : points) {
    r.lo = std::min(r.lo, p.value);
    r.hi = std::max(r.hi, p.value);
    max_n = std::max(max_n, p.n);
  }
  if (max_n > 0)
    if (auto l = metrics::funnelLimits(council_value, max_n)) r.lo = std::min(r.lo, l->lower), r.hi = std::max(r.hi, l->upper);
  return r;
}

html::Html processChartHtml(const std::string& id, const metrics::MetricInfo& info,
                            const std::vector<HistoryPoint>& points) {
  std::vector<std::optional<double>> values;
  for (const auto& p : points) values.push_back(p.value);
  const std::optional<metrics::ProcessChart> chart =
      metrics::processChart(values, info.better, metrics::valueRange(info.metric));
  auto fmt = [&](double v) { return reports::formatValue(info.unit, v); };
  // A count's mean and limits fall between whole numbers: rounded to one,
  // the key would name a place the line is not drawn (0.6 said as "1").
  auto fmtLine = [&](double v) {
    return metrics::displayDecimals(info.unit) == 0 ? reports::formatNumber(v, 1) : fmt(v);
  };

  // The range: the figures and the limits (kept to the values the metric
  // can take by processChart, so all are drawn where the key says).
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto& v : values)
    if (v) {
      lo = any ? std::min(lo, *v) : *v;
      hi = any ? std::max(hi, *v) : *v;
      any = true;
    }
  if (chart) {
    lo = std::min(lo, chart->lower);
    hi = std::max(hi, chart->upper);
  }
  const Plot plot = plotFor(lo, hi, info.unit);
  const double step = points.size() > 1 ? plot.width() / double(points.size() - 1) : 0;
  auto x = [&](size_t i) { return plot.left + step * double(i) + (points.size() > 1 ? 0 : plot.width() / 2); };

  // The same figures in words.
  std::vector<std::string> words;
  for (size_t i = 0; i < points.size(); ++i) {
    std::string w = points[i].period + ": " + (points[i].value ? fmt(*points[i].value) : std::string("no figure"));
    if (chart && i < chart->special.size() && chart->special[i]) w += " (special cause)";
    words.push_back(w);
  }
  std::string summary;
  if (chart) {
    summary = "Mean " + fmtLine(chart->mean) + "; process limits " + fmtLine(chart->lower) + " to " +
              fmtLine(chart->upper) +
              ". " + (chart->trend == metrics::Trend::kConcern       ? "Signal: a special cause, getting worse."
                      : chart->trend == metrics::Trend::kImprovement ? "Signal: a special cause, improving."
                                                                     : "No special cause at the latest figure.");
  } else {
    summary = "Too few figures for process limits (at least " + std::to_string(metrics::kMinProcessValues) +
              " are needed, the latest among them).";
  }
  words.push_back(summary);
  std::string desc = std::string(info.label) + " over " + std::to_string(points.size()) + " periods. ";
  for (size_t i = 0; i + 1 < words.size(); ++i) desc += words[i] + "; ";
  desc += summary;

  html::Html s = valueAxisHtml(plot) + line(plot.left, plot.bottom(), plot.right(), plot.bottom(), kLineColour, nullptr, 1);
  std::vector<KeyEntry> key;
  if (chart) {
    s += line(plot.left, plot.y(chart->mean), plot.right(), plot.y(chart->mean), kLineColour, nullptr, 1.5);
    for (double limit : {chart->upper, chart->lower})
      s += line(plot.left, plot.y(limit), plot.right(), plot.y(limit), "#0b0c0c", "6 4", 1.5);
    // Each on its own, so that a long unit ("per 100 cases") still fits a row.
    key.push_back({KeyEntry::kLine, "Upper limit " + fmtLine(chart->upper), "#0b0c0c", "6 4"});
    key.push_back({KeyEntry::kLine, "Mean " + fmtLine(chart->mean)});
    key.push_back({KeyEntry::kLine, "Lower limit " + fmtLine(chart->lower), "#0b0c0c", "6 4"});
  }
  std::string path;
  bool pen = false;
  for (size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) {
      pen = false;
      continue;
    }
    path += std::string(pen ? " L" : " M") + num(x(i)) + " " + num(plot.y(*points[i].value));
    pen = true;
  }
  if (!path.empty())
    s += html::el("path").attr("d", path.substr(1)).attr("fill", "none").attr("stroke", "#1d70b8").attr("stroke-width", "2");
  const bool lower_better = info.better == metrics::Better::kLower;
  bool drew_dot = false, drew_worse = false, drew_better = false;  // each mark drawn is named in the key
  for (size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) continue;
    const double v = *points[i].value, px = x(i), py = plot.y(v);
    if (chart && i < chart->special.size() && chart->special[i]) {
      const bool worse = lower_better ? v > chart->mean : v < chart->mean;
      s += diamond(px, py, 7, worse ? kWorseColour : kBetterColour);
      (worse ? drew_worse : drew_better) = true;
    } else {
      s += html::el("circle").attr("cx", num(px)).attr("cy", num(py)).attr("r", "3.5").attr("fill", "#1d70b8");
      drew_dot = true;
    }
  }
  if (!points.empty() && points.back().value) key.push_back({KeyEntry::kDot, "Latest " + fmt(*points.back().value)});
  else if (drew_dot) key.push_back({KeyEntry::kDot, "Earlier figures"});
  if (drew_worse) key.push_back({KeyEntry::kDiamond, "Special cause, getting worse", kWorseColour});
  if (drew_better) key.push_back({KeyEntry::kDiamond, "Special cause, improving", kBetterColour});
  if (!points.empty()) s += endLabels(plot, points.front().period, points.size() > 1 ? points.back().period : "");
  double height = 0;
  s += keyHtml(key, plot.bottom() + kAxisGap + kKeyGap, &height);
  return chartHtml(id, std::string(info.label) + ": process-control chart, " +
                           (points.empty() ? std::string() : points.front().period + " to " + points.back().period),
                   desc, height, s, words);
}

html::Html funnelPlotHtml(const std::string& id, const metrics::MetricInfo& info, double council_value,
                          const std::vector<FunnelPoint>& points) {
  int64_t max_n = 0;
  for (const auto& p : points) max_n = std::max(max_n, p.n);
  if (max_n <= 0 || !metrics::funnelLimits(council_value, max_n)) return {};
  auto fmt = [&](double v) { return reports::formatValue(info.unit, v); };
  const double x_max = double(max_n) * 1.05;
  const FunnelRange range = funnelRange(council_value, points);
  const Plot plot = plotFor(range.lo, range.hi, metrics::Unit::kPercent);
  auto x = [&](double n) { return plot.left + n / x_max * plot.width(); };
  auto clampY = [&](double v) { return plot.y(std::clamp(v, plot.lo, plot.hi)); };
  // Far outside the plot a curve's point only needs to stay outside it.
  auto curveY = [&](double v) { return std::clamp(plot.y(v), plot.top - kPlotH, plot.bottom() + kPlotH); };
  // The limits widen towards small n and leave the plot there: cut at its
  // edges rather than drawn along them, which would look like a limit.
  const std::string clip = id + "-plot";

  html::Html s = html::el("clipPath").id(clip).add(html::el("rect").attr("x", num(plot.left)).attr("y", num(plot.top))
                                                         .attr("width", num(plot.width())).attr("height", num(kPlotH))) +
                 valueAxisHtml(plot);
  std::vector<std::string> words;
  // The scale in words too: it fits the teams, so it need not start at 0.
  const std::string scale = "The vertical scale runs from " + fmt(plot.lo) + " to " + fmt(plot.hi) + "; n (" +
                            std::string(info.n_counts) + ") from 0 to " + std::to_string(max_n) + ".";
  std::string desc = "Each team's " + std::string(info.label) + " against the number it rests on (n), with the 95% "
                     "and 99.8% limits around the council's " + fmt(council_value) + ". " + scale + " ";
  // The limits as curves, sampled along n and at each team's own n: at
  // small n they are exact binomial limits, which step from count to
  // count, and a team is drawn against its own limits, not a line between.
  std::vector<int64_t> ns;
  for (int k = 0; k <= 60; ++k) ns.push_back(std::max<int64_t>(1, int64_t(std::llround(double(max_n) * 1.05 * k / 60))));
  for (const auto& p : points)
    if (p.n > 0) ns.push_back(p.n);
  std::sort(ns.begin(), ns.end());
  ns.erase(std::unique(ns.begin(), ns.end()), ns.end());
  for (double z : {metrics::kFunnelZ95, metrics::kFunnelZ998}) {
    std::string up, down;
    for (const int64_t n : ns) {
      const auto l = metrics::funnelLimits(council_value, n, z);
      if (!l) continue;
      up += (up.empty() ? "M" : " L") + num(x(double(n))) + " " + num(curveY(l->upper));
      down += (down.empty() ? "M" : " L") + num(x(double(n))) + " " + num(curveY(l->lower));
    }
    const char* dash = z == metrics::kFunnelZ95 ? "3 3" : "8 4";
    for (const auto& d : {up, down})
      s += html::el("path").attr("d", d).attr("clip-path", "url(#" + clip + ")").attr("fill", "none")
               .attr("stroke", "#0b0c0c").attr("stroke-width", "1.5").attr("stroke-dasharray", dash);
  }
  s += line(plot.left, plot.y(council_value), plot.right(), plot.y(council_value), kLineColour, nullptr, 2);
  // The readout under the plot, below the axis of n: as many rows as the
  // longest team's words need, a hint in it until a point is chosen.
  double axis_end = 0, height = 0;
  const html::Html n_axis = nAxisHtml(plot, x_max, info.n_counts, &axis_end);
  const double readout_width = kW - kMargin - kRight;
  const std::string hint = "Point to a team's mark, or Tab to it, to see its name and figure here.";
  size_t rows = wrapText(hint, readout_width).size();
  std::vector<std::string> point_words;
  for (const auto& p : points) {
    const auto signal = metrics::compareWithCouncil(p.value, p.n, council_value, info.better);
    const bool outside = signal && *signal != metrics::Comparison::kNone;
    const bool worse = signal && *signal == metrics::Comparison::kWorse;
    point_words.push_back(p.label + ": " + fmt(p.value) + " of " + std::to_string(p.n) +
                          (worse ? ", significantly worse than the council"
                           : outside ? ", significantly better than the council" : ", within the limits"));
    rows = std::max(rows, wrapText(point_words.back(), readout_width).size());
  }
  const double readout_top = axis_end + 12, row_h = 19;
  auto readout = [&](const std::string& text, const char* cls) {
    html::Element g = html::el("g");
    g.cls(cls).add(html::el("rect").attr("x", num(kMargin - 4)).attr("y", num(readout_top)).attr("width", num(readout_width + 8))
                       .attr("height", num(double(rows) * row_h + 8)).attr("fill", "#ffffff"));
    const std::vector<std::string> lines = wrapText(text, readout_width);
    for (size_t i = 0; i < lines.size(); ++i)
      g.add(html::el("text").attr("x", num(kMargin)).attr("y", num(readout_top + 4 + row_h * double(i + 1) - 5)).text(lines[i]));
    return g;
  };
  s += readout(hint, "hc-readout");  // under the points' own readouts, which cover it
  bool linked = false;
  html::Html marks;
  bool drew_within = false, drew_worse = false, drew_better = false;  // each mark drawn is named in the key
  for (size_t i = 0; i < points.size(); ++i) {
    const FunnelPoint& p = points[i];
    const auto signal = metrics::compareWithCouncil(p.value, p.n, council_value, info.better);
    const bool outside = signal && *signal != metrics::Comparison::kNone;
    const bool worse = signal && *signal == metrics::Comparison::kWorse;
    const std::string& word = point_words[i];
    words.push_back(word);
    (worse ? drew_worse : outside ? drew_better : drew_within) = true;
    const double px = x(double(p.n)), py = clampY(p.value);
    // A link when it has somewhere to go, so that Tab reaches it.
    html::Element point = html::el(p.href.empty() ? "g" : "a");
    point.cls("hc-point");
    if (!p.href.empty()) point.attr("href", p.href).attr("aria-label", word), linked = true;
    marks += point.add(html::el("g").cls("hc-point__mark").add(html::el("title").text(word))
                           .add(outside ? diamond(px, py, 7, worse ? kWorseColour : kBetterColour) : circle(px, py, 4.5)))
                 .add(readout(word, "hc-point__label").attr("aria-hidden", "true"));
  }
  html::Html frame = html::el("g").cls("hc-axis").add(line(plot.left, plot.bottom(), plot.right(), plot.bottom(),
                                                            kLineColour, nullptr, 1)) +
                     n_axis;
  std::vector<KeyEntry> key{{KeyEntry::kLine, "Council " + fmt(council_value)},
                            {KeyEntry::kLine, "95% limits", "#0b0c0c", "3 3"},
                            {KeyEntry::kLine, "99.8% limits", "#0b0c0c", "8 4"}};
  if (drew_within) key.push_back({KeyEntry::kDot, "A team within the limits"});
  if (drew_worse) key.push_back({KeyEntry::kDiamond, "Significantly worse", kWorseColour});
  if (drew_better) key.push_back({KeyEntry::kDiamond, "Significantly better", kBetterColour});
  frame += keyHtml(key, readout_top + double(rows) * row_h + 8 + kKeyGap, &height);
  for (const auto& w : words) desc += w + "; ";
  words.insert(words.begin(), "The council: " + fmt(council_value) + ". Limits: 95% (short dashes) and 99.8% "
                                                                     "(long dashes). " + scale);
  const std::string title = std::string(info.label) + ": funnel plot of the teams against the council";
  if (!linked) return chartHtml(id, title, desc, height, s + marks + frame, words);
  // Links to choose among: a group whose points are read out, the drawing
  // around them hidden (the title, the description and the list say it).
  return chartHtml(id, title, desc, height,
                   html::el("g").attr("aria-hidden", "true").add(s) + marks +
                       html::el("g").attr("aria-hidden", "true").add(frame),
                   words, "group");
}

}  // namespace hc::web::dashboard
