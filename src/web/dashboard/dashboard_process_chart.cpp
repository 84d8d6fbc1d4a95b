#include "web/dashboard/dashboard_process_chart.h"

#include <algorithm>
#include <cmath>

#include "metrics/signals.h"
#include "reports/figure_text.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

// Layout in SVG user units (1:1 with CSS px at the chart's natural width).
constexpr double kW = 600, kH = 230;
constexpr double kLeft = 12, kRight = 150, kTop = 16, kBottom = 34;  // margins; labels go right
constexpr double kPlotW = kW - kLeft - kRight, kPlotH = kH - kTop - kBottom;
constexpr const char* kHalo = " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"5\" stroke-linejoin=\"round\"";
constexpr const char* kWorseColour = "#b54100";   // special cause the worse way: orange-brown, 5.6:1 on white
constexpr const char* kBetterColour = "#1d70b8";  // the better way: blue
constexpr const char* kLineColour = "#505a5f";

std::string num(double v) { return reports::formatNumber(v, 1); }

struct YScale {
  double lo, hi;
  double y(double v) const { return kTop + (hi - v) / (hi - lo) * kPlotH; }
};

YScale yScale(double lo, double hi, bool percent) {
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const double pad = (hi - lo) * 0.08;
  lo -= pad;
  hi += pad;
  if (percent) {
    lo = std::max(lo, 0.0);
    hi = std::min(hi, 100.0);
  }
  return {lo, hi};
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

// Right-margin labels for horizontal lines, pushed apart so none overlaps
// another (each 15 units tall), in the order given from the top.
std::string marginLabels(std::vector<std::pair<double, std::string>> labels) {
  std::sort(labels.begin(), labels.end());
  for (size_t i = 1; i < labels.size(); ++i) labels[i].first = std::max(labels[i].first, labels[i - 1].first + 15);
  std::string out;
  for (const auto& [y, text] : labels) out += label(kLeft + kPlotW + 8, y + 4, text);
  return out;
}

std::string diamond(double x, double y, double r, const char* fill) {
  return "<path d=\"M" + num(x) + " " + num(y - r) + " L" + num(x + r) + " " + num(y) + " L" + num(x) + " " +
         num(y + r) + " L" + num(x - r) + " " + num(y) + " Z\" fill=\"" + fill + "\" stroke=\"#0b0c0c\" "
         "stroke-width=\"1\"/>";
}

std::string svgOpen(const std::string& id, const std::string& title, const std::string& desc) {
  const std::string eid = http::escapeHtml(id);
  return "<div class=\"hc-chart-box\"><svg class=\"hc-chart\" id=\"" + eid + "\" role=\"img\" viewBox=\"0 0 " + num(kW) +
         " " + num(kH) + "\" width=\"" + num(kW) + "\" height=\"" + num(kH) + "\" aria-labelledby=\"" + eid +
         "-title " + eid + "-desc\" font-family=\"Arial, sans-serif\" font-size=\"13\"><title id=\"" + eid +
         "-title\">" + http::escapeHtml(title) + "</title><desc id=\"" + eid + "-desc\">" + http::escapeHtml(desc) + "</desc>";
}

std::string svgClose(const std::vector<std::string>& words) {
  std::string list = "</svg></div><ul class=\"govuk-visually-hidden\">";
  for (const auto& w : words) list += "<li>" + http::escapeHtml(w) + "</li>";
  return list + "</ul>\n";
}

}  // namespace

