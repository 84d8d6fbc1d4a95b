#include "web/dashboard/dashboard_process_chart.h"

#include <algorithm>
#include <cmath>

#include "metrics/signals.h"
#include "reports/figure_text.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

// Layout in SVG user units: 1:1 with CSS px at the chart's natural width,
// which fits a phone (a 360 px window leaves 330 px) and half a desk page.
// Narrower boxes scale the chart down (to 290 px at 400% zoom, where
// 15-unit text is still 12.8 px). No text sits beside the plot: the lines
// are named in a key below it, so nothing runs past the right edge.
constexpr double kW = 340, kFont = 15;
constexpr double kLeft = 10, kRight = 10, kTop = 12, kPlotH = 150;
constexpr double kPlotW = kW - kLeft - kRight, kPlotBottom = kTop + kPlotH;
constexpr double kAxisY = kPlotBottom + 20;  // baseline of the axis labels
constexpr double kKeyY = kAxisY + 26;        // baseline of the key's first row
constexpr double kKeyRow = 22, kSampleW = 26;
constexpr const char* kHalo = " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"5\" stroke-linejoin=\"round\"";
constexpr const char* kWorseColour = "#b54100";   // special cause the worse way: orange-brown, 5.6:1 on white
constexpr const char* kBetterColour = "#1d70b8";  // the better way: blue
constexpr const char* kLineColour = "#505a5f";

std::string num(double v) { return reports::formatNumber(v, 1); }

struct YScale {
  double lo, hi;
  double y(double v) const { return kTop + (hi - v) / (hi - lo) * kPlotH; }
};

// The range of [lo, hi] with a margin; for percentages the margin stops at
// 0 and 100, but a figure beyond them (turnover can pass 100%) stays in.
YScale yScale(double lo, double hi, bool percent) {
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const double pad = (hi - lo) * 0.08;
  if (!percent) return {lo - pad, hi + pad};
  return {std::max(lo - pad, std::min(lo, 0.0)), std::min(hi + pad, std::max(hi, 100.0))};
}

std::string line(double x1, double y1, double x2, double y2, const char* colour, const char* dash = nullptr,
                 double width = 1.5) {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) +
         "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\"" +
         (dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : std::string()) + "/>";
}

std::string label(double x, double y, const std::string& text, const char* extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + kHalo + extra + ">" + http::escapeHtml(text) + "</text>";
}

std::string diamond(double x, double y, double r, const char* fill) {
  return "<path d=\"M" + num(x) + " " + num(y - r) + " L" + num(x + r) + " " + num(y) + " L" + num(x) + " " +
         num(y + r) + " L" + num(x - r) + " " + num(y) + " Z\" fill=\"" + fill + "\" stroke=\"#0b0c0c\" "
         "stroke-width=\"1\"/>";
}

std::string circle(double x, double y, double r) {
  return "<circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + "\" fill=\"#1d70b8\" fill-opacity=\"0.8\" "
         "stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>";
}

// One entry of a chart's key: a sample of a line (its colour and dashes)
// or of a mark, and what it stands for.
struct KeyEntry {
  enum Sample { kLine, kDot, kDiamond } sample;
  std::string text;
  const char* colour = kLineColour;
  const char* dash = nullptr;
};

// Generously wide (Arial averages about half an em a character), so that
// entries laid side by side never touch.
double textWidth(const std::string& utf8) {
  size_t chars = 0;
  for (unsigned char c : utf8) chars += (c & 0xC0) != 0x80;
  return 0.6 * kFont * double(chars);
}

// The key below the plot, entries flowed into rows across the chart's
// width; sets *height to the whole chart's height below its last row.
std::string keyHtml(const std::vector<KeyEntry>& entries, double* height) {
  std::string s;
  double x = kLeft, y = kKeyY;
  for (const auto& e : entries) {
    const double w = kSampleW + 6 + textWidth(e.text);
    if (x > kLeft && x + w > kW - kRight) x = kLeft, y += kKeyRow;
    const double mid = y - kFont * 0.35;
    if (e.sample == KeyEntry::kLine) s += line(x, mid, x + kSampleW, mid, e.colour, e.dash, 2);
    if (e.sample == KeyEntry::kDot) s += circle(x + kSampleW / 2, mid, 4.5);
    if (e.sample == KeyEntry::kDiamond) s += diamond(x + kSampleW / 2, mid, 6, e.colour);
    s += "<text x=\"" + num(x + kSampleW + 6) + "\" y=\"" + num(y) + "\">" + http::escapeHtml(e.text) + "</text>";
    x += w + 18;
  }
  *height = y + 8;
  return s;
}

// The axis labels under the plot: at its left and right ends and, if
// given, in the middle.
std::string axisLabels(const std::string& left, const std::string& right, const std::string& middle = "") {
  std::string s = label(kLeft, kAxisY, left);
  if (!right.empty()) s += label(kLeft + kPlotW, kAxisY, right, " text-anchor=\"end\"");
  if (!middle.empty()) s += label(kLeft + kPlotW / 2, kAxisY, middle, " text-anchor=\"middle\"");
  return s;
}

