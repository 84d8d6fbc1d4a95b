// The workbook from a hand-built health check, read back with openpyxl and
// compared with the figures that went in.
#include "reports/workbook/workbook_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "metrics/catalogue.h"
#include "sample_health_check.h"
#include "support/test_files.h"
#include "xlsx_reader.h"

namespace hc::reports {
namespace {

using metrics::Status;
using testing::set;

class WorkbookTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    std::vector<metrics::HealthCheck> history;
    for (const char* p : {"2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"}) {
      history.push_back(testing::sampleHealthCheck(p));
      set(history.back(), "council", "vacancy_rate", 10.0 + double(history.size()), std::nullopt, Status::kAmber, 40);
    }
    metrics::HealthCheck& hc = history.back();
    set(hc, "council", "vacancy_rate", 14.25, 11.0, Status::kAmber, 40);
    set(hc, "council", "caseload_max", 31, 28, Status::kRed, 1234);
    set(hc, "council", "agency_rate", 200.0 / 3, std::nullopt, Status::kRed, 40);  // needs 17 digits
    set(hc, "T02", "vacancy_rate", 25.5, 20.0, Status::kRed, 6);
    set(hc, "children", "vacancy_rate", 17.5, 15.0, Status::kAmber, 22);
    set(hc, "children", "survey_tools", std::nullopt, std::nullopt, Status::kNone, 3);
    testing::figure(hc, "children", "survey_tools").suppressed = true;
    hc.scopes[0].areas[0].status = Status::kRed;
    hc.scopes[4].areas[0].status = Status::kRed;
    hc.scopes[0].areas[4].status = Status::kGreen;
    ReportOptions options;
    options.council_name = "Northshire <Council>";
    options.national["vacancy_rate"] = testing::sampleBenchmark();
    options.national["caseload_avg"].england = 16.3;  // nothing else published
    options.national["caseload_avg"].year = 2025;
    options.written = Date::parse("2025-11-15");
    Action late;  // due before the day written, still in progress: overdue
    late.id = 7;
    late.scope_id = "T02";
    late.area = "workload";
    late.metric = "vacancy_rate";
    late.title = "=Recruit two social workers";  // text, never a formula
    late.owner = "Team manager";
    late.due = *Date::parse("2025-10-31");
    late.status = ActionStatus::kInProgress;
    late.agreed_period = "2025-Q2";
    late.notes.push_back({*Date::parse("2025-11-01"), "alice", "One post filled."});
    Action done = late;
    done.id = 8;
    done.title = "Exit interviews";
    done.status = ActionStatus::kDone;
    done.notes.clear();
    done.needs_decision = true;
    options.actions = {done, late};
    dir_ = new std::string(hc::testing::makeTempDir("hc-workbook"));
    workbook::writeWorkbook(buildReportModel(hc, options, history), *dir_ + "/hc.xlsx");
    book_ = new testing::XlsxWorkbook(testing::readXlsx(*dir_ + "/hc.xlsx"));
  }
  static void TearDownTestSuite() {
    std::filesystem::remove_all(*dir_);
    delete dir_;
    delete book_;
  }
  void SetUp() override {
    ASSERT_TRUE(book_->error.empty()) << book_->error;
  }
  static const testing::XlsxCell& cell(const std::string& sheet, const std::string& ref) {
    static const testing::XlsxCell kEmpty{"(empty)", "", 0, ""};
    auto s = book_->sheets.find(sheet);
    if (s == book_->sheets.end()) return kEmpty;
    auto c = s->second.cells.find(ref);
    return c == s->second.cells.end() ? kEmpty : c->second;
  }
  static std::string* dir_;
  static testing::XlsxWorkbook* book_;
};

std::string* WorkbookTest::dir_ = nullptr;
testing::XlsxWorkbook* WorkbookTest::book_ = nullptr;

TEST_F(WorkbookTest, OpensCleanlyWithTheExpectedSheets) {
  EXPECT_TRUE(book_->xml_well_formed);
  EXPECT_EQ(book_->formula_elements, 0);  // nothing is a formula
  EXPECT_EQ(book_->sheet_names, (std::vector<std::string>{"Summary", "Workload", "Allocation", "Tools", "Wellbeing",
                                                          "Delivery", "Actions", "Trends", "Trend charts", "Benchmarks",
                                      "Data dictionary"}));
}

