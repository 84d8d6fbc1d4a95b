// The Trends sheet: each metric for the council and each service over the
// trend periods, and a native Excel line chart per metric drawn from those
// cells.
#include <algorithm>
#include <stdexcept>

#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kHeaderRow = 3;
constexpr lxw_col_t kFirstPeriod = 5;  // Metric id, Metric, Unit, Scope id, Scope
constexpr int kChartRows = 16;         // a 480 x 288 chart covers about 15 rows
constexpr int kChartCols = 8;

void addChart(lxw_workbook* wb, lxw_worksheet* ws, const std::string& sheet, const metrics::MetricInfo& m,
              lxw_row_t first_row, lxw_row_t last_row, size_t periods, int index) {
  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_LINE);
  const lxw_col_t last_period = kFirstPeriod + lxw_col_t(periods) - 1;
  for (lxw_row_t r = first_row; r <= last_row; ++r) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, sheet.c_str(), kHeaderRow, kFirstPeriod, kHeaderRow, last_period);
    chart_series_set_values(series, sheet.c_str(), r, kFirstPeriod, r, last_period);
    // The series name points at the scope's name cell: chart_series_set_name
    // would read a name starting with "=" as a formula.
    chart_series_set_name_range(series, sheet.c_str(), r, kFirstPeriod - 1);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
  }
  const std::string title(m.label);  // catalogue text, never user text
  chart_title_set_name(chart, title.c_str());
  chart_axis_set_num_format(chart->y_axis, m.unit == metrics::Unit::kCount ? "#,##0" : "#,##0.0");
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  const lxw_row_t at_row = kHeaderRow + 1 + lxw_row_t(index / 2) * kChartRows;
  const lxw_col_t at_col = last_period + 2 + lxw_col_t(index % 2) * kChartCols;
  check(worksheet_insert_chart(ws, at_row, at_col, chart), "inserting a chart");
}

}  // namespace

void writeTrendsSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  const std::string sheet = "Trends";
  lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.c_str());
  if (!ws) throw std::runtime_error("xlsx: cannot add the Trends sheet");
  const size_t periods = model.trend_periods.size();
  check(worksheet_set_column(ws, 0, 0, 24, nullptr), "setting widths");
  check(worksheet_set_column(ws, 1, 1, 30, nullptr), "setting widths");
  check(worksheet_set_column(ws, 2, 3, 12, nullptr), "setting widths");
  check(worksheet_set_column(ws, 4, 4, 26, nullptr), "setting widths");

  writeText(ws, 0, 0, "Trends to " + periodTitle(model) + ": the council and each service", f.title);
  if (periods == 0) {
    writeText(ws, 1, 0, "No trend: this workbook was written without earlier periods.", f.note);
    return;
  }
  writeText(ws, 1, 0,
            "The last " + std::to_string(periods) + " periods, oldest first; each team's trend is in its own "
            "period's workbook. Blank: no figure. " + figuresNote(model),
            f.note);
  const char* headers[] = {"Metric id", "Metric", "Unit", "Scope id", "Scope"};
  for (lxw_col_t c = 0; c < kFirstPeriod; ++c) writeText(ws, kHeaderRow, c, headers[c], f.header);
  for (size_t p = 0; p < periods; ++p) {
    writeText(ws, kHeaderRow, kFirstPeriod + lxw_col_t(p), model.trend_periods[p], f.header);
  }

  // Series come grouped by metric (model order); a chart per group.
  lxw_row_t row = kHeaderRow + 1;
  int charts = 0;
  for (size_t i = 0; i < model.trend.size();) {
    const metrics::MetricInfo& m = *model.trend[i].info;
    const lxw_row_t first = row;
    for (; i < model.trend.size() && model.trend[i].info == &m; ++i, ++row) {
      const TrendSeries& t = model.trend[i];
      writeText(ws, row, 0, std::string(m.id), nullptr);
      writeText(ws, row, 1, std::string(m.label), nullptr);
      writeText(ws, row, 2, std::string(metrics::unitSuffix(m.unit)), nullptr);
      writeText(ws, row, 3, t.scope_id, nullptr);
      writeText(ws, row, 4, t.scope_name, nullptr);
      for (size_t p = 0; p < t.values.size() && p < periods; ++p) {
        writeNumber(ws, row, kFirstPeriod + lxw_col_t(p), t.values[p], f.value(m.unit));
      }
    }
    addChart(wb, ws, sheet, m, first, row - 1, periods, charts++);
  }
  worksheet_freeze_panes(ws, kHeaderRow + 1, 2);
  check(worksheet_autofilter(ws, kHeaderRow, 0, std::max(row - 1, kHeaderRow), kFirstPeriod + lxw_col_t(periods) - 1),
        "adding the filter");
}

}  // namespace hc::reports::workbook
