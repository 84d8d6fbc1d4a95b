#include "reports/members/members_parts.h"

#include "core/clean_text.h"
#include "reports/figure_text.h"
#include "html/element.h"
#include "reports/status_style.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;

const char* ratingClass(metrics::Status s) {
  switch (s) {
    case metrics::Status::kRed: return "rating-red";
    case metrics::Status::kAmber: return "rating-amber";
    case metrics::Status::kGreen: return "rating-green";
    case metrics::Status::kNone: break;
  }
  return "rating-none";
}

}  // namespace

std::string cssString(const std::string& text) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out = "\"";
  for (const char c : cleanText(text)) {
    const auto u = static_cast<unsigned char>(c);
    const bool plain = u >= 0x80 || u == ' ' || (u >= '0' && u <= '9') || (u >= 'A' && u <= 'Z') ||
                       (u >= 'a' && u <= 'z');
    if (plain) {
      out += c;
    } else {
      out += '\\';
      out += kHex[u >> 4];
      out += kHex[u & 15];
      out += ' ';  // ends the escape: the next character may be a hex digit
    }
  }
  return out + "\"";
}

std::string stylesheet(const std::string& running_header) {
  // Page margin boxes (Chromium 131 and later) carry the running header and
  // the page numbers in print; the cover page has neither header nor number.
  // Chromium does not always keep a heading with what follows it
  // (break-after: avoid), so a heading and the table it introduces share
  // a block that is not split: an area (a short page's worth), .keep.
  std::string css = "@page { size: A4; margin: 18mm 14mm 16mm; @top-left { content: " + cssString(running_header) +
                    "; font: 8.5pt Arial, Helvetica, sans-serif; color: #383F43; } @bottom-right { content: "
                    "\"Page \" counter(page) \" of \" counter(pages); font: 8.5pt Arial, Helvetica, sans-serif; "
                    "color: #383F43; } }\n@page :first { @top-left { content: none; } @bottom-right { content: none; } }\n";
  // The rating colours here are those of status_style.cpp (tested there for
  // contrast); print-color-adjust keeps them when printing.
  return css + R"(
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 10pt/1.38 Arial, Helvetica, sans-serif; color: #0B0C0C; background: #FFFFFF; max-width: 182mm; margin: 0 auto; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 15pt; margin: 14pt 0 6pt; border-bottom: 2pt solid #0B0C0C; break-after: avoid; page-break-after: avoid; }
section.flow { break-inside: auto; }
section.area { break-inside: avoid; page-break-inside: avoid; }
section.area table, section#teams table { font-size: 8.5pt; }
section.area td.num { white-space: normal; }
section.cover { break-after: page; page-break-after: always; padding-top: 30mm; }
.cover h1 { font-size: 28pt; }
.cover .subtitle { border-bottom: 2pt solid #0B0C0C; padding-bottom: 10pt; }
dl.cover-details { display: grid; grid-template-columns: max-content 1fr; gap: 4pt 12pt; font-size: 12pt; margin: 14pt 0; }
dl.cover-details dt { margin: 0; }
dl.cover-details dd { margin: 0; }
.keep { break-inside: avoid; page-break-inside: avoid; }
@media print { .screen-only { display: none; } }
.screen-only { font-size: 11pt; margin: 8pt 0 16pt; }
.screen-only a { margin-right: 16pt; }
.cover .kicker { font-size: 10pt; text-transform: uppercase; letter-spacing: 0.05em; color: #383F43; margin: 0; }
.cover .council { font-size: 16pt; font-weight: bold; margin: 2pt 0; }
.lead { font-size: 11pt; }
.overdue { color: #A4161A; font-weight: bold; }
ul.actions { padding-left: 14pt; }
ul.actions li { break-inside: avoid; page-break-inside: avoid; margin-bottom: 4pt; }
.columns { column-count: 2; column-gap: 8mm; font-size: 9pt; orphans: 1; widows: 1; }
.columns dt, .columns .definition h4 { break-after: avoid; }
.columns h3 { font-size: 10.5pt; margin-top: 4pt; break-after: avoid; }
.columns p { margin: 1pt 0; }
.definition { margin: 0 0 3pt; }
.definition h4, .definition p { display: inline; font-size: 9pt; margin: 0; }
.definition h4::after { content: ": "; }
.columns .note { font-size: inherit; }
h3 { font-size: 12pt; margin: 10pt 0 3pt; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 11pt; margin: 8pt 0 2pt; }
p, li { margin: 3pt 0; }
.subtitle { font-size: 12pt; color: #383F43; margin-bottom: 10pt; }
section.page { break-after: page; page-break-after: always; }
.starts-page { break-before: page; page-break-before: always; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; break-inside: avoid; page-break-inside: avoid; }
table.long { break-inside: auto; page-break-inside: auto; }
thead { display: table-header-group; }
tr, .definition, figure { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.75pt solid #B1B4B6; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #F3F2F1; }
td.num { text-align: right; white-space: nowrap; }
caption { text-align: left; font-weight: bold; padding: 2pt 0; }
.rating { display: inline-block; padding: 0 4pt; border-radius: 2pt; font-weight: bold; font-size: 9.5pt; }
.rating-red { background: #A4161A; color: #FFFFFF; }
.rating-amber { background: #FFBF47; color: #0B0C0C; }
.rating-green { background: #00703C; color: #FFFFFF; }
.rating-none { background: #F3F2F1; color: #0B0C0C; font-weight: normal; }
.suppressed { font-style: italic; }
.note { font-size: 9.5pt; color: #383F43; }
dt { font-weight: bold; margin-top: 5pt; }
dd { margin: 0 0 0 12pt; }
a { color: #1D70B8; }
@media print { a { color: inherit; text-decoration: none; } }
@media screen { section.cover, section.page, .starts-page { border-bottom: 1px dashed #B1B4B6; padding-bottom: 24px; margin-bottom: 24px; } }
@media screen { section.cover { padding-top: 0; } }
)";
}

Html ratingBadge(metrics::Status status) {
  return el("span").cls("rating").cls(ratingClass(status)).text(statusWord(status));
}

Html suppressionMarker() {
  return el("span").cls("suppressed").text("Not published").add(
      el("sup").add(el("a").attr("href", "#note-suppressed").text("*")));
}

Html suppressionNote(const ReportModel& model) {
  return el("p").cls("note")
      .text("* Not published: the figure rests on fewer than " + std::to_string(model.min_group_size) +
            " people, or would let such a figure be worked out, so it is hidden to protect their privacy. See ")
      .add(Html::markup("&ldquo;Not published&rdquo;"))
      .text(" in the glossary.");
}

Html figureCell(const MetricFigure& figure) {
  if (figure.suppressed) return suppressionMarker();
  if (!figure.value) return el("span").cls("note").text("No figure");
  return Html::text(formatValue(figure.info->unit, *figure.value) + " ") + ratingBadge(figure.status);
}

Html htmlListInWords(const std::vector<Html>& items) {
  Html h;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) h += i + 1 == items.size() ? " and " : ", ";
    h += items[i];
  }
  return h;
}

std::string definitionAnchor(const metrics::MetricInfo& info) { return "def-" + std::string(info.id); }

Html overdueMarker() { return el("strong").cls("overdue").text("Overdue"); }

Html actionLine(const ReportModel& model, const Action& action) {
  Html h = el("strong").text(action.title);
  h += " (" + model.scopeName(action.scope_id);
  if (!action.owner.empty()) h += "; " + action.owner;
  h += ", due " + longDate(action.due) + ")";
  if (action.overdue(model.written)) h += " " + overdueMarker();
  return h;
}

}  // namespace hc::reports::members
