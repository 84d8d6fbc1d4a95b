#include "web/dashboard_trend_chart.h"

#include <algorithm>
#include <cstdio>

#include "reports/figure_text.h"
#include "web/html.h"

namespace hc::web::dashboard {
namespace {

constexpr double kWidth = 160, kHeight = 40, kPad = 4;

// Coordinates with one decimal, written without the C library's locale.
std::string coord(double v) { return reports::formatNumber(v, 1); }

}  // namespace

std::string trendChartHtml(const std::string& id, const std::string& title, metrics::Unit unit,
                           const std::vector<TrendPoint>& points) {
  std::string words;
  double lo = 0, hi = 0;
  bool any = false;
  for (const auto& p : points) {
    if (!words.empty()) words += "; ";
    words += p.period + ": " + (p.value ? reports::formatValue(unit, *p.value) : std::string("no figure"));
    if (!p.value) continue;
    lo = any ? std::min(lo, *p.value) : *p.value;
    hi = any ? std::max(hi, *p.value) : *p.value;
    any = true;
  }
  if (hi - lo < 1e-9) hi = lo + 1;  // a flat line sits mid-height

  const std::string eid = escapeHtml(id);
  std::string svg = "<svg class=\"hc-spark\" id=\"" + eid + "\" role=\"img\" width=\"" + coord(kWidth) +
                    "\" height=\"" + coord(kHeight) + "\" viewBox=\"0 0 160 40\" aria-labelledby=\"" + eid +
                    "-title " + eid + "-desc\"><title id=\"" + eid + "-title\">" + escapeHtml(title) +
                    "</title><desc id=\"" + eid + "-desc\">" + escapeHtml(words) + "</desc>";
  svg += "<line x1=\"0\" y1=\"39.5\" x2=\"160\" y2=\"39.5\" stroke=\"#505a5f\" stroke-width=\"1\"/>";
  const double step = points.size() > 1 ? (kWidth - 2 * kPad) / double(points.size() - 1) : 0;
  std::string path;
  bool pen_down = false;
  for (size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) {
      pen_down = false;  // a gap, not a line through a missing figure
      continue;
    }
    const double x = kPad + step * double(i);
    const double y = kHeight - kPad - (*points[i].value - lo) / (hi - lo) * (kHeight - 2 * kPad);
    path += std::string(pen_down ? " L" : " M") + coord(x) + " " + coord(y);
    pen_down = true;
    svg += "<circle cx=\"" + coord(x) + "\" cy=\"" + coord(y) + "\" r=\"2.5\" fill=\"#1d70b8\"/>";
  }
  if (!path.empty())
    svg += "<path d=\"" + path.substr(1) + "\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/>";
  svg += "</svg>";

  std::string list = "<ul class=\"govuk-visually-hidden\">";
  for (const auto& p : points)
    list += "<li>" + escapeHtml(p.period) + ": " +
            escapeHtml(p.value ? reports::formatValue(unit, *p.value) : std::string("no figure")) + "</li>";
  return svg + list + "</ul>";
}

}  // namespace hc::web::dashboard