// The chart: `body` (plot, axis and key) in an <svg> `height` units tall
// that shrinks with its box (the stylesheet), then the figures in words.
std::string chartHtml(const std::string& id, const std::string& title, const std::string& desc, double height,
                      const std::string& body, const std::vector<std::string>& words) {
  const std::string eid = http::escapeHtml(id);
  std::string s = "<div class=\"hc-chart-box\"><svg class=\"hc-chart\" id=\"" + eid + "\" role=\"img\" viewBox=\"0 0 " +
                  num(kW) + " " + num(height) + "\" width=\"" + num(kW) + "\" height=\"" + num(height) +
                  "\" aria-labelledby=\"" + eid + "-title " + eid + "-desc\" font-family=\"Arial, sans-serif\" "
                  "font-size=\"" + num(kFont) + "\"><title id=\"" + eid + "-title\">" + http::escapeHtml(title) +
                  "</title><desc id=\"" + eid + "-desc\">" + http::escapeHtml(desc) + "</desc>" + body +
                  "</svg></div><ul class=\"govuk-visually-hidden\">";
  for (const auto& w : words) s += "<li>" + http::escapeHtml(w) + "</li>";
  return s + "</ul>\n";
}

}  // namespace

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

std::string processChartHtml(const std::string& id, const metrics::MetricInfo& info,
                             const std::vector<HistoryPoint>& points) {
  std::vector<std::optional<double>> values;
  for (const auto& p : points) values.push_back(p.value);
  const std::optional<metrics::ProcessChart> chart = metrics::processChart(values, info.better);
  const bool percent = info.unit == metrics::Unit::kPercent;
  auto fmt = [&](double v) { return reports::formatValue(info.unit, v); };

  // The range: the figures and the limits, a percentage's limits only as
  // far as 0 and 100 (beyond, they are said in the key but not drawn).
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto& v : values)
    if (v) {
      lo = any ? std::min(lo, *v) : *v;
      hi = any ? std::max(hi, *v) : *v;
      any = true;
    }
  if (chart) {
    lo = std::min(lo, percent ? std::max(chart->lower, 0.0) : chart->lower);
    hi = std::max(hi, percent ? std::min(chart->upper, 100.0) : chart->upper);
  }
  const YScale ys = yScale(lo, hi, percent);
  const double step = points.size() > 1 ? kPlotW / double(points.size() - 1) : 0;
  auto x = [&](size_t i) { return kLeft + step * double(i) + (points.size() > 1 ? 0 : kPlotW / 2); };

  // The same figures in words.
  std::vector<std::string> words;
  for (size_t i = 0; i < points.size(); ++i) {
    std::string w = points[i].period + ": " + (points[i].value ? fmt(*points[i].value) : std::string("no figure"));
    if (chart && i < chart->special.size() && chart->special[i]) w += " (special cause)";
    words.push_back(w);
  }
  std::string summary;
  if (chart) {
    summary = "Mean " + fmt(chart->mean) + "; process limits " + fmt(chart->lower) + " to " + fmt(chart->upper) +
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

  std::string s = line(kLeft, kPlotBottom, kLeft + kPlotW, kPlotBottom, kLineColour, nullptr, 1);
  std::vector<KeyEntry> key;
  if (chart) {
    s += line(kLeft, ys.y(chart->mean), kLeft + kPlotW, ys.y(chart->mean), kLineColour, nullptr, 1.5);
    for (double limit : {chart->upper, chart->lower})
      if (limit >= ys.lo && limit <= ys.hi)
        s += line(kLeft, ys.y(limit), kLeft + kPlotW, ys.y(limit), "#0b0c0c", "6 4", 1.5);
    // Each on its own, so that a long unit ("per 100 cases") still fits a row.
    key.push_back({KeyEntry::kLine, "Upper limit " + fmt(chart->upper), "#0b0c0c", "6 4"});
    key.push_back({KeyEntry::kLine, "Mean " + fmt(chart->mean)});
    key.push_back({KeyEntry::kLine, "Lower limit " + fmt(chart->lower), "#0b0c0c", "6 4"});
  }
  std::string path;
  bool pen = false;
  for (size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) {
      pen = false;
      continue;
    }
    path += std::string(pen ? " L" : " M") + num(x(i)) + " " + num(ys.y(*points[i].value));
    pen = true;
  }
  if (!path.empty()) s += "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/>";
  const bool lower_better = info.better == metrics::Better::kLower;
  for (size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) continue;
    const double v = *points[i].value, px = x(i), py = ys.y(v);
    if (chart && i < chart->special.size() && chart->special[i]) {
      const bool worse = lower_better ? v > chart->mean : v < chart->mean;
      s += diamond(px, py, 7, worse ? kWorseColour : kBetterColour);
    } else {
      s += "<circle cx=\"" + num(px) + "\" cy=\"" + num(py) + "\" r=\"3.5\" fill=\"#1d70b8\"/>";
    }
  }
  if (!points.empty() && points.back().value) key.push_back({KeyEntry::kDot, "Latest " + fmt(*points.back().value)});
  if (chart) key.push_back({KeyEntry::kDiamond, "Special cause", kWorseColour});
  if (!points.empty()) s += axisLabels(points.front().period, points.size() > 1 ? points.back().period : "");
  double height = 0;
  s += keyHtml(key, &height);
  return chartHtml(id, std::string(info.label) + ": process-control chart, " +
                           (points.empty() ? std::string() : points.front().period + " to " + points.back().period),
                   desc, height, s, words);
}

