#include "web/dashboard/dashboard_trend_chart.h"

#include <algorithm>

#include "reports/figure_text.h"
#include "html/element.h"

namespace hc::web::dashboard {
namespace {

constexpr double kWidth = 160, kHeight = 40, kPad = 4;
constexpr double kLatestWidth = 130;  // the latest figure's text, right of the plot
// Dash patterns tell the comparators apart without colour.
constexpr const char* kDashes[] = {"4 2", "1 2", "6 2 1 2"};
constexpr const char* kKinds[] = {"England", "region", "neighbours"};

// Coordinates with one decimal, written without the C library's locale.
std::string coord(double v) { return reports::formatNumber(v, 1); }

// One period in words: "2026-Q3: 12.0% (England 14.2%, North East 8.9%)".
std::string pointText(metrics::Unit unit, const TrendPoint& p) {
  std::string s = p.period + ": " + (p.value ? reports::formatValue(unit, *p.value) : std::string("no figure"));
  for (size_t i = 0; i < p.benchmarks.size(); ++i)
    s += (i == 0 ? " (" : ", ") + p.benchmarks[i].name + " " + reports::formatValue(unit, p.benchmarks[i].value) +
         (i + 1 == p.benchmarks.size() ? ")" : "");
  return s;
}

// The comparator of `kind` at a point, if published.
std::optional<reports::Comparator> comparatorAt(const TrendPoint& p, reports::Comparator::Kind kind) {
  for (const auto& c : p.benchmarks)
    if (c.kind == kind) return c;
  return std::nullopt;
}

// Where a period's figure goes: periods evenly across, values between the
// lowest and highest drawn.
struct Scale {
  double lo, hi, step;
  double x(size_t i) const { return kPad + step * double(i); }
  double y(double v) const { return kHeight - kPad - (v - lo) / (hi - lo) * (kHeight - 2 * kPad); }
};

}  // namespace

html::Html trendChartHtml(const std::string& id, const std::string& title, metrics::Unit unit,
                          const std::vector<TrendPoint>& points) {
  using html::el;
  std::string words;
  double lo = 0, hi = 0;
  bool any = false;
  auto widen = [&](double v) {
    lo = any ? std::min(lo, v) : v;
    hi = any ? std::max(hi, v) : v;
    any = true;
  };
  for (const auto& p : points) {
    if (!words.empty()) words += "; ";
    words += pointText(unit, p);
    if (p.value) widen(*p.value);
    for (const auto& c : p.benchmarks) widen(c.value);  // the comparators stay in the frame
  }
  if (hi - lo < 1e-9) hi = lo + 1;  // a flat line sits mid-height
  const Scale scale{lo, hi, points.size() > 1 ? (kWidth - 2 * kPad) / double(points.size() - 1) : 0};

  // The plot, then its latest figure in words to its right.
  html::Element svg = el("svg");
  svg.cls("hc-spark").id(id).attr("role", "img").attr("width", coord(kWidth + kLatestWidth))
      .attr("height", coord(kHeight)).attr("viewBox", "0 0 " + coord(kWidth + kLatestWidth) + " 40")
      .attr("font-family", "Arial, sans-serif").attr("aria-labelledby", id + "-title " + id + "-desc")
      .add(el("title").id(id + "-title").text(title)).add(el("desc").id(id + "-desc").text(words))
      .add(el("line").attr("x1", "0").attr("y1", "39.5").attr("x2", "160").attr("y2", "39.5").attr("stroke", "#505a5f")
               .attr("stroke-width", "1"));

  // The comparators first, under the council's line: a step per period.
  for (int k = 0; k < 3; ++k) {
    const auto kind = reports::Comparator::Kind(k);
    std::string path, name;
    for (size_t i = 0; i < points.size(); ++i) {
      const auto c = comparatorAt(points[i], kind);
      if (!c) continue;
      name = c->name;
      const double half = points.size() > 1 ? scale.step / 2 : kWidth / 2 - kPad;
      path += " M" + coord(std::max(0.0, scale.x(i) - half)) + " " + coord(scale.y(c->value)) + " L" +
              coord(std::min(kWidth, scale.x(i) + half)) + " " + coord(scale.y(c->value));
    }
    if (path.empty()) continue;
    svg.add(el("g").cls("hc-benchmark hc-benchmark--" + std::string(kKinds[k]))
                .add(el("title").text(name + ", the DfE's published figure (dashed line)"))
                .add(el("path").attr("d", path.substr(1)).attr("fill", "none").attr("stroke", "#0b0c0c")
                         .attr("stroke-width", "1").attr("stroke-dasharray", kDashes[k])));
  }

  std::string path;
  bool pen_down = false;
  for (size_t i = 0; i < points.size(); ++i) {
    if (!points[i].value) {
      pen_down = false;  // a gap, not a line through a missing figure
      continue;
    }
    const double x = scale.x(i), y = scale.y(*points[i].value);
    path += std::string(pen_down ? " L" : " M") + coord(x) + " " + coord(y);
    pen_down = true;
    svg.add(el("circle").attr("cx", coord(x)).attr("cy", coord(y)).attr("r", "2.5").attr("fill", "#1d70b8"));
  }
  if (!path.empty())
    svg.add(el("path").attr("d", path.substr(1)).attr("fill", "none").attr("stroke", "#1d70b8").attr("stroke-width", "2"));
  if (!points.empty() && points.back().value)
    svg.add(el("text").attr("x", coord(kWidth + 6)).attr("y", "25").attr("font-size", "13").attr("font-weight", "700")
                .text(reports::formatValue(unit, *points.back().value)));

  html::Element list = el("ul");
  list.cls("govuk-visually-hidden");
  for (const auto& p : points) list.add(el("li").text(pointText(unit, p)));
  return svg + list;
}

}  // namespace hc::web::dashboard
