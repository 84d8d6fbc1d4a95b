// The DfE's two files (indicators, statistical neighbours) go through the
// contract imports' skeleton (ingest/import_run.h): the same messages,
// rejects file, import log and one transaction. Each test runs on both
// files; the expected texts are written out by hand from the rows below.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "national/indicators_import.h"
#include "national/national_fixture.h"
#include "national/neighbours_import.h"
#include "support/test_files.h"

namespace hc::testing {
namespace {

struct DfeFile {
  const char* name;  // for the test's name
  ingest::FileReport (*import)(store::Database&, const std::string&, const ingest::ImportOptions&);
  const char* kind;
  std::string header;
  size_t header_fields;
  const char* first_column;
  std::string first, second;  // valid rows under different keys
  std::string first_changed;  // `first` with other values: a file of it alone replaces what `second` stored
  std::string bad;
  std::string bad_finding;    // "column: reason", as messages and the rejects file give it
  std::string bad_reject_field;  // bad_finding as the rejects file's CSV field
  // A count that a stored `second` makes `second_count`; a half-written
  // `first_changed` file would change it.
  const char* second_probe;
  const char* second_key;
  int64_t second_count;
};

const DfeFile kIndicators{
    "Indicators",
    national::importIndicators,
    "dfe_indicators",
    "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,"
    "new_la_code,la_name,inpost_fte,inpost_headcount,starters_fte,starters_headcount,leavers_fte,leavers_headcount,"
    "turnover_rate_fte,turnover_rate_headcount,agency_fte,agency_headcount,agency_rate_fte,agency_rate_headcount,"
    "agency_cover_fte,agency_cover_rate_fte,vacancy_fte,vacancy_rate_fte,vacancy_agency_cover_rate_fte,"
    "case_holders_fte,cases,caseload_fte,working_days_lost_fte,absence_rate_fte",
    32,
    "time_period",
    "2025,Reporting year,National,E92000001,England,,,,,,100,1,1,1,1,1,11.8,1,1,1,13,1,1,1,1,14.2,1,1,1,15.2,1,3.5",
    "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,841,E06000005,Darlington,100,1,1,1,1,"
    "1,12,1,1,1,5,1,1,1,1,10,1,1,1,15,1,3",
    "2025,Reporting year,National,E92000001,England,,,,,,100,1,1,1,1,1,11.8,1,1,1,13,1,1,1,1,99,1,1,1,15.2,1,3.5",
    "2025,Reporting year,Local authority,E92000001,England,E12000001,North East,805,E06000001,Hartlepool,100,1,1,1,1,"
    "1,10,1,1,1,9,1,1,1,1,abc,1,1,1,15,1,3",
    "vacancy_rate_fte: 'abc' is not a number; expected a number or a not-published marker (x, c, z, u, low, .)",
    "\"vacancy_rate_fte: 'abc' is not a number; expected a number or a not-published marker (x, c, z, u, low, .)\"",
    "SELECT COUNT(*) FROM national_indicators WHERE area_code = ?",
    "E06000005",
    1};

const DfeFile kNeighbours{
    "Neighbours",
    national::importNeighbours,
    "dfe_neighbours",
    "LA num,LA Name,LA number,GOInd,GOReg,SN1,SNP,SN2,SNP",
    9,
    "LA num",
    "841,Darlington,841,4,North East,805,Very Close,806,Close",
    "805,Hartlepool,805,4,North East,806,Very Close,841,Close",
    "841,Darlington,841,4,North East,202,Very Close,806,Close",
    "806,Middlesbrough,806,4,North East,80X,Close,805,Close",
    "SN1: '80X' is not a three-digit local authority code",
    "SN1: '80X' is not a three-digit local authority code",
    "SELECT COUNT(*) FROM statistical_neighbours WHERE old_la_code = ?",
    "805",
    2};

class DfeImportRules : public NationalTest, public ::testing::WithParamInterface<DfeFile> {
 protected:
  DfeImportRules() : dir_(makeTempDir("hc-dfe-rules")) {}
  ~DfeImportRules() override { std::filesystem::remove_all(dir_); }

  // Writes `content` to NAME in the test's folder and imports it.
  ingest::FileReport import(const std::string& name, const std::string& content,
                            const ingest::ImportOptions& options = {}) {
    writeFile(dir_ + "/" + name, content);
    return GetParam().import(db(), dir_ + "/" + name, options);
  }
  std::vector<std::string> texts(const ingest::FileReport& r) {
    std::vector<std::string> out;
    for (const auto& m : r.messages) out.push_back(m.text());
    return out;
  }