TEST_F(WorkbookTest, BenchmarksSheetSetsTheCouncilBesideEnglandRegionAndNeighbours) {
  const testing::XlsxSheet& s = book_->sheets.at("Benchmarks");
  EXPECT_EQ(cell("Benchmarks", "D4").text, "England");
  EXPECT_EQ(cell("Benchmarks", "H4").text, "Neighbours' median");
  // Row 5: vacancy rate, every column a number with its format.
  EXPECT_EQ(cell("Benchmarks", "A5").text, "Vacancy rate");
  EXPECT_EQ(cell("Benchmarks", "B5").type, "n");
  // Children's services' figure, never the whole council's 14.25: the DfE's
  // figures describe children's social workers.
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "B5").number, 17.5);
  EXPECT_EQ(cell("Benchmarks", "B5").number_format, "#,##0.0");
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "C5").number, 10.0);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "D5").number, 14.2);
  EXPECT_EQ(cell("Benchmarks", "D5").number_format, "#,##0.0");
  EXPECT_EQ(cell("Benchmarks", "E5").text, "North East");
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "F5").number, 8.9);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "G5").number, 14.0);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "H5").number, 12.0);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "I5").number, 3);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "J5").number, 2);
  EXPECT_EQ(cell("Benchmarks", "J5").number_format, "#,##0");
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "K5").number, 5);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "L5").number, 1);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "M5").number, 4);
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "N5").number, 2025);
  EXPECT_EQ(cell("Benchmarks", "N5").number_format, "0");
  // Row 6: average caseload, only England published: the rest empty, not 0.
  EXPECT_EQ(cell("Benchmarks", "A6").text, "Average caseload");
  EXPECT_DOUBLE_EQ(cell("Benchmarks", "D6").number, 16.3);
  EXPECT_EQ(cell("Benchmarks", "F6").type, "(empty)");
  EXPECT_EQ(cell("Benchmarks", "J6").type, "(empty)");
  EXPECT_EQ(cell("Benchmarks", "A7").type, "(empty)");  // only metrics with a benchmark
  EXPECT_EQ(s.freeze_panes, "B5");
}

TEST(WorkbookBenchmarksTest, WithoutDfeFiguresTheSheetSaysHowToImportThem) {
  const std::string dir = hc::testing::makeTempDir("hc-nobench");
  workbook::writeWorkbook(buildReportModel(testing::sampleHealthCheck(), {}), dir + "/plain.xlsx");
  const testing::XlsxWorkbook book = testing::readXlsx(dir + "/plain.xlsx");
  ASSERT_TRUE(book.error.empty()) << book.error;
  const auto& cells = book.sheets.at("Benchmarks").cells;
  ASSERT_EQ(cells.count("A2"), 1u);
  EXPECT_NE(cells.at("A2").text.find("healthcheck benchmarks import"), std::string::npos);
  EXPECT_EQ(cells.count("A4"), 0u);
  std::filesystem::remove_all(dir);
}

TEST_F(WorkbookTest, SummaryHasScopesByAreaWithRatingsFilterAndFrozenHeaders) {
  const testing::XlsxSheet& s = book_->sheets.at("Summary");
  EXPECT_EQ(s.freeze_panes, "D5");
  EXPECT_EQ(s.auto_filter, "A4:J11");  // 7 scopes under the header row
  EXPECT_EQ(s.conditional_rules, 3);    // red, amber, green
  EXPECT_EQ(cell("Summary", "F4").text, "Workload management");
  EXPECT_EQ(cell("Summary", "B5").text, "council");
  EXPECT_EQ(cell("Summary", "C5").text, "Northshire <Council>");
  EXPECT_EQ(cell("Summary", "F5").text, "Red");
  EXPECT_EQ(cell("Summary", "J5").text, "Green");
  EXPECT_EQ(cell("Summary", "A9").text, "Team");
  EXPECT_NE(cell("Summary", "A2").text.find("NOT suppressed"), std::string::npos) << cell("Summary", "A2").text;
}

