// The Benchmarks sheet: for each metric the DfE publishes an equivalent of,
// the council's figure beside England, its region and its statistical
// neighbours (mean and median) and its rank, all numeric cells. Without
// imported DfE figures the sheet says how to import them.
#include <stdexcept>

#include "reports/benchmark_text.h"
#include "reports/workbook/workbook_sheets.h"

namespace hc::reports::workbook {
namespace {

constexpr lxw_row_t kHeaderRow = 3;

// The children's services figure for a metric, as this workbook shows it:
// the DfE's figures describe children's social workers, so the whole
// council's (adults' teams included) is never set beside them.
std::optional<double> councilValue(const ReportModel& model, const metrics::MetricInfo& info) {
  const ScopeFigures* children = model.scope("children");
  if (!children) return std::nullopt;
  for (const MetricFigure& m : children->areas[size_t(info.area)].metrics)
    if (m.info == &info) return m.value;
  return std::nullopt;
}

std::optional<double> number(std::optional<int> value) {
  return value ? std::optional<double>(*value) : std::nullopt;
}

}  // namespace

void writeBenchmarksSheet(lxw_workbook* wb, const Formats& f, const ReportModel& model) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, "Benchmarks");
  if (!ws) throw std::runtime_error("xlsx: cannot add the Benchmarks sheet");
  const char* headers[] = {"Metric",          "Children's services (this health check)", "Council (DfE published)",
                           "England",         "Region",                      "Region's figure",
                           "Neighbours' mean", "Neighbours' median",         "Neighbours with a figure",
                           "Rank in region",  "Authorities in region",       "Rank among neighbours",
                           "Council and neighbours", "DfE year"};
  constexpr lxw_col_t kColumns = 14;
  check(worksheet_set_column(ws, 0, 0, 26, nullptr), "setting widths");
  check(worksheet_set_column(ws, 1, kColumns - 1, 14, nullptr), "setting widths");
  writeText(ws, 0, 0, "Compared with others: " + model.council_name + ", " + periodTitle(model), f.title);

  bool any = false;
  for (const auto& b : model.national) any = any || b.has_value();
  if (!any) {
    writeText(ws, 1, 0,
              "No DfE figures for this period: import the DfE's children's social work workforce indicators "
              "(healthcheck benchmarks import FILE) and set the council's authority (healthcheck benchmarks "
              "council --la CODE).",
              f.note);
    printSetup(ws, 0, 1, std::nullopt);
    return;
  }
  writeText(ws, 1, 0,
            "The first figure is this health check's for the council's children's services in " + model.period.label +
                " (the DfE's figures describe children's social workers, so adults' teams are left out)" +
                "; the others are the DfE's published figures for the census year to 30 September of the DfE "
                "year, the latest published by the end of the period. Neighbours' mean and median leave out "
                "neighbours whose figure is not published. Rank 1 is best; tied figures share a rank.",
            f.note);
  std::vector<double> widths(kColumns, 14);
  widths[0] = 26;
  writeHeaders(ws, kHeaderRow, 0, std::vector<std::string>(std::begin(headers), std::end(headers)), widths, f.header);

  lxw_row_t row = kHeaderRow + 1;
  for (const metrics::MetricInfo& info : metrics::catalogue()) {
    const auto& b = model.national[size_t(info.metric)];
    if (!b) continue;
    lxw_format* value = f.value(info.unit);
    writeText(ws, row, 0, std::string(info.label), nullptr);
    writeNumber(ws, row, 1, councilValue(model, info), value);
    writeNumber(ws, row, 2, b->council_published, value);
    writeNumber(ws, row, 3, b->england, value);
    writeText(ws, row, 4, b->region_name, nullptr);
    writeNumber(ws, row, 5, b->region, value);
    writeNumber(ws, row, 6, b->neighbours, value);
    writeNumber(ws, row, 7, b->neighbours_median, value);
    writeNumber(ws, row, 8, b->neighbours ? std::optional<double>(b->neighbours_published) : std::nullopt, f.count);
    writeNumber(ws, row, 9, number(b->rank_in_region), f.count);
    writeNumber(ws, row, 10, number(b->region_size), f.count);
    writeNumber(ws, row, 11, number(b->rank_among_neighbours), f.count);
    writeNumber(ws, row, 12, number(b->neighbours_size), f.count);
    writeNumber(ws, row, 13, b->year > 0 ? std::optional<double>(b->year) : std::nullopt, f.year);
    ++row;
  }
  worksheet_freeze_panes(ws, kHeaderRow + 1, 1);
  printSetup(ws, kHeaderRow, kHeaderRow, lxw_col_t(0));
}

}  // namespace hc::reports::workbook
