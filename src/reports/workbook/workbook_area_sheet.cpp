// A sheet per area: one row per scope, and for each of the area's metrics
// five columns: value, rating, previous value, change and n.
#include <algorithm>
#include <stdexcept>
#include <vector>

#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kGroupRow = 2;   // the metric's label over its columns
constexpr lxw_row_t kHeaderRow = 3;  // Value, Rating, Previous, Change, n
constexpr lxw_col_t kFirstMetric = 4;  // Level, Scope id, Name, Service
constexpr lxw_col_t kPerMetric = 5;

std::string groupHeader(const metrics::MetricInfo& m) {
  std::string unit(metrics::unitSuffix(m.unit));
  while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
  return std::string(m.label) + (unit.empty() ? "" : " (" + unit + ")") + " [" + std::string(m.id) + "]";
}

}  // namespace

void writeAreaSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model, const metrics::AreaInfo& area) {
  const std::string name = areaSheetName(area);
  lxw_worksheet* ws = workbook_add_worksheet(wb, name.c_str());
  if (!ws) throw std::runtime_error("xlsx: cannot add the " + name + " sheet");

  std::vector<const metrics::MetricInfo*> metrics;
  for (const metrics::MetricInfo& m : metrics::catalogue())
    if (m.area == area.area) metrics.push_back(&m);
  const lxw_col_t last_col = kFirstMetric + lxw_col_t(metrics.size()) * kPerMetric - 1;

  check(worksheet_set_column(ws, 0, 0, 10, nullptr), "setting widths");
  check(worksheet_set_column(ws, 1, 1, 14, nullptr), "setting widths");
  check(worksheet_set_column(ws, 2, 2, 34, nullptr), "setting widths");
  check(worksheet_set_column(ws, 3, 3, 12, nullptr), "setting widths");
  check(worksheet_set_column(ws, kFirstMetric, last_col, 10, nullptr), "setting widths");

  writeText(ws, 0, 0, std::string(area.label) + ": " + periodTitle(model), f.title);
  writeText(ws, 1, 0, figuresNote(model), f.note);
  for (size_t i = 0; i < metrics.size(); ++i) {
    const lxw_col_t c = kFirstMetric + lxw_col_t(i) * kPerMetric;
    // A catalogue label, not user text; merged over the metric's columns.
    check(worksheet_merge_range(ws, kGroupRow, c, kGroupRow, c + kPerMetric - 1, groupHeader(*metrics[i]).c_str(),
                                f.header),
          "writing a metric header");
  }
  const char* headers[] = {"Level", "Scope id", "Name", "Service"};
  for (lxw_col_t c = 0; c < kFirstMetric; ++c) writeText(ws, kHeaderRow, c, headers[c], f.header);
  for (size_t i = 0; i < metrics.size(); ++i) {
    const lxw_col_t c = kFirstMetric + lxw_col_t(i) * kPerMetric;
    const char* sub[] = {"Value", "Rating", "Previous", "Change", "n"};
    for (lxw_col_t k = 0; k < kPerMetric; ++k) writeText(ws, kHeaderRow, c + k, sub[k], f.header);
  }

  lxw_row_t row = kHeaderRow + 1;
  for (const ScopeFigures& s : model.scopes) {
    writeText(ws, row, 0, levelWord(s.level), nullptr);
    writeText(ws, row, 1, s.id, nullptr);
    writeText(ws, row, 2, s.name, nullptr);
    writeText(ws, row, 3, s.service, nullptr);
    const AreaFigures& figures = s.areas[size_t(area.area)];
    for (size_t i = 0; i < figures.metrics.size(); ++i) {
      const MetricFigure& m = figures.metrics[i];
      const lxw_col_t c = kFirstMetric + lxw_col_t(i) * kPerMetric;
      writeNumber(ws, row, c, m.value, f.value(m.info->unit));
      writeText(ws, row, c + 1, m.suppressed ? "Suppressed" : ratingText(m.status), nullptr);
      writeNumber(ws, row, c + 2, m.previous, f.value(m.info->unit));
      writeNumber(ws, row, c + 3, m.change, f.change(m.info->unit));
      if (!m.suppressed) writeNumber(ws, row, c + 4, double(m.n), f.count);
    }
    ++row;
  }
  const lxw_row_t last_row = row - 1;
  worksheet_freeze_panes(ws, kHeaderRow + 1, 3);
  check(worksheet_autofilter(ws, kHeaderRow, 0, std::max(last_row, kHeaderRow), last_col), "adding the filter");
  for (size_t i = 0; i < metrics.size(); ++i) {
    const lxw_col_t c = kFirstMetric + lxw_col_t(i) * kPerMetric + 1;
    addRatingFormats(ws, f, kHeaderRow + 1, c, last_row, c);
  }
}

}  // namespace hc::reports::workbook
