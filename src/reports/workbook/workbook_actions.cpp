// The Actions sheet: every action agreed (any status), one row each, with
// whether it is overdue on the day the workbook is written and its latest
// progress note; filtered and printed like the other sheets.
#include <algorithm>
#include <stdexcept>

#include "reports/figure_text.h"
#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kHeaderRow = 3;
constexpr lxw_col_t kOverdue = 11;

// A date cell: a real date, so that it sorts and filters as one.
void writeDate(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, Date date, lxw_format* format) {
  lxw_datetime d = {date.year(), int(date.month()), int(date.day()), 0, 0, 0};
  check(worksheet_write_datetime(ws, row, col, &d, format), "writing a date");
}

}  // namespace

void writeActionsSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Actions");
  if (!ws) throw std::runtime_error("xlsx: cannot add the Actions sheet");
  const std::vector<std::string> headers = {"Id",    "Scope id", "Scope",  "Area",   "Metric",        "Title",
                                            "What will be done", "Owner", "Agreed in", "Due", "Status",
                                            "Overdue", "Needs members' decision", "Latest note", "Note date"};
  const std::vector<double> widths = {6, 12, 28, 22, 20, 34, 44, 24, 10, 11, 11, 9, 11, 44, 11};
  for (lxw_col_t c = 0; c < lxw_col_t(widths.size()); ++c) {
    lxw_format* wrap = (c == 5 || c == 6 || c == 13) ? f.wrap : nullptr;
    check(worksheet_set_column(ws, c, c, widths[c], wrap), "setting widths");
  }
  writeText(ws, 0, 0, "Actions agreed: " + model.council_name + ", " + periodTitle(model), f.title);
  writeText(ws, 1, 0,
            "Every action recorded, whatever its status. Overdue: planned or in progress and due before " +
                longDate(model.written) + ", the day this workbook was written.",
            f.note);
  writeHeaders(ws, kHeaderRow, 0, headers, widths, f.header);
  lxw_row_t row = kHeaderRow + 1;
  for (const Action& a : model.actions) {
    const std::string note = a.notes.empty() ? "" : a.notes.back().text;
    double height = 15;
    for (const auto& [text, width] : {std::pair<const std::string&, double>{a.title, widths[5]},
                                      {a.description, widths[6]}, {note, widths[13]}})
      height = std::max(height, rowHeight(text, width));
    check(worksheet_set_row(ws, row, height, nullptr), "setting a row's height");
    writeNumber(ws, row, 0, double(a.id), f.count);
    writeText(ws, row, 1, a.scope_id, nullptr);
    const ScopeFigures* scope = model.scope(a.scope_id);
    writeText(ws, row, 2, scope ? scope->name : a.scope_id, nullptr);
    writeText(ws, row, 3, metrics::areaLabel(a.area), nullptr);
    const metrics::MetricInfo* metric = metrics::findMetric(a.metric);
    writeText(ws, row, 4, metric ? std::string(metric->label) : a.metric, nullptr);
    writeText(ws, row, 5, a.title, f.wrap);
    writeText(ws, row, 6, a.description, f.wrap);
    writeText(ws, row, 7, a.owner, nullptr);
    writeText(ws, row, 8, a.agreed_period, nullptr);
    writeDate(ws, row, 9, a.due, f.date);
    writeText(ws, row, 10, std::string(label(a.status)), nullptr);
    writeText(ws, row, kOverdue, a.overdue(model.written) ? "Overdue" : "", nullptr);
    writeText(ws, row, 12, a.needs_decision ? "Yes" : "", nullptr);
    writeText(ws, row, 13, note, f.wrap);
    if (!a.notes.empty()) writeDate(ws, row, 14, a.notes.back().date, f.date);
    ++row;
  }
  const lxw_col_t last_col = lxw_col_t(headers.size()) - 1;
  worksheet_freeze_panes(ws, kHeaderRow + 1, 3);
  // Before the note below: constant_memory refuses a range ending above
  // the last row written.
  check(worksheet_autofilter(ws, kHeaderRow, 0, std::max(row - 1, kHeaderRow), last_col), "adding the filter");
  if (model.actions.empty()) writeText(ws, row, 0, "No actions have been recorded yet.", f.note);
  // "Overdue" in the rating's red.
  lxw_conditional_format cf = {};
  cf.type = LXW_CONDITIONAL_TYPE_CELL;
  cf.criteria = LXW_CONDITIONAL_CRITERIA_EQUAL_TO;
  cf.value_string = const_cast<char*>("\"Overdue\"");
  cf.format = f.rating[int(metrics::Status::kRed)];
  check(worksheet_conditional_format_range(ws, kHeaderRow + 1, kOverdue, std::max(row, kHeaderRow + 1), kOverdue, &cf),
        "adding a conditional format");
  printSetup(ws, kHeaderRow, kHeaderRow, lxw_col_t(2));
}

}  // namespace hc::reports::workbook