  const std::string dir_;
};

TEST_P(DfeImportRules, ABadRowNamesFileLineFieldAndReasonAndTheFileLeavesNothingHalfWritten) {
  const DfeFile& f = GetParam();
  ASSERT_TRUE(import("first.csv", f.header + "\n" + f.first + "\n" + f.second + "\n").stored());
  ASSERT_EQ(count(f.second_probe, f.second_key), f.second_count);

  // Its first row is valid and would replace what the first file stored;
  // the bad row after it rejects the whole file.
  const auto r = import("second.csv", f.header + "\n" + f.first_changed + "\n" + f.bad + "\n");
  EXPECT_EQ(r.outcome, ingest::FileOutcome::kRejected);
  EXPECT_EQ(r.rows_read, 2);
  EXPECT_EQ(r.rejected, 1);
  EXPECT_EQ(r.inserted + r.replaced, 0);
  EXPECT_EQ(texts(r), std::vector<std::string>{"second.csv:3: " + f.bad_finding});
  EXPECT_TRUE(r.rejects_path.empty()) << "no rejects file unless asked for";
  EXPECT_EQ(count(f.second_probe, f.second_key), f.second_count) << "the rejected file changed the stored rows";
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE kind = ?", f.kind), 1) << "only the first file is logged";
}

TEST_P(DfeImportRules, AByteOrderMarkCrlfAndBlankLinesAreReadAsInTheContractImports) {
  const DfeFile& f = GetParam();
  const auto r = import("excel.csv", "\xEF\xBB\xBF" + f.header + "\r\n\r\n" + f.first + "\r\n  \r\n" +
                                         std::string(f.header_fields - 1, ',') + "\r\n" + f.second + "\r\n\r\n");
  ASSERT_EQ(r.outcome, ingest::FileOutcome::kStored) << messagesOf(r);
  EXPECT_EQ(r.rows_read, 2);
  EXPECT_EQ(r.inserted, 2);
  EXPECT_EQ(count(f.second_probe, f.second_key), f.second_count);
  EXPECT_EQ(count("SELECT rows_read FROM imports WHERE outcome = ?", "stored"), 2);
}

TEST_P(DfeImportRules, SkipInvalidStoresTheRestAndWritesTheRejectsFileAndTheLog) {
  const DfeFile& f = GetParam();
  ingest::ImportOptions options;
  options.skip_invalid = true;
  options.rejects_path = dir_ + "/rejects.csv";
  // Line 4 is the bad row: the blank line 3 still counts as a line.
  const auto r = import("dfe.csv", "\xEF\xBB\xBF" + f.header + "\r\n" + f.first + "\r\n\r\n" + f.bad + "\r\n" +
                                       f.second + "\r\n", options);
  ASSERT_EQ(r.outcome, ingest::FileOutcome::kStoredWithRejects) << messagesOf(r);
  EXPECT_EQ(r.rows_read, 3);
  EXPECT_EQ(r.inserted, 2);
  EXPECT_EQ(r.rejected, 1);
  EXPECT_EQ(texts(r), std::vector<std::string>{"dfe.csv:4: " + f.bad_finding});
  EXPECT_EQ(r.rejects_path, dir_ + "/rejects.csv");
  // The row as it was, under the file's own header (its byte-order mark
  // kept) and a reject_reason column.
  EXPECT_EQ(readFile(r.rejects_path),
            "\xEF\xBB\xBF" + f.header + ",reject_reason\n" + f.bad + "," + f.bad_reject_field + "\n");
  EXPECT_EQ(count(f.second_probe, f.second_key), f.second_count);
  EXPECT_EQ(count("SELECT rows_read FROM imports WHERE outcome = ?", "stored_with_rejects"), 3);
  EXPECT_EQ(count("SELECT rejected FROM imports WHERE outcome = ?", "stored_with_rejects"), 1);
}

TEST_P(DfeImportRules, RowsThatCannotBeReadAreRejectedWithTheContractImportsMessages) {
  const DfeFile& f = GetParam();
  const std::string fields = std::to_string(f.header_fields);
  const auto r = import("shape.csv", f.header + "\n" + f.first + "\n" + f.second + ",extra\n" + f.header + "\n" +
                                         "\"" + f.second + "\n");
  EXPECT_EQ(r.outcome, ingest::FileOutcome::kRejected);
  EXPECT_EQ(r.rejected, 3);
  EXPECT_EQ(texts(r),
            (std::vector<std::string>{
                "shape.csv:3: the row has " + std::to_string(f.header_fields + 1) + " fields but the header has " +
                    fields,
                "shape.csv:4: this line repeats the header: the export looks pasted twice",
                "shape.csv:5: " + std::string(f.first_column) +
                    ": a quoted value is not closed: its quote runs to the end of the file"}));
  EXPECT_EQ(count("SELECT COUNT(*) FROM imports WHERE kind = ?", f.kind), 0);
}

TEST_P(DfeImportRules, AnEmptyFileIsRejectedAsTheContractImportsReject) {
  const auto r = import("empty.csv", "\n\n");
  EXPECT_EQ(r.outcome, ingest::FileOutcome::kRejected);
  EXPECT_EQ(texts(r), std::vector<std::string>{
                          "empty.csv: the file is empty: there is no header row; the file is not imported"});
}

INSTANTIATE_TEST_SUITE_P(DfeFiles, DfeImportRules, ::testing::Values(kIndicators, kNeighbours),
                         [](const ::testing::TestParamInfo<DfeFile>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace hc::testing
