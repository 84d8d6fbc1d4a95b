// The Summary sheet: every scope (council, services, teams) by area, with
// the area's rating as a word that conditional formats colour.
#include <algorithm>
#include <stdexcept>
#include <vector>

#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kHeaderRow = 3;
constexpr lxw_col_t kFirstArea = 5;  // Level, Scope id, Name, Service, Locality

}  // namespace

void writeSummarySheet(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Summary");
  if (!ws) throw std::runtime_error("xlsx: cannot add the Summary sheet");
  const lxw_col_t last_col = kFirstArea + lxw_col_t(metrics::kAreaCount) - 1;
  check(worksheet_set_column(ws, 0, 0, 10, nullptr), "setting widths");
  check(worksheet_set_column(ws, 1, 1, 14, nullptr), "setting widths");
  check(worksheet_set_column(ws, 2, 2, 34, nullptr), "setting widths");
  check(worksheet_set_column(ws, 3, 4, 14, nullptr), "setting widths");
  check(worksheet_set_column(ws, kFirstArea, last_col, 16, nullptr), "setting widths");

  writeText(ws, 0, 0, "Social work health check: " + model.council_name + ", " + periodTitle(model), f.title);
  writeText(ws, 1, 0, figuresNote(model), f.note);
  const char* headers[] = {"Level", "Scope id", "Name", "Service", "Locality"};
  for (lxw_col_t c = 0; c < kFirstArea; ++c) writeText(ws, kHeaderRow, c, headers[c], f.header);
  for (const metrics::AreaInfo& a : metrics::areas()) {
    writeText(ws, kHeaderRow, kFirstArea + lxw_col_t(a.area), std::string(a.label), f.header);
  }

  lxw_row_t row = kHeaderRow + 1;
  for (const ScopeFigures& s : model.scopes) {
    writeText(ws, row, 0, levelWord(s.level), nullptr);
    writeText(ws, row, 1, s.id, nullptr);
    writeText(ws, row, 2, s.name, nullptr);
    writeText(ws, row, 3, s.service, nullptr);
    writeText(ws, row, 4, s.locality, nullptr);
    for (const AreaFigures& a : s.areas) {
      writeText(ws, row, kFirstArea + lxw_col_t(a.info->area), ratingText(a.status), nullptr);
    }
    ++row;
  }
  const lxw_row_t last_row = row - 1;
  worksheet_freeze_panes(ws, kHeaderRow + 1, 3);
  check(worksheet_autofilter(ws, kHeaderRow, 0, std::max(last_row, kHeaderRow), last_col), "adding the filter");
  addRatingFormats(ws, f, kHeaderRow + 1, kFirstArea, last_row, last_col);
  worksheet_activate(ws);
}

}  // namespace hc::reports::workbook
