// The Data dictionary sheet: every metric's id, area, label, unit,
// direction, definition, what n counts, and the thresholds in force.
#include <stdexcept>

#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {

void writeDictionarySheet(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Data dictionary");
  if (!ws) throw std::runtime_error("xlsx: cannot add the Data dictionary sheet");
  const lxw_row_t header_row = 3;
  const double widths[] = {26, 14, 30, 12, 8, 70, 30, 11, 11, 16, 9};
  for (lxw_col_t c = 0; c < 11; ++c) {
    check(worksheet_set_column(ws, c, c, widths[c], c == 5 ? f.wrap : nullptr), "setting widths");
  }
  writeText(ws, 0, 0, "Data dictionary: the health-check metrics", f.title);
  writeText(ws, 1, 0,
            "Definitions restate metrics.md. Rating: green when at least as good as the green limit, else amber "
            "when at least as good as the amber limit, else red; \"Better\" says which way is good. " +
                figuresNote(model),
            f.note);
  const char* headers[] = {"Metric id", "Area",   "Metric",      "Unit",        "Better",           "Definition",
                           "n counts",  "Green limit", "Amber limit", "Small-number rule", "Survey"};
  for (lxw_col_t c = 0; c < 11; ++c) writeText(ws, header_row, c, headers[c], f.header);

  lxw_row_t row = header_row + 1;
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    writeText(ws, row, 0, std::string(m.id), nullptr);
    writeText(ws, row, 1, std::string(metrics::info(m.area).id), nullptr);
    writeText(ws, row, 2, std::string(m.label), nullptr);
    std::string unit(metrics::unitSuffix(m.unit));
    while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
    writeText(ws, row, 3, unit, nullptr);
    writeText(ws, row, 4, std::string(metrics::name(m.better)), nullptr);
    writeText(ws, row, 5, std::string(m.definition), f.wrap);
    writeText(ws, row, 6, std::string(m.n_counts), nullptr);
    if (const auto limits = model.thresholds.limits(m.metric)) {
      writeNumber(ws, row, 7, limits->green, f.value(m.unit));
      writeNumber(ws, row, 8, limits->amber, f.value(m.unit));
    }
    writeText(ws, row, 9, m.survey ? "always (survey)" : m.people_based ? "published only" : "no", nullptr);
    writeText(ws, row, 10, m.survey ? "yes" : "no", nullptr);
    ++row;
  }
  worksheet_freeze_panes(ws, header_row + 1, 1);
  check(worksheet_autofilter(ws, header_row, 0, row - 1, 10), "adding the filter");
}

}  // namespace hc::reports::workbook