TEST_F(WorkbookTest, HostileNamesAreStoredAsTextNotFormulas) {
  const testing::XlsxCell& hostile = cell("Summary", "C9");
  EXPECT_EQ(hostile.type, "s");
  EXPECT_EQ(hostile.text, testing::kHostileName);
  EXPECT_EQ(cell("Summary", "C10").text, "+cmd");
  EXPECT_EQ(cell("Summary", "C10").type, "s");
  EXPECT_EQ(cell("Summary", "C11").text, "@SUM(A1)");
  EXPECT_EQ(cell("Summary", "C11").type, "s");
  EXPECT_EQ(cell("Workload", "C9").type, "s");
  EXPECT_EQ(cell("Workload", "C9").text, testing::kHostileName);
}

TEST_F(WorkbookTest, AreaSheetHoldsValueRatingPreviousChangeAndNAsNumbers) {
  const testing::XlsxSheet& s = book_->sheets.at("Workload");
  EXPECT_EQ(s.freeze_panes, "D5");
  EXPECT_EQ(s.auto_filter.substr(0, 4), "A4:A");  // 4 + 7 metrics x 5 columns = AM
  EXPECT_EQ(s.auto_filter, "A4:AM11");
  EXPECT_NE(std::find(s.merged.begin(), s.merged.end(), "E3:I3"), s.merged.end());
  EXPECT_EQ(cell("Workload", "E3").text, "Vacancy rate (%) [vacancy_rate]");
  EXPECT_EQ(cell("Workload", "E4").text, "Value");
  // Council vacancy_rate: E value, F rating, G previous, H change, I n.
  EXPECT_EQ(cell("Workload", "E5").type, "n");
  EXPECT_DOUBLE_EQ(cell("Workload", "E5").number, 14.25);
  EXPECT_EQ(cell("Workload", "E5").number_format, "#,##0.0");
  EXPECT_EQ(cell("Workload", "F5").text, "Amber");
  EXPECT_DOUBLE_EQ(cell("Workload", "G5").number, 11.0);
  EXPECT_DOUBLE_EQ(cell("Workload", "H5").number, 3.25);
  EXPECT_EQ(cell("Workload", "H5").number_format, "+#,##0.0;-#,##0.0;0.0");
  EXPECT_DOUBLE_EQ(cell("Workload", "I5").number, 40);
  EXPECT_EQ(cell("Workload", "I5").number_format, "#,##0");
  // caseload_max, the 5th metric (Y..AC): a count, so no decimals.
  EXPECT_DOUBLE_EQ(cell("Workload", "Y5").number, 31);
  EXPECT_EQ(cell("Workload", "Y5").number_format, "#,##0");
  EXPECT_DOUBLE_EQ(cell("Workload", "AC5").number, 1234);
  // T02's vacancy rate.
  EXPECT_DOUBLE_EQ(cell("Workload", "E9").number, 25.5);
  EXPECT_EQ(cell("Workload", "F9").text, "Red");
  // libxlsxwriter writes 16 significant digits: within 1e-13 of the engine.
  EXPECT_NEAR(cell("Workload", "J5").number, 200.0 / 3, 1e-13);
  EXPECT_EQ(cell("Workload", "L5").type, "(empty)");  // no previous: an empty cell, not 0
  EXPECT_EQ(cell("Workload", "O5").type, "(empty)");  // no value at all
  EXPECT_EQ(s.conditional_rules, 7 * 3);
}

TEST_F(WorkbookTest, SuppressedSurveyScoreIsBlankAndSaysSo) {
  // Tools: survey_tools only (E..I); children is row 6.
  EXPECT_EQ(cell("Tools", "E6").type, "(empty)");
  EXPECT_EQ(cell("Tools", "F6").text, "Suppressed");
  EXPECT_EQ(cell("Tools", "I6").type, "(empty)");  // n hidden too
}

