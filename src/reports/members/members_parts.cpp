#include "reports/members/members_parts.h"

#include "reports/figure_text.h"
#include "reports/html_escape.h"
#include "reports/status_style.h"

namespace hc::reports::members {
namespace {

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

const char* stylesheet() {
  // The rating colours here are those of status_style.cpp (tested there for
  // contrast); print-color-adjust keeps them when printing.
  return R"(@page { size: A4; margin: 16mm 14mm 18mm; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 11pt/1.45 Arial, Helvetica, sans-serif; color: #0B0C0C; background: #FFFFFF; max-width: 182mm; margin: 0 auto; }
h1 { font-size: 20pt; margin: 0 0 4pt; }
h2 { font-size: 16pt; margin: 0 0 6pt; border-bottom: 2pt solid #0B0C0C; }
h3 { font-size: 12.5pt; margin: 12pt 0 4pt; }
h4 { font-size: 11pt; margin: 8pt 0 2pt; }
p, li { margin: 3pt 0; }
.subtitle { font-size: 12pt; color: #383F43; margin-bottom: 10pt; }
section.page { break-after: page; page-break-after: always; }
section.page:last-of-type { break-after: auto; page-break-after: auto; }
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
figure { margin: 8pt 0; }
figcaption { font-size: 9.5pt; color: #383F43; }
svg.chart { width: 100%; height: auto; }
dt { font-weight: bold; margin-top: 5pt; }
dd { margin: 0 0 0 12pt; }
a { color: #1D70B8; }
@media print { a { color: inherit; text-decoration: none; } }
@media screen { section.page { border-bottom: 1px dashed #B1B4B6; padding-bottom: 24px; margin-bottom: 24px; } }
)";
}

std::string ratingBadge(metrics::Status status) {
  return std::string("<span class=\"rating ") + ratingClass(status) + "\">" + statusWord(status) + "</span>";
}

std::string suppressionMarker() {
  return "<span class=\"suppressed\">Not published<sup><a href=\"#note-suppressed\">*</a></sup></span>";
}

std::string suppressionNote(const ReportModel& model) {
  return "<p class=\"note\">* Not published: the figure rests on fewer than " +
         std::to_string(model.min_group_size) +
         " people, or would let such a figure be worked out, so it is hidden to protect their privacy. See "
         "&ldquo;Not published&rdquo; in the glossary.</p>";
}

std::string figureCell(const MetricFigure& figure) {
  if (figure.suppressed) return suppressionMarker();
  if (!figure.value) return "<span class=\"note\">No figure</span>";
  return escapeHtml(formatValue(figure.info->unit, *figure.value)) + " " + ratingBadge(figure.status);
}

std::string definitionAnchor(const metrics::MetricInfo& info) { return "def-" + std::string(info.id); }

}  // namespace hc::reports::members