std::string funnelPlotHtml(const std::string& id, const metrics::MetricInfo& info, double council_value,
                           const std::vector<FunnelPoint>& points) {
  int64_t max_n = 0;
  for (const auto& p : points) max_n = std::max(max_n, p.n);
  if (max_n <= 0 || !metrics::funnelLimits(council_value, max_n)) return "";
  auto fmt = [&](double v) { return reports::formatValue(info.unit, v); };
  const double x_max = double(max_n) * 1.05;
  auto x = [&](double n) { return kLeft + n / x_max * kPlotW; };
  const FunnelRange range = funnelRange(council_value, points);
  const YScale ys = yScale(range.lo, range.hi, true);
  auto clampY = [&](double v) { return ys.y(std::clamp(v, ys.lo, ys.hi)); };
  // Far outside the plot a curve's point only needs to stay outside it.
  auto curveY = [&](double v) { return std::clamp(ys.y(v), kTop - kPlotH, kPlotBottom + kPlotH); };
  // The limits widen towards small n and leave the plot there: cut at its
  // edges rather than drawn along them, which would look like a limit.
  const std::string clip = http::escapeHtml(id) + "-plot";

  std::string s = "<clipPath id=\"" + clip + "\"><rect x=\"" + num(kLeft) + "\" y=\"" + num(kTop) + "\" width=\"" +
                  num(kPlotW) + "\" height=\"" + num(kPlotH) + "\"/></clipPath>";
  std::vector<std::string> words;
  std::string desc = "Each team's " + std::string(info.label) + " against the number it rests on (n), with the 95% "
                     "and 99.8% limits around the council's " + fmt(council_value) + ". ";
  // The limits as curves, sampled along n.
  for (double z : {metrics::kFunnelZ95, metrics::kFunnelZ998}) {
    std::string up, down;
    for (int k = 0; k <= 60; ++k) {
      const int64_t n = std::max<int64_t>(1, int64_t(std::llround(double(max_n) * 1.05 * k / 60)));
      const auto l = metrics::funnelLimits(council_value, n, z);
      if (!l) continue;
      up += (up.empty() ? "M" : " L") + num(x(double(n))) + " " + num(curveY(l->upper));
      down += (down.empty() ? "M" : " L") + num(x(double(n))) + " " + num(curveY(l->lower));
    }
    const char* dash = z == metrics::kFunnelZ95 ? "3 3" : "8 4";
    for (const auto& d : {up, down})
      s += "<path d=\"" + d + "\" clip-path=\"url(#" + clip + ")\" fill=\"none\" stroke=\"#0b0c0c\" "
           "stroke-width=\"1.5\" stroke-dasharray=\"" + dash + "\"/>";
  }
  s += line(kLeft, ys.y(council_value), kLeft + kPlotW, ys.y(council_value), kLineColour, nullptr, 2);
  for (const auto& p : points) {
    const auto signal = metrics::compareWithCouncil(p.value, p.n, council_value, info.better);
    const bool outside = signal && *signal != metrics::Comparison::kNone;
    const bool worse = signal && *signal == metrics::Comparison::kWorse;
    const std::string word = p.label + ": " + fmt(p.value) + " of " + std::to_string(p.n) +
                             (worse ? ", significantly worse than the council"
                              : outside ? ", significantly better than the council" : ", within the limits");
    words.push_back(word);
    const double px = x(double(p.n)), py = clampY(p.value);
    s += "<g><title>" + http::escapeHtml(word) + "</title>" +
         (outside ? diamond(px, py, 7, worse ? kWorseColour : kBetterColour) : circle(px, py, 4.5)) + "</g>";
  }
  s += "<g class=\"hc-axis\">" + line(kLeft, kPlotBottom, kLeft + kPlotW, kPlotBottom, kLineColour, nullptr, 1) + "</g>";
  s += axisLabels("0", std::to_string(max_n), "number it rests on (n) \u2192");
  double height = 0;
  s += keyHtml({{KeyEntry::kLine, "Council " + fmt(council_value)},
                {KeyEntry::kLine, "95% limits", "#0b0c0c", "3 3"},
                {KeyEntry::kLine, "99.8% limits", "#0b0c0c", "8 4"}},
               &height);
  for (const auto& w : words) desc += w + "; ";
  words.insert(words.begin(), "The council: " + fmt(council_value) + ". Limits: 95% (short dashes) and 99.8% "
                                                                     "(long dashes).");
  return chartHtml(id, std::string(info.label) + ": funnel plot of the teams against the council", desc, height, s,
                   words);
}

}  // namespace hc::web::dashboard
