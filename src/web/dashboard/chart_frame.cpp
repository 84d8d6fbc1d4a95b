#include "web/dashboard/chart_frame.h"

#include <algorithm>
#include <cctype>

#include "reports/figure_text.h"
#include "core/html_escape.h"

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

std::string label(double x, double y, const std::string& text, const char* extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\"" + kHalo + extra + ">" + hc::escapeHtml(text) + "</text>";
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

std::string line(double x1, double y1, double x2, double y2, const char* colour, const char* dash,
                 double width) {
  return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2) +
         "\" stroke=\"" + colour + "\" stroke-width=\"" + num(width) + "\"" +
         (dash ? std::string(" stroke-dasharray=\"") + dash + "\"" : std::string()) + "/>";
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

std::string keyHtml(const std::vector<KeyEntry>& entries, double y, double* height) {
  std::string s = "<g class=\"hc-key\">";
  double x = kMargin;
  for (const auto& e : entries) {
    const double w = kSampleW + 6 + textWidth(e.text);
    if (x > kMargin && x + w > kW - kRight) x = kMargin, y += kKeyRow;
    const double mid = y - kFont * 0.35;
    if (e.sample == KeyEntry::kLine) s += line(x, mid, x + kSampleW, mid, e.colour, e.dash, 2);
    if (e.sample == KeyEntry::kDot) s += circle(x + kSampleW / 2, mid, 4.5);
    if (e.sample == KeyEntry::kDiamond) s += diamond(x + kSampleW / 2, mid, 6, e.colour);
    s += "<text x=\"" + num(x + kSampleW + 6) + "\" y=\"" + num(y) + "\">" + hc::escapeHtml(e.text) + "</text>";
    x += w + 18;
  }
  *height = y + 8;
  return s + "</g>";
}

std::string valueAxisHtml(const Plot& p) {
  std::string s;
  if (!p.caption.empty())
    s += "<text class=\"hc-axis-caption\" x=\"" + num(kMargin) + "\" y=\"" + num(kTop + 8) + "\">" +
         hc::escapeHtml(p.caption) + "</text>";
  s += "<g class=\"hc-y-axis\">";
  for (size_t i = 0; i < p.ticks.values.size(); ++i) {
    const double y = p.y(p.ticks.values[i]);
    s += line(p.left, y, p.right(), y, kGridColour, nullptr, 1) + "<text x=\"" + num(p.left - kTickGap) + "\" y=\"" +
         num(y + kFont * 0.35) + "\" text-anchor=\"end\">" + hc::escapeHtml(p.labels[i]) + "</text>";
  }
  return s + "</g>";
}

std::string endLabels(const Plot& p, const std::string& left, const std::string& right) {
  const double y = p.bottom() + kAxisGap;
  std::string s = label(p.left, y, left);
  if (!right.empty()) s += label(p.right(), y, right, " text-anchor=\"end\"");
  return s;
}

std::string nAxisHtml(const Plot& p, double n_max, std::string_view n_counts, double* last) {
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
  std::string s = "<g class=\"hc-x-axis\">";
  for (size_t i = 0; i < ticks.values.size(); ++i) {
    const double tx = x(ticks.values[i]);
    // Centred under its mark, unless that would run past the chart's edge.
    const double lx = std::min(tx, kW - 2 - textWidth(labels[i]) / 2);
    s += line(tx, p.bottom(), tx, p.bottom() + 5, kLineColour, nullptr, 1) + "<text class=\"hc-tick\" x=\"" + num(lx) +
         "\" y=\"" + num(y) + "\" text-anchor=\"middle\">" + hc::escapeHtml(labels[i]) + "</text>";
  }
  std::string title(n_counts);
  if (!title.empty()) title[0] = char(std::toupper(static_cast<unsigned char>(title[0])));
  title += " (n)";
  *last = y;
  std::string row;
  auto flush = [&] {
    *last += 20;
    s += "<text class=\"hc-axis-title\" x=\"" + num(p.left + p.width() / 2) + "\" y=\"" + num(*last) +
         "\" text-anchor=\"middle\">" + hc::escapeHtml(row) + "</text>";
    row.clear();
  };
  for (size_t at = 0; at < title.size();) {
    const size_t end = std::min(title.find(' ', at), title.size());
    const std::string word = title.substr(at, end - at);
    if (!row.empty() && textWidth(row + " " + word) > p.width()) flush();
    row += (row.empty() ? "" : " ") + word;
    at = end + 1;
  }
  flush();
  return s + "</g>";
}

std::string chartHtml(const std::string& id, const std::string& title, const std::string& desc, double height,
                      const std::string& body, const std::vector<std::string>& words) {
  const std::string eid = hc::escapeHtml(id);
  std::string s = "<div class=\"hc-chart-box\"><svg class=\"hc-chart\" id=\"" + eid + "\" role=\"img\" viewBox=\"0 0 " +
                  num(kW) + " " + num(height) + "\" width=\"" + num(kW) + "\" height=\"" + num(height) +
                  "\" aria-labelledby=\"" + eid + "-title " + eid + "-desc\" font-family=\"Arial, sans-serif\" "
                  "font-size=\"" + num(kFont) + "\"><title id=\"" + eid + "-title\">" + hc::escapeHtml(title) +
                  "</title><desc id=\"" + eid + "-desc\">" + hc::escapeHtml(desc) + "</desc>" + body +
                  "</svg></div><ul class=\"govuk-visually-hidden\">";
  for (const auto& w : words) s += "<li>" + hc::escapeHtml(w) + "</li>";
  return s + "</ul>\n";
}

}  // namespace hc::web::dashboard::chart_frame
