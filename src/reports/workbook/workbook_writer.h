// The analysts' and directors' workbook (XLSX, written with libxlsxwriter):
// a summary sheet (every scope by area, coloured by rating with conditional
// formats), a sheet per area (every metric per scope with value, rating,
// previous value, change and n), a trends sheet with native Excel charts, a
// benchmarks sheet (the council against England, its region and its
// statistical neighbours, where the DfE's figures are imported), a "Staff
// survey" sheet per survey run of the period (responses, response rate,
// area scores and each question's answers per scope), a data
// dictionary, and document properties.
//
// Numbers are numeric cells with number formats. Text from councils' data
// (team names, ids) is always written as a string cell, never a formula,
// and never used where libxlsxwriter would read it as a reference (chart
// series names point at cells instead). The workbook is written in
// libxlsxwriter's constant_memory mode, row by row, so memory stays flat
// however many teams there are.
//
// Which figures: whatever the model holds. The CLI builds it from an
// unsuppressed health check (the engine still hides survey scores below
// the minimum group), and the Summary sheet says so in a note.
//
// libxlsxwriter formats numbers with the C library in the C locale:
// nothing in this program may set a global locale (std::locale::global or
// setlocale), or decimals could come out as "14,2" and corrupt the file.
//
// Thread-safety: each call writes its own file; concurrent calls are safe.
#ifndef HC_REPORTS_WORKBOOK_WORKBOOK_WRITER_H_
#define HC_REPORTS_WORKBOOK_WORKBOOK_WRITER_H_

#include <string>

#include "reports/report_model.h"

namespace hc::reports::workbook {

// Writes the workbook to `path` (replacing it). Throws std::runtime_error
// naming the path and libxlsxwriter's reason on failure.
void writeWorkbook(const ReportModel& model, const std::string& path);

// The workbook as bytes, for HTTP responses: libxlsxwriter 1.1.4 can only
// write files, so this writes a temporary file ($TMPDIR or /tmp), reads it
// and removes it.
std::string workbookBytes(const ReportModel& model);

}  // namespace hc::reports::workbook

#endif  // HC_REPORTS_WORKBOOK_WORKBOOK_WRITER_H_
