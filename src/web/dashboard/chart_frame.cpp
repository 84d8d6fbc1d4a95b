#include "web/dashboard/chart_frame.h"

#include <algorithm>
#include <cctype>

#include "reports/figure_text.h"

namespace hc::web::dashboard::chart_frame {
namespace {

// Generously wide (Arial averages about half an em a character, "%" nine
// tenths), so that entries laid side by side never touch.
double textWidth(const std::string& utf8) {
  double ems = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ems += c == '%' ? 0.9 : 0.6;
  return ems * kFont;
}

// A label with a white halo, so that it reads over the lines it crosses.
html::Element label(double x, double y, const std::string& text) {
  html::Element t = html::el("text");
  t.attr("x", num(x)).attr("y", num(y)).attr("paint-order", "stroke").attr("stroke", "#ffffff").attr("stroke-width", "5")
      .attr("stroke-linejoin", "round");
  return t.text(text);
}

}  // namespace

std::string num(double v) { return reports::formatNumber(v, 1); }

Plot plotFor(double lo, double hi, metrics::Unit unit) {
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const double pad = (hi - lo) * 0.08;
  Plot p{lo - pad, hi + pad, 0, kTop, {}, {}, axisUnitCaption(unit)};
  if (unit == metrics::Unit::kPercent)
    p.lo = std::max(lo - pad, std::min(lo, 0.0)), p.hi = std::min(hi + pad, std::max(hi, 100.0));
  p.ticks = axisTicks(p.lo, p.hi, unit);
  double widest = 0;
  for (double v : p.ticks.values) {
    p.labels.push_back(tickLabel(unit, v, p.ticks.decimals));
    widest = std::max(widest, textWidth(p.labels.back()));
  }
  p.left = kMargin + widest + kTickGap;
  if (!p.caption.empty()) p.top += kCaptionH;
  return p;
}

html::Html line(double x1, double y1, double x2, double y2, const char* colour, const char* dash, double width) {
  html::Element l = html::el("line");
  l.attr("x1", num(x1)).attr("y1", num(y1)).attr("x2", num(x2)).attr("y2", num(y2)).attr("stroke", colour)
      .attr("stroke-width", num(width));
  if (dash) l.attr("stroke-dasharray", dash);
  return l;
}

html::Html diamond(double x, double y, double r, const char* fill) {
  return html::el("path")
      .attr("d", "M" + num(x) + " " + num(y - r) + " L" + num(x + r) + " " + num(y) + " L" + num(x) + " " + num(y + r) +
                     " L" + num(x - r) + " " + num(y) + " Z")
      .attr("fill", fill).attr("stroke", "#0b0c0c").attr("stroke-width", "1");
}

html::Html circle(double x, double y, double r) {
  return html::el("circle").attr("cx", num(x)).attr("cy", num(y)).attr("r", num(r)).attr("fill", "#1d70b8")
      .attr("fill-opacity", "0.8").attr("stroke", "#0b0c0c").attr("stroke-width", "0.5");
}

html::Html keyHtml(const std::vector<KeyEntry>& entries, double y, double* height) {
  html::Element g = html::el("g");
  g.cls("hc-key");
  double x = kMargin;
  for (const auto& e : entries) {
    const double w = kSampleW + 6 + textWidth(e.text);
    if (x > kMargin && x + w > kW - kRight) x = kMargin, y += kKeyRow;
    const double mid = y - kFont * 0.35;
    if (e.sample == KeyEntry::kLine) g.add(line(x, mid, x + kSampleW, mid, e.colour, e.dash, 2));
    if (e.sample == KeyEntry::kDot) g.add(circle(x + kSampleW / 2, mid, 4.5));
    if (e.sample == KeyEntry::kDiamond) g.add(diamond(x + kSampleW / 2, mid, 6, e.colour));
    g.add(html::el("text").attr("x", num(x + kSampleW + 6)).attr("y", num(y)).text(e.text));
    x += w + 18;
  }
  *height = y + 8;
  return g;
}

html::Html valueAxisHtml(const Plot& p) {
  html::Html s;
  if (!p.caption.empty())
    s += html::el("text").cls("hc-axis-caption").attr("x", num(kMargin)).attr("y", num(kTop + 8)).text(p.caption);
  html::Element g = html::el("g");
  g.cls("hc-y-axis");
  for (size_t i = 0; i < p.ticks.values.size(); ++i) {
    const double y = p.y(p.ticks.values[i]);
    g.add(line(p.left, y, p.right(), y, kGridColour, nullptr, 1))
        .add(html::el("text").attr("x", num(p.left - kTickGap)).attr("y", num(y + kFont * 0.35))
                 .attr("text-anchor", "end").text(p.labels[i]));
  }
  return s + g;
}

html::Html endLabels(const Plot& p, const std::string& left, const std::string& right) {
  const double y = p.bottom() + kAxisGap;
  html::Html s = label(p.left, y, left);
  if (!right.empty()) s += label(p.right(), y, right).attr("text-anchor", "end");
  return s;
}

html::Html nAxisHtml(const Plot& p, double n_max, std::string_view n_counts, double* last) {
  auto x = [&](double n) { return p.left + n / n_max * p.width(); };
  AxisTicks ticks;
  std::vector<std::string> labels;
  for (int most = 5; most >= 2; --most) {
    ticks = axisTicks(0, n_max, metrics::Unit::kCount, most);
    labels.clear();
    double widest = 0;
    for (double v : ticks.values) {
      labels.push_back(tickLabel(metrics::Unit::kCount, v, 0));
      widest = std::max(widest, textWidth(labels.back()));
    }
    if (widest + 8 <= ticks.step / n_max * p.width()) break;
  }
  const double y = p.bottom() + kAxisGap;
  html::Element g = html::el("g");
  g.cls("hc-x-axis");
  for (size_t i = 0; i < ticks.values.size(); ++i) {
    const double tx = x(ticks.values[i]);
    // Centred under its mark, unless that would run past the chart's edge.
    const double lx = std::min(tx, kW - 2 - textWidth(labels[i]) / 2);
    g.add(line(tx, p.bottom(), tx, p.bottom() + 5, kLineColour, nullptr, 1))
        .add(html::el("text").cls("hc-tick").attr("x", num(lx)).attr("y", num(y)).attr("text-anchor", "middle")
                 .text(labels[i]));
  }
  std::string title(n_counts);
  if (!title.empty()) title[0] = char(std::toupper(static_cast<unsigned char>(title[0])));
  title += " (n)";
  *last = y;
  for (const std::string& row : wrapText(title, p.width())) {
    *last += 20;
    g.add(html::el("text").cls("hc-axis-title").attr("x", num(p.left + p.width() / 2)).attr("y", num(*last))
              .attr("text-anchor", "middle").text(row));
  }
  return g;
}

std::vector<std::string> wrapText(const std::string& text, double width) {
  std::vector<std::string> rows;
  std::string row;
  for (size_t at = 0; at < text.size();) {
    const size_t end = std::min(text.find(' ', at), text.size());
    const std::string word = text.substr(at, end - at);
    if (!row.empty() && textWidth(row + " " + word) > width) rows.push_back(std::move(row)), row.clear();
    row += (row.empty() ? "" : " ") + word;
    at = end + 1;
  }
  rows.push_back(row);
  return rows;
}

html::Html chartHtml(const std::string& id, const std::string& title, const std::string& desc, double height,
                     const html::Html& body, const std::vector<std::string>& words, const char* role) {
  using html::el;
  html::Element list = el("ul");
  list.cls("govuk-visually-hidden");
  for (const auto& w : words) list.add(el("li").text(w));
  return el("div").cls("hc-chart-box")
             .add(el("svg").cls("hc-chart").id(id).attr("role", role).attr("viewBox", "0 0 " + num(kW) + " " + num(height))
                      .attr("width", num(kW)).attr("height", num(height))
                      .attr("aria-labelledby", id + "-title " + id + "-desc").attr("font-family", "Arial, sans-serif")
                      .attr("font-size", num(kFont))
                      .add(el("title").id(id + "-title").text(title)).add(el("desc").id(id + "-desc").text(desc))
                      .add(body)) +
         list + "\n";
}

}  // namespace hc::web::dashboard::chart_frame