TEST_F(WorkbookTest, TrendsSheetHasEveryTeamWithAFilterAndChartsBesideIt) {
  const testing::XlsxSheet& s = book_->sheets.at("Trends");
  // Metric id, Metric, Unit, Level, Scope id, Scope, Service; then H..O.
  EXPECT_EQ(cell("Trends", "F4").text, "Scope");
  EXPECT_EQ(cell("Trends", "H4").text, "2023-Q4");
  EXPECT_EQ(cell("Trends", "O4").text, "2025-Q3");
  EXPECT_EQ(cell("Trends", "A5").text, "vacancy_rate");
  EXPECT_EQ(cell("Trends", "D5").text, "Council");
  EXPECT_EQ(cell("Trends", "E5").text, "council");
  EXPECT_DOUBLE_EQ(cell("Trends", "H5").number, 11.0);
  EXPECT_DOUBLE_EQ(cell("Trends", "N5").number, 17.0);
  EXPECT_DOUBLE_EQ(cell("Trends", "O5").number, 14.25);
  EXPECT_EQ(cell("Trends", "O5").number_format, "#,##0.0");
  // Council, 2 services, 4 teams per metric: T02 (the 2nd team) is row 9,
  // its service in G; its vacancy rate 25.5 in the last period.
  EXPECT_EQ(cell("Trends", "D9").text, "Team");
  EXPECT_EQ(cell("Trends", "E9").text, "T02");
  EXPECT_EQ(cell("Trends", "G9").text, "children");
  EXPECT_DOUBLE_EQ(cell("Trends", "O9").number, 25.5);
  EXPECT_EQ(s.auto_filter, "A4:O" + std::to_string(4 + 7 * metrics::kMetricCount));
  EXPECT_EQ(s.freeze_panes, "H5");
  EXPECT_EQ(s.charts, 0);
  EXPECT_EQ(book_->sheets.at("Trend charts").charts, metrics::kMetricCount);
}

TEST_F(WorkbookTest, ActionsSheetListsEveryActionWithOverdueMarked) {
  const testing::XlsxSheet& s = book_->sheets.at("Actions");
  EXPECT_EQ(cell("Actions", "A4").text, "Id");
  EXPECT_EQ(cell("Actions", "L4").text, "Overdue");
  // Ordered by area, then due date, then id: 7 before 8 (same due date).
  EXPECT_DOUBLE_EQ(cell("Actions", "A5").number, 7);
  EXPECT_EQ(cell("Actions", "B5").text, "T02");
  EXPECT_EQ(cell("Actions", "D5").text, "Workload management");
  EXPECT_EQ(cell("Actions", "E5").text, "Vacancy rate");
  EXPECT_EQ(cell("Actions", "F5").type, "s");
  EXPECT_EQ(cell("Actions", "F5").text, "=Recruit two social workers");
  EXPECT_EQ(cell("Actions", "H5").text, "Team manager");
  EXPECT_EQ(cell("Actions", "J5").text.substr(0, 10), "2025-10-31");
  EXPECT_EQ(cell("Actions", "K5").text, "In progress");
  EXPECT_EQ(cell("Actions", "L5").text, "Overdue");
  EXPECT_EQ(cell("Actions", "N5").text, "One post filled.");
  EXPECT_EQ(cell("Actions", "K6").text, "Done");
  EXPECT_EQ(cell("Actions", "L6").type, "(empty)");  // done: never overdue
  EXPECT_EQ(cell("Actions", "M6").text, "Yes");
  EXPECT_EQ(s.auto_filter, "A4:O6");
  EXPECT_EQ(book_->formula_elements, 0);
}

TEST_F(WorkbookTest, EverySheetPrintsLandscapeFittedToWidthWithHeadersAndFooter) {
  for (const std::string& name : book_->sheet_names) {
    const testing::XlsxSheet& s = book_->sheets.at(name);
    EXPECT_EQ(s.orientation, "landscape") << name;
    EXPECT_EQ(s.paper_size, 9) << name;  // A4
    EXPECT_TRUE(s.fit_to_page) << name;
    EXPECT_EQ(s.fit_to_width, 1) << name;
    EXPECT_EQ(s.fit_to_height, 0) << name;
    EXPECT_EQ(s.footer, "&A||Page &P of &N") << name;
  }
  EXPECT_EQ(book_->sheets.at("Workload").print_title_rows, "$3:$4");
  EXPECT_EQ(book_->sheets.at("Workload").print_title_cols, "$A:$C");
  EXPECT_EQ(book_->sheets.at("Summary").print_title_rows, "$4:$4");
  EXPECT_EQ(book_->sheets.at("Trends").print_title_cols, "$A:$F");
}

