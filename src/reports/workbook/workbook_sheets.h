// The sheets of the workbook and what they share: cell formats, the note
// about suppression, and checked cell writes. Internal to src/reports
// (workbook_*.cpp); see workbook_writer.h for the whole.
//
// Every sheet writer writes its rows strictly in order, as libxlsxwriter's
// constant_memory mode requires (a row, once left, is flushed to disk).
//
// Thread-safety: functions of one workbook, used by one thread.
#ifndef HC_REPORTS_WORKBOOK_WORKBOOK_SHEETS_H_
#define HC_REPORTS_WORKBOOK_WORKBOOK_SHEETS_H_

#include <xlsxwriter.h>

#include <optional>
#include <string>

#include "reports/report_model.h"

namespace hc::reports::workbook {

struct Formats {
  lxw_format* title = nullptr;
  lxw_format* note = nullptr;
  lxw_format* header = nullptr;
  lxw_format* text = nullptr;
  lxw_format* wrap = nullptr;
  lxw_format* count = nullptr;         // #,##0
  lxw_format* decimal = nullptr;       // 0.0
  lxw_format* change_count = nullptr;  // +#,##0
  lxw_format* change_decimal = nullptr;
  lxw_format* year = nullptr;          // 0: 2025, not 2,025
  lxw_format* rating[4] = {};          // by Status, for conditional formats

  lxw_format* value(metrics::Unit unit) const { return unit == metrics::Unit::kCount ? count : decimal; }
  lxw_format* change(metrics::Unit unit) const {
    return unit == metrics::Unit::kCount ? change_count : change_decimal;
  }
};

Formats addFormats(lxw_workbook* wb);

// Throws std::runtime_error("xlsx: WHAT: libxlsxwriter's reason") unless ok.
void check(lxw_error error, const char* what);

// Checked writes. Text is passed through cleanText() and always written as
// a string cell: "=HYPERLINK(...)" stays text.
void writeText(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format);
void writeNumber(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, std::optional<double> value,
                 lxw_format* format);

// Red, amber and green fills on the status words of a range.
void addRatingFormats(lxw_worksheet* ws, const Formats& f, lxw_row_t first_row, lxw_col_t first_col,
                      lxw_row_t last_row, lxw_col_t last_col);

// "Council", "Service" or "Team".
const char* levelWord(metrics::Level level);
// "Red", "Amber", "Green", or "" for no rating.
const char* ratingText(metrics::Status status);
// The sheet note saying whose figures these are and what is suppressed.
std::string figuresNote(const ReportModel& model);
// "2025-Q3 (1 July to 30 September 2025)".
std::string periodTitle(const ReportModel& model);
// The name of an area's sheet: "Workload".
std::string areaSheetName(const metrics::AreaInfo& area);

// The sheets, in the order the workbook shows them.
void writeSummarySheet(lxw_workbook* wb, const Formats& f, const ReportModel& model);
void writeAreaSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model, const metrics::AreaInfo& area);
void writeTrendsSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model);
// "Staff survey" (then "Staff survey 2", ...): one per run of model.surveys.
void writeSurveySheets(lxw_workbook* wb, const Formats& f, const ReportModel& model);
void writeBenchmarksSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model);
void writeDictionarySheet(lxw_workbook* wb, const Formats& f, const ReportModel& model);

}  // namespace hc::reports::workbook

#endif  // HC_REPORTS_WORKBOOK_WORKBOOK_SHEETS_H_
