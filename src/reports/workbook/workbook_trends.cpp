// The Trends sheet: every metric for every scope (the council, each
// service and each team) over the trend periods, one row per metric and
// scope, with a filter on every column so that one team's trend is a
// choice in the Scope column's filter. The "Trend charts" sheet draws a
// native Excel line chart per metric of the council and its services from
// those rows.
#include <algorithm>
#include <stdexcept>

#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kHeaderRow = 3;
// Metric id, Metric, Unit, Level, Scope id, Scope, Service; then periods.
constexpr lxw_col_t kScopeName = 5;
constexpr lxw_col_t kFirstPeriod = 7;
constexpr int kChartRows = 16;  // a 480 x 288 chart covers about 15 rows
constexpr int kChartCols = 8;
const char* const kTrendsSheet = "Trends";

void addChart(lxw_workbook* wb, lxw_worksheet* charts, const metrics::MetricInfo& m, lxw_row_t first_row,
              lxw_row_t last_row, size_t periods, int index) {
  lxw_chart* chart = workbook_add_chart(wb, LXW_CHART_LINE);
  const lxw_col_t last_period = kFirstPeriod + lxw_col_t(periods) - 1;
  for (lxw_row_t r = first_row; r <= last_row; ++r) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, kTrendsSheet, kHeaderRow, kFirstPeriod, kHeaderRow, last_period);
    chart_series_set_values(series, kTrendsSheet, r, kFirstPeriod, r, last_period);
    // The series name points at the scope's name cell: chart_series_set_name
    // would read a name starting with "=" as a formula.
    chart_series_set_name_range(series, kTrendsSheet, r, kScopeName);
    chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
  }
  const std::string title(m.label);  // catalogue text, never user text
  chart_title_set_name(chart, title.c_str());
  chart_axis_set_num_format(chart->y_axis, m.unit == metrics::Unit::kCount ? "#,##0" : "#,##0.0");
  chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
  // Filtering the Trends sheet to a team hides the council's rows: the
  // charts keep drawing them.
  chart_show_hidden_data(chart);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_BOTTOM);
  const lxw_row_t at_row = 2 + lxw_row_t(index / 2) * kChartRows;
  const lxw_col_t at_col = lxw_col_t(index % 2) * kChartCols;
  check(worksheet_insert_chart(charts, at_row, at_col, chart), "inserting a chart");
}

}  // namespace

void writeTrendsSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kTrendsSheet);
  if (!ws) throw std::runtime_error("xlsx: cannot add the Trends sheet");
  const size_t periods = model.trend_periods.size();
  std::vector<double> widths = {24, 30, 8, 9, 12, 30, 12};
  for (lxw_col_t c = 0; c < kFirstPeriod; ++c) check(worksheet_set_column(ws, c, c, widths[c], nullptr), "setting widths");

  writeText(ws, 0, 0, "Trends to " + periodTitle(model) + ": the council, each service and each team", f.title);
  if (periods == 0) {
    writeText(ws, 1, 0, "No trend: this workbook was written without earlier periods.", f.note);
    printSetup(ws, 0, 1, std::nullopt);
    return;
  }
  check(worksheet_set_column(ws, kFirstPeriod, kFirstPeriod + lxw_col_t(periods) - 1, 10, nullptr), "setting widths");
  writeText(ws, 1, 0,
            "The last " + std::to_string(periods) + " periods, oldest first. To follow one team, choose it in the "
            "Scope column's filter. Blank: no figure. " + figuresNote(model),
            f.note);
  std::vector<std::string> headers = {"Metric id", "Metric", "Unit", "Level", "Scope id", "Scope", "Service"};
  for (const std::string& p : model.trend_periods) {
    headers.push_back(p);
    widths.push_back(10);
  }
  writeHeaders(ws, kHeaderRow, 0, headers, widths, f.header);

  lxw_row_t row = kHeaderRow + 1;
  for (const TrendSeries& t : model.trend) {
    const metrics::MetricInfo& m = *t.info;
    writeText(ws, row, 0, std::string(m.id), nullptr);
    writeText(ws, row, 1, std::string(m.label), nullptr);
    std::string unit(metrics::unitSuffix(m.unit));
    while (!unit.empty() && unit.front() == ' ') unit.erase(0, 1);
    writeText(ws, row, 2, unit, nullptr);
    writeText(ws, row, 3, levelWord(t.level), nullptr);
    writeText(ws, row, 4, t.scope_id, nullptr);
    writeText(ws, row, 5, t.scope_name, nullptr);
    writeText(ws, row, 6, t.service, nullptr);
    for (size_t p = 0; p < t.values.size() && p < periods; ++p) {
      writeNumber(ws, row, kFirstPeriod + lxw_col_t(p), t.values[p], f.value(m.unit));
    }
    ++row;
  }
  worksheet_freeze_panes(ws, kHeaderRow + 1, kFirstPeriod);
  check(worksheet_autofilter(ws, kHeaderRow, 0, std::max(row - 1, kHeaderRow), kFirstPeriod + lxw_col_t(periods) - 1),
        "adding the filter");
  printSetup(ws, kHeaderRow, kHeaderRow, kScopeName);
}

void writeTrendChartsSheet(lxw_workbook* wb, const ReportModel& model) {
  if (model.trend_periods.empty()) return;
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Trend charts");
  if (!ws) throw std::runtime_error("xlsx: cannot add the Trend charts sheet");
  // No cell formats needed: the one line of text is the sheet's title.
  check(worksheet_write_string(ws, 0, 0, "Trend charts: the council and each service (figures on the Trends sheet)",
                               nullptr),
        "writing text");
  // The Trends sheet's rows come grouped by metric, the council and the
  // services first in each group: a chart per group over those rows.
  lxw_row_t row = kHeaderRow + 1;
  int charts = 0;
  for (size_t i = 0; i < model.trend.size();) {
    const metrics::MetricInfo& m = *model.trend[i].info;
    const lxw_row_t first = row;
    lxw_row_t last_non_team = first;
    for (; i < model.trend.size() && model.trend[i].info == &m; ++i, ++row) {
      if (model.trend[i].level != metrics::Level::kTeam) last_non_team = row;
    }
    addChart(wb, ws, m, first, last_non_team, model.trend_periods.size(), charts++);
  }
  printSetup(ws, 0, 0, std::nullopt);
}

}  // namespace hc::reports::workbook
