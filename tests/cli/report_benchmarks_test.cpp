// `healthcheck report` with the DfE's figures imported: the members' report
// states the England, region and neighbours' rates and the workbook has
// them on its Benchmarks sheet (read back with openpyxl), both from the
// database, as a council would run them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/cli.h"
#include "reports/xlsx_reader.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc {
namespace {

class ReportBenchmarksTest : public ::testing::Test {
 protected:
  int hc(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", database_.url()});
    std::ostringstream out, err;
    const int status = cli::run(args, out, err);
    EXPECT_EQ(status, 0) << err.str();
    return status;
  }
  void SetUp() override {
    ASSERT_EQ(hc({"demo", "--out", dir_ + "/demo", "--teams", "3", "--months", "6", "--seed", "7"}), 0);
    ASSERT_EQ(hc({"import", dir_ + "/demo"}), 0);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void importBenchmarks() {
    const std::string data = std::string(HC_SOURCE_DIR) + "/tests/national/data/";
    ASSERT_EQ(hc({"benchmarks", "import", data + "indicators_small.csv"}), 0);
    ASSERT_EQ(hc({"benchmarks", "neighbours", "import", data + "neighbours_small.csv"}), 0);
    ASSERT_EQ(hc({"benchmarks", "council", "--la", "841"}), 0);
  }
  std::string read(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  testing::TestDatabase database_;
  std::string dir_ = testing::makeTempDir("hc-report-bench");
};

TEST_F(ReportBenchmarksTest, MembersReportAndWorkbookCarryTheDfeFigures) {
  importBenchmarks();
  ASSERT_EQ(hc({"report", "--period", "2026-Q3", "--members", dir_ + "/m.html", "--xlsx", dir_ + "/w.xlsx"}), 0);
  const std::string html = read(dir_ + "/m.html");
  // 2026-Q3 is compared with the DfE's 2025 (tests/national/data).
  EXPECT_NE(html.find("The England rate was 14.2%, the North East rate was 8.9% and the statistical neighbours&#39; "
                      "average was 14.0% (DfE, year to 30 September 2025)."),
            std::string::npos)
      << html.substr(0, 2000);

  const reports::testing::XlsxWorkbook book = reports::testing::readXlsx(dir_ + "/w.xlsx");
  ASSERT_TRUE(book.error.empty()) << book.error;
  const auto& cells = book.sheets.at("Benchmarks").cells;
  ASSERT_EQ(cells.count("A5"), 1u);
  EXPECT_EQ(cells.at("A5").text, "Vacancy rate");
  EXPECT_EQ(cells.at("B5").type, "n");  // the council's own 2026-Q3 figure
  EXPECT_DOUBLE_EQ(cells.at("C5").number, 10.0);
  EXPECT_DOUBLE_EQ(cells.at("D5").number, 14.2);
  EXPECT_EQ(cells.at("E5").text, "North East");
  EXPECT_DOUBLE_EQ(cells.at("G5").number, 14.0);
  EXPECT_DOUBLE_EQ(cells.at("H5").number, 12.0);
  EXPECT_DOUBLE_EQ(cells.at("J5").number, 2);
  EXPECT_DOUBLE_EQ(cells.at("N5").number, 2025);
}

TEST_F(ReportBenchmarksTest, WithoutDfeFiguresTheReportHasNoComparison) {
  ASSERT_EQ(hc({"report", "--period", "2026-Q3", "--members", dir_ + "/m.html"}), 0);
  const std::string html = read(dir_ + "/m.html");
  EXPECT_EQ(html.find("England"), std::string::npos);
  EXPECT_EQ(html.find("hc-benchmark"), std::string::npos);
}

}  // namespace
}  // namespace hc