TEST_F(WorkbookTest, HeaderRowsAreTallEnoughForTheirWrappedText) {
  // "Having the right tools to do the job" wraps to 3 lines at width 16.
  EXPECT_DOUBLE_EQ(book_->sheets.at("Summary").row_heights.at(4), 45);
  // "Staff over the caseload limit (%) [caseload_over_limit]" over 5
  // columns of 10 wraps to 2 lines.
  EXPECT_DOUBLE_EQ(book_->sheets.at("Workload").row_heights.at(3), 30);
}

TEST_F(WorkbookTest, DataDictionaryListsEveryMetricWithItsThresholds) {
  const testing::XlsxSheet& s = book_->sheets.at("Data dictionary");
  for (size_t i = 0; i < metrics::catalogue().size(); ++i) {
    const metrics::MetricInfo& m = metrics::catalogue()[i];
    const std::string row = std::to_string(5 + i);
    EXPECT_EQ(cell("Data dictionary", "A" + row).text, m.id);
    EXPECT_EQ(cell("Data dictionary", "F" + row).text, m.definition);
    EXPECT_EQ(cell("Data dictionary", "H" + row).type, "n") << m.id;
  }
  EXPECT_DOUBLE_EQ(cell("Data dictionary", "H5").number, 10);  // vacancy_rate green
  EXPECT_DOUBLE_EQ(cell("Data dictionary", "I5").number, 20);
  EXPECT_EQ(s.freeze_panes, "B5");
  EXPECT_EQ(s.auto_filter, "A4:K" + std::to_string(4 + metrics::kMetricCount));
}

TEST_F(WorkbookTest, HasDocumentProperties) {
  EXPECT_EQ(book_->properties.at("title"), "Social work health check 2025-Q3");
  EXPECT_EQ(book_->properties.at("creator"), "healthcheck");
  EXPECT_NE(book_->properties.at("subject").find("Northshire <Council>"), std::string::npos);
  EXPECT_NE(book_->properties.at("keywords").find("2025-Q3"), std::string::npos);
  EXPECT_NE(book_->properties.at("description").find("NOT suppressed"), std::string::npos);
}

TEST(WorkbookBytesTest, ReturnsAZipAndLeavesNoTemporaryFile) {
  const std::string dir = hc::testing::makeTempDir("hc-bytes");
  setenv("TMPDIR", dir.c_str(), 1);
  const std::string bytes = workbook::workbookBytes(buildReportModel(testing::sampleHealthCheck(), {}));
  unsetenv("TMPDIR");
  EXPECT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
  EXPECT_TRUE(std::filesystem::is_empty(dir));
  std::filesystem::remove_all(dir);
}

TEST(WorkbookTextTest, AnOverlongNameIsCutToExcelsLimitNotAnError) {
  metrics::HealthCheck hc = testing::sampleHealthCheck();
  hc.scopes[3].name = std::string(40000, 'x');
  const std::string dir = hc::testing::makeTempDir("hc-long");
  workbook::writeWorkbook(buildReportModel(hc, {}), dir + "/long.xlsx");
  const testing::XlsxWorkbook book = testing::readXlsx(dir + "/long.xlsx");
  ASSERT_TRUE(book.error.empty()) << book.error;
  EXPECT_EQ(book.sheets.at("Summary").cells.at("C8").text, std::string(32767, 'x'));
  std::filesystem::remove_all(dir);
}

TEST(WorkbookErrorTest, AnUnwritablePathIsAnErrorNamingIt) {
  try {
    workbook::writeWorkbook(buildReportModel(testing::sampleHealthCheck(), {}), "/nonexistent-dir/hc.xlsx");
    FAIL() << "no exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/hc.xlsx"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace hc::reports