std::string processChartHtml(const std::string& id, const metrics::MetricInfo& info,
                             const std::vector<HistoryPoint>& points) {
  std::vector<std::optional<double>> values;
  for (const auto& p : points) values.push_back(p.value);
  const std::optional<metrics::ProcessChart> chart = metrics::processChart(values, info.better);
  const bool percent = info.unit == metrics::Unit::kPercent;
  auto fmt = [&](double v) { return reports::formatValue(info.unit, v); };

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

  std::string s = svgOpen(id, std::string(info.label) + ": process-control chart, " +
                                  (points.empty() ? std::string() : points.front().period + " to " + points.back().period),
                          desc);
  s += line(kLeft, kTop + kPlotH, kLeft + kPlotW, kTop + kPlotH, kLineColour, nullptr, 1);
  std::vector<std::pair<double, std::string>> margin;
  if (chart) {
    s += line(kLeft, ys.y(chart->mean), kLeft + kPlotW, ys.y(chart->mean), kLineColour, nullptr, 1.5);
    s += line(kLeft, ys.y(chart->upper), kLeft + kPlotW, ys.y(chart->upper), "#0b0c0c", "6 4", 1.5);
    s += line(kLeft, ys.y(chart->lower), kLeft + kPlotW, ys.y(chart->lower), "#0b0c0c", "6 4", 1.5);
    margin = {{ys.y(chart->upper), "Upper limit " + fmt(chart->upper)},
              {ys.y(chart->mean), "Mean " + fmt(chart->mean)},
              {ys.y(chart->lower), "Lower limit " + fmt(chart->lower)}};
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
  // The latest figure, in the margin beside the last point.
  if (!points.empty() && points.back().value)
    margin.push_back({ys.y(*points.back().value), "Latest " + fmt(*points.back().value)});
  s += marginLabels(margin);
  if (!points.empty()) {
    s += label(kLeft, kH - 10, points.front().period);
    if (points.size() > 1) s += label(kLeft + kPlotW, kH - 10, points.back().period, " text-anchor=\"end\"");
  }
  if (chart)
    s += label(kLeft + kPlotW / 2, kH - 10, "\u25C6 special cause", " text-anchor=\"middle\"");
  return s + svgClose(words);
}

std::string funnelPlotHtml(const std::string& id, const metrics::MetricInfo& info, double council_value,
                           const std::vector<FunnelPoint>& points) {
  int64_t max_n = 0;
  for (const auto& p : points) max_n = std::max(max_n, p.n);
  if (max_n <= 0 || !metrics::funnelLimits(council_value, max_n)) return "";
  auto fmt = [&](double v) { return reports::formatValue(info.unit, v); };
  const double x_max = double(max_n) * 1.05;
  auto x = [&](double n) { return kLeft + n / x_max * kPlotW; };
  // The y range: the points and the limits from n = 5 on (below that the
  // limits run off towards 0 and 100).
  double lo = council_value, hi = council_value;
  for (const auto& p : points) lo = std::min(lo, p.value), hi = std::max(hi, p.value);
  const int64_t from = std::min<int64_t>(5, max_n);
  if (auto l = metrics::funnelLimits(council_value, from)) lo = std::min(lo, l->lower), hi = std::max(hi, l->upper);
  const YScale ys = yScale(lo, hi, true);
  auto clampY = [&](double v) { return ys.y(std::clamp(v, ys.lo, ys.hi)); };

  std::string s;
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
      up += (up.empty() ? "M" : " L") + num(x(double(n))) + " " + num(clampY(l->upper));
      down += (down.empty() ? "M" : " L") + num(x(double(n))) + " " + num(clampY(l->lower));
    }
    const char* dash = z == metrics::kFunnelZ95 ? "3 3" : "8 4";
    for (const auto& d : {up, down})
      s += "<path d=\"" + d + "\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"1.5\" stroke-dasharray=\"" + dash +
           "\"/>";
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
         (outside ? diamond(px, py, 7, worse ? kWorseColour : kBetterColour)
                  : "<circle cx=\"" + num(px) + "\" cy=\"" + num(py) + "\" r=\"4.5\" fill=\"#1d70b8\" "
                    "fill-opacity=\"0.8\" stroke=\"#0b0c0c\" stroke-width=\"0.5\"/>") +
         "</g>";
  }
  const auto outer = metrics::funnelLimits(council_value, max_n);
  s += marginLabels({{ys.y(council_value), "Council " + fmt(council_value)},
                     {clampY(outer->upper), "99.8% limit"},
                     {clampY(metrics::funnelLimits(council_value, max_n, metrics::kFunnelZ95)->upper), "95% limit"}});
  s += line(kLeft, kTop + kPlotH, kLeft + kPlotW, kTop + kPlotH, kLineColour, nullptr, 1);
  s += label(kLeft, kH - 10, "n = 0") + label(kLeft + kPlotW, kH - 10, "n = " + std::to_string(max_n),
                                               " text-anchor=\"end\"");
  s += label(kLeft + kPlotW / 2, kH - 10, "number it rests on (n) \u2192", " text-anchor=\"middle\"");
  for (const auto& w : words) desc += w + "; ";
  words.insert(words.begin(), "The council: " + fmt(council_value) + ". Limits: 95% (short dashes) and 99.8% "
                                                                     "(long dashes).");
  return svgOpen(id, std::string(info.label) + ": funnel plot of the teams against the council", desc) + s +
         svgClose(words);
}

}  // namespace hc::web::dashboard
