#include "reports/svg_bar_chart.h"

#include <algorithm>
#include <cmath>

#include "reports/figure_text.h"
#include "html/element.h"
#include "reports/status_style.h"

namespace hc::reports {
namespace {

using html::Element;
using html::el;
using html::Html;

// Layout in SVG user units; the viewBox scales it to the page width.
constexpr int kWidth = 680;
constexpr int kLabelWidth = 190;                 // the narrowest label column
constexpr int kMaxLabelWidth = 330;              // long names (joint authorities) widen it to here
constexpr double kLabelCharWidth = 7.2;          // Arial 13px, a generous average
constexpr int kValueWidth = 150;  // room for "12.5 per 100 cases (Amber)"
constexpr int kLegendHeight = 30;
constexpr int kRowHeight = 42;
constexpr int kBarHeight = 15;
constexpr uint32_t kPreviousColour = 0x6F777B;  // 4.6:1 on white
constexpr uint32_t kUnratedColour = 0x1D70B8;   // GOV.UK blue
constexpr uint32_t kReferenceColour = 0x0B0C0C;
constexpr uint32_t kHighlightColour = 0x003078;  // GOV.UK dark blue: the council among its neighbours
// Figures are drawn over a white halo, so a reference line passing behind
// one stops short of its text rather than crossing it.
Element& halo(Element& text) {
  return text.attr("paint-order", "stroke").attr("stroke", "#ffffff").attr("stroke-width", "5").attr("stroke-linejoin", "round");
}
Element&& halo(Element&& text) { return std::move(halo(text)); }
constexpr int kKeyHeight = 20;                  // one reference line's key row
// Dash patterns tell the reference lines apart without colour.
constexpr const char* kDashes[] = {"6 3", "2 3", "10 3 2 3"};

// The largest value drawn: percentages and scores keep their whole 0-100
// scale, so that 14% never looks like a full bar.
double scaleMax(const BarChart& chart) {
  double max = 0;
  for (const BarChartRow& r : chart.rows) {
    if (r.value) max = std::max(max, *r.value);
    if (r.previous) max = std::max(max, *r.previous);
  }
  for (const Comparator& c : chart.references) max = std::max(max, c.value);
  if (chart.fitted_scale && max > 0) {
    // The least round value (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power
    // of ten, halved on the axis) a little above the longest bar, so that
    // it takes two thirds of the width or more.
    const double want = max * 1.05, ten = std::pow(10.0, std::floor(std::log10(want)));
    for (double step : {1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0})
      if (step * ten >= want) return step * ten;
  }
  if (chart.unit == metrics::Unit::kPercent || chart.unit == metrics::Unit::kScore) max = std::max(max, 100.0);
  return max > 0 ? max : 1;
}

constexpr int kAxisHeight = 22;  // a fitted scale's axis under the bars

// A fitted scale's axis: a line under the bars from 0 to `max`, marked at
// 0, half and `max`; nothing for the 0-100 scale, which needs no reading.
Html scaleAxis(const BarChart& chart, double x0, double width, double max, int y) {
  if (!chart.fitted_scale) return {};
  Html s = el("line").attr("x1", int(x0)).attr("y1", y).attr("x2", int(std::round(x0 + width))).attr("y2", y)
               .attr("stroke", "#505a5f").attr("stroke-width", "1");
  for (int k = 0; k <= 2; ++k) {
    const int x = int(std::round(x0 + width * k / 2));
    Element label = el("text");
    label.attr("x", x).attr("y", y + 16).attr("font-size", "12")
        .attr("text-anchor", k == 0 ? "start" : k == 1 ? "middle" : "end")
        .text(formatValue(chart.unit, max * k / 2));
    s += el("line").attr("x1", x).attr("y1", y).attr("x2", x).attr("y2", y + 4).attr("stroke", "#505a5f")
             .attr("stroke-width", "1") + label;
  }
  return s + Html::markup("\n");
}

// A bar: an empty <rect .../> (html::Element closes SVG's shapes itself).
Html rect(double x, double y, double w, double h, uint32_t fill) {
  return el("rect").attr("x", int(x)).attr("y", int(y)).attr("width", int(std::round(std::max(0.0, w))))
      .attr("height", int(h)).attr("fill", cssColour(fill));
}

// A <text> at (x, y); the caller adds its other attributes.
Element text(double x, double y, const std::string& content) {
  Element t = el("text");
  t.attr("x", int(x)).attr("y", int(y)).text(content);
  return t;
}

// The label column: wide enough for the longest label, within limits.
int labelWidth(const BarChart& chart) {
  size_t longest = 0;
  for (const BarChartRow& r : chart.rows) longest = std::max(longest, r.label.size());
  return std::clamp(int(double(longest) * kLabelCharWidth) + 12, kLabelWidth, kMaxLabelWidth);
}

// The room right of the bars for their figures: the rating's word too
// where rated; unrated ("10.0%"), as wide as the longest figure needs.
int valueWidth(const BarChart& chart) {
  if (chart.rated) return kValueWidth;
  size_t longest = 0;
  for (const BarChartRow& r : chart.rows) {
    if (r.value) longest = std::max(longest, formatValue(chart.unit, *r.value).size());
    if (r.previous) longest = std::max(longest, formatValue(chart.unit, *r.previous).size());
  }
  return std::clamp(int(double(longest) * kLabelCharWidth) + 18, 60, kValueWidth);
}

// "England (DfE, year to 30 September 2025): 14.2%".
std::string referenceText(const BarChart& chart, const Comparator& c) {
  return c.name + (chart.references_source.empty() ? "" : " (" + chart.references_source + ")") + ": " +
         formatValue(chart.unit, c.value);
}

// The <desc>: every bar in words, for screen readers and text-only copies.
std::string describe(const BarChart& chart) {
  std::string d = chart.description;
  for (const BarChartRow& r : chart.rows) {
    d += " " + r.label + ": ";
    if (!r.value) {
      d += r.missing + ".";
      continue;
    }
    d += formatValue(chart.unit, *r.value) + " in " + chart.current_label;
    if (chart.rated) d += std::string(" (") + statusWord(r.status) + ")";
    if (r.previous) d += ", " + formatValue(chart.unit, *r.previous) + " in " + chart.previous_label;
    d += ".";
  }
  if (!chart.references.empty()) d += " Reference lines:";
  for (const Comparator& c : chart.references) d += " " + referenceText(chart, c) + ".";
  return d;
}

// A dashed line in the reference colour.
Html dashedLine(int x1, int y1, int x2, int y2, const char* dash) {
  return el("line").attr("x1", x1).attr("y1", y1).attr("x2", x2).attr("y2", y2).attr("stroke", cssColour(kReferenceColour))
      .attr("stroke-width", "2").attr("stroke-dasharray", dash);
}

Html newline() { return Html::markup("\n"); }

// The reference's group: its <title>, its dashed line and its key.
Html benchmarkGroup(const BarChart& chart, const Comparator& c, const Html& drawn) {
  return el("g").cls("hc-benchmark").add(el("title").text(referenceText(chart, c))).add(drawn) + newline();
}

// The key's lines for a reference: its text wrapped to `width` units.
std::vector<std::string> keyLines(const BarChart& chart, const Comparator& c, double width);

// The dashed line of each reference across the bars and its key below
// them, from `keys_top`, each name wrapped to the chart's edge; sets
// *bottom to the key's last row's foot.
Html referenceLines(const BarChart& chart, int lw, double max, double bar_space, int bars_bottom, int keys_top,
                    int* bottom) {
  Html s;
  int key_y = keys_top;
  for (size_t i = 0; i < chart.references.size(); ++i) {
    const Comparator& c = chart.references[i];
    const int x = int(std::round(lw + c.value / max * bar_space));
    const char* dash = kDashes[i % 3];
    const std::vector<std::string> lines = keyLines(chart, c, kWidth - lw - 38);
    Html key_text;
    for (size_t k = 0; k < lines.size(); ++k) key_text += text(lw + 38, key_y + 12 + int(k) * 17, lines[k]);
    s += benchmarkGroup(chart, c,
                        dashedLine(x, kLegendHeight - 2, x, bars_bottom, dash) +
                            dashedLine(lw, key_y + 8, lw + 30, key_y + 8, dash) + key_text);
    key_y += kKeyHeight + int(lines.size() - 1) * 17;
  }
  *bottom = key_y;
  return s;
}

// The <svg> element around `content`, with its <title> and its <desc>;
// `id` names the title and description, unique in the page.
Html svg(const BarChart& chart, const std::string& css_class, const std::string& id, int width, int height,
         int font_size, const Html& content) {
  const std::string title_id = id + "-title", desc_id = id + "-desc";
  return el("svg").cls(css_class).attr("xmlns", "http://www.w3.org/2000/svg").attr("role", "img")
      .attr("viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(height))
      .attr("aria-labelledby", title_id + " " + desc_id).attr("font-family", "Arial, sans-serif")
      .attr("font-size", font_size)
      .add(newline() + el("title").id(title_id).text(chart.title) + newline() + el("desc").id(desc_id).text(describe(chart)) +
           newline() + content);
}

// The outline that makes a highlighted row's bar stand out without colour.
Html outline(int x, int y, double w, int h) {
  return el("rect").attr("x", x - 2).attr("y", y).attr("width", int(std::round(w)) + 4).attr("height", h + 4)
      .attr("fill", "none").attr("stroke", "#0b0c0c").attr("stroke-width", "2");
}

uint32_t barColour(const BarChart& chart, const BarChartRow& r) {
  return chart.rated ? statusColours(r.status).background : r.highlight ? kHighlightColour : kUnratedColour;
}

// The wide layout: labels in a column left of the bars, 680 units.
Html wideSvg(const BarChart& chart) {
  const int bars_bottom = kLegendHeight + int(chart.rows.size()) * kRowHeight;
  const int axis_bottom = bars_bottom + (chart.fitted_scale ? kAxisHeight : 0);
  const int lw = labelWidth(chart);
  const double bar_space = kWidth - lw - valueWidth(chart);
  const double max = scaleMax(chart);

  // Legend: the current bar's colour is the row's status, so the legend
  // shows a neutral dark swatch for "this period".
  Html s = rect(lw, 6, 14, 14, chart.rated ? 0x0B0C0C : kUnratedColour) +
           text(lw + 20, 18, chart.current_label + (chart.rated ? " (coloured by rating)" : ""));
  if (!chart.previous_label.empty())
    s += rect(lw + 260, 6, 14, 14, kPreviousColour) + text(lw + 280, 18, chart.previous_label);
  s += newline();
  // Under the bars and their figures, so that the figures stay legible.
  int keys_bottom = 0;
  s += referenceLines(chart, lw, max, bar_space, bars_bottom, axis_bottom + 6, &keys_bottom);
  s += scaleAxis(chart, lw, bar_space, max, bars_bottom);
  const int height = chart.references.empty() ? axis_bottom + 4 : keys_bottom + 6;

  for (size_t i = 0; i < chart.rows.size(); ++i) {
    const BarChartRow& r = chart.rows[i];
    const double y = kLegendHeight + double(i) * kRowHeight;
    Element label = text(lw - 8, y + kBarHeight, r.label);
    label.attr("text-anchor", "end");
    if (r.highlight) label.attr("font-weight", "700");
    s += label;
    if (r.value) {
      const double w = *r.value / max * bar_space;
      s += rect(lw, y + 2, w, kBarHeight, barColour(chart, r));
      if (r.highlight) s += outline(lw, int(y), w, kBarHeight);
      Element figure = text(lw + w + 6, y + kBarHeight,
                            formatValue(chart.unit, *r.value) +
                                (chart.rated ? std::string(" (") + statusWord(r.status) + ")" : std::string()));
      if (r.highlight) figure.attr("font-weight", "700");
      s += halo(figure);
    } else {
      s += text(lw, y + kBarHeight, r.missing).attr("font-style", "italic");
    }
    if (r.previous) {
      s += rect(lw, y + 4 + kBarHeight, *r.previous / max * bar_space, kBarHeight - 4, kPreviousColour);
      s += halo(text(lw + *r.previous / max * bar_space + 6, y + 2 * kBarHeight + 1, formatValue(chart.unit, *r.previous))
                    .attr("font-size", "12"));
    }
    s += newline();
  }
  return svg(chart, "chart", chart.id, kWidth, height, 13, s);
}

// The narrow layout, for a phone: each label on its own line(s) above its
// bars, which take the whole width less room for the figures. 290 units
// (the narrowest box the pages allow: a 320 px window) drawn no smaller,
// so its 12 to 14 unit text is never under 12 px.
constexpr int kNarrowWidth = 290;
constexpr int kNarrowLabelFont = 14, kNarrowFigureFont = 13, kNarrowPreviousFont = 12;
constexpr int kNarrowLine = 18;           // a label line
constexpr int kNarrowBar = 14, kNarrowPreviousBar = 11;
constexpr int kNarrowRowGap = 12;
constexpr int kNarrowBarX = 3;            // room for a highlighted bar's outline
constexpr double kEm = 0.58;              // Arial's average width, in ems: generous for digits and lower case
constexpr double kLabelEm = 0.5, kBoldLabelEm = 0.56;  // names: mostly lower case (Arial is 0.45 to 0.5)

// `words` broken into lines of at most `chars` characters (UTF-8 counted
// by character); a longer word keeps a line of its own.
std::vector<std::string> wrap(const std::string& words, size_t chars) {
  std::vector<std::string> lines;
  std::string line;
  size_t line_chars = 0, start = 0;
  auto length = [](const std::string& w) {
    size_t n = 0;
    for (unsigned char c : w) n += (c & 0xC0) != 0x80;
    return n;
  };
  while (start <= words.size()) {
    size_t end = words.find(' ', start);
    if (end == std::string::npos) end = words.size();
    const std::string word = words.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    const size_t n = length(word);
    if (line_chars > 0 && line_chars + 1 + n > chars) {
      lines.push_back(line);
      line.clear();
      line_chars = 0;
    }
    line += (line_chars > 0 ? " " : "") + word;
    line_chars += (line_chars > 0 ? 1 : 0) + n;
  }
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

size_t charsPerLine(double width, int font, double em = kEm) { return size_t(width / (em * font)); }

// A row's label lines: the label, and the rating when the bars are rated
// (the wide layout puts it after the figure, where a phone has no room).
std::vector<std::string> narrowLabel(const BarChart& chart, const BarChartRow& r) {
  const std::string label = chart.rated && r.value ? r.label + " (" + statusWord(r.status) + ")" : r.label;
  return wrap(label, charsPerLine(kNarrowWidth, kNarrowLabelFont, r.highlight ? kBoldLabelEm : kLabelEm));
}

// The width the bars leave for their figures: the longest figure's.
double narrowFigureRoom(const BarChart& chart) {
  double room = 0;
  for (const BarChartRow& r : chart.rows) {
    if (r.value) room = std::max(room, double(formatValue(chart.unit, *r.value).size()) * kEm * kNarrowFigureFont);
    if (r.previous)
      room = std::max(room, double(formatValue(chart.unit, *r.previous).size()) * kEm * kNarrowPreviousFont);
  }
  return std::min(room + 6, kNarrowWidth * 0.6);
}

std::vector<std::string> keyLines(const BarChart& chart, const Comparator& c, double width) {
  return wrap(referenceText(chart, c), charsPerLine(width, 13));
}

Html narrowSvg(const BarChart& chart) {
  const bool has_previous = !chart.previous_label.empty();
  const int legend_height = has_previous ? 44 : 26;
  const double bar_space = kNarrowWidth - kNarrowBarX - narrowFigureRoom(chart);
  const double max = scaleMax(chart);

  Html body;
  double y = legend_height;
  for (const BarChartRow& r : chart.rows) {
    const std::vector<std::string> lines = narrowLabel(chart, r);
    for (size_t k = 0; k < lines.size(); ++k) {
      Element line = halo(text(0, y + kNarrowLabelFont + double(k) * kNarrowLine, lines[k]));
      if (r.highlight) line.attr("font-weight", "700");
      body += line.attr("font-size", kNarrowLabelFont);
    }
    const double bar_y = y + double(lines.size()) * kNarrowLine + 2;
    if (r.value) {
      const double w = *r.value / max * bar_space;
      body += rect(kNarrowBarX, bar_y, w, kNarrowBar, barColour(chart, r));
      if (r.highlight) body += outline(kNarrowBarX, int(bar_y) - 2, w, kNarrowBar);
      Element figure = text(kNarrowBarX + w + 6, bar_y + kNarrowBar - 2, formatValue(chart.unit, *r.value));
      if (r.highlight) figure.attr("font-weight", "700");
      body += halo(figure);
    } else {
      body += halo(text(kNarrowBarX, bar_y + kNarrowBar - 2, r.missing).attr("font-style", "italic"));
    }
    double bottom = bar_y + kNarrowBar;
    if (has_previous) {
      const double prev_y = bar_y + kNarrowBar + 3;
      if (r.previous) {
        const double w = *r.previous / max * bar_space;
        body += rect(kNarrowBarX, prev_y, w, kNarrowPreviousBar, kPreviousColour);
        body += halo(text(kNarrowBarX + w + 6, prev_y + kNarrowPreviousBar - 1, formatValue(chart.unit, *r.previous))
                         .attr("font-size", kNarrowPreviousFont));
      }
      bottom = prev_y + kNarrowPreviousBar;
    }
    body += newline();
    y = bottom + kNarrowRowGap;
  }
  const int bars_bottom = int(std::ceil(y - kNarrowRowGap / 2.0));
  body += scaleAxis(chart, kNarrowBarX, bar_space, max, bars_bottom);

  // The references' dashed lines beneath the bars, and their key below:
  // each name wrapped beside its sample.
  Html lines;
  double key_y = bars_bottom + (chart.fitted_scale ? kAxisHeight : 0) + 6;
  for (size_t i = 0; i < chart.references.size(); ++i) {
    const Comparator& c = chart.references[i];
    const int x = int(std::round(kNarrowBarX + c.value / max * bar_space));
    const char* dash = kDashes[i % 3];
    const std::vector<std::string> key = keyLines(chart, c, kNarrowWidth - 38);
    Html key_text;
    for (size_t k = 0; k < key.size(); ++k) key_text += text(38, key_y + 12 + double(k) * 17, key[k]);
    lines += benchmarkGroup(chart, c,
                            dashedLine(x, legend_height - 2, x, bars_bottom, dash) +
                                dashedLine(kNarrowBarX, int(key_y) + 8, 30, int(key_y) + 8, dash) + key_text);
    key_y += double(key.size()) * 17 + 5;
  }
  const int height = std::max(int(std::ceil(key_y)) + (chart.references.empty() ? 0 : 4),
                              chart.fitted_scale ? bars_bottom + kAxisHeight : 0);

  Html s = rect(kNarrowBarX, 6, 14, 14, chart.rated ? 0x0B0C0C : kUnratedColour) +
           text(kNarrowBarX + 20, 18, chart.current_label + (chart.rated ? " (coloured by rating)" : ""));
  if (has_previous) s += rect(kNarrowBarX, 24, 14, 14, kPreviousColour) + text(kNarrowBarX + 20, 36, chart.previous_label);
  return svg(chart, "chart chart--narrow", chart.id + "-narrow", kNarrowWidth, height, 13, s + newline() + lines + body);
}

}  // namespace

Html barChartSvg(const BarChart& chart, BarChartLayout layout) {
  return layout == BarChartLayout::kNarrow ? narrowSvg(chart) : wideSvg(chart);
}

}  // namespace hc::reports
