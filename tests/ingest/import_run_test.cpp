// The import skeleton with rows from something other than a CSV file: a
// sheet-like source that places findings as "staff!C3", as a workbook
// import does. The same rules as a CSV file: one invalid row rejects the
// whole import (nothing logged), skip mode stores the rest.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/import_run.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::ingest {
namespace {

// Rows of cells; the first row is the header. A finding's column becomes
// the sheet's column letter: start_date is the third column, C.
class SheetSource : public RowSource {
 public:
  SheetSource(std::string name, std::vector<std::vector<std::string>> rows)
      : name_(std::move(name)), rows_(std::move(rows)) {}
  bool next(CsvRecord& record) override {
    if (at_ >= rows_.size()) return false;
    const auto& row = rows_[at_++];
    record.line = static_cast<int64_t>(at_);
    record.fields.assign(row.begin(), row.end());
    raw_.clear();
    for (const auto& cell : row) raw_ += (raw_.empty() ? "" : ",") + cell;
    record.raw = raw_;
    return true;
  }
  const std::string& error() const override { return error_; }
  int64_t errorLine() const override { return 0; }
  const std::string& name() const override { return name_; }
  void locate(Diagnostic& d) const override {
    if (rows_.empty()) return;
    const auto& header = rows_.front();
    for (size_t c = 0; c < header.size(); ++c)
      if (header[c] == d.column) d.location = name_ + "!" + char('A' + c) + std::to_string(d.line);
  }

 private:
  std::string name_, error_, raw_;
  std::vector<std::vector<std::string>> rows_;
  size_t at_ = 0;
};

// Takes a row when its start_date (third cell) is given.
class StartDates : public RowImport {
 public:
  bool readHeader(const CsvRecord&, const std::string& file, DiagnosticList&) override {
    file_ = file;
    return true;
  }
  void begin(store::Database&, int64_t) override {}
  bool store(CheckedRow& row, FileReport& report) override {
    if (!row.record.fields[2].empty()) return ++report.inserted, true;
    row.findings.push_back(Diagnostic{file_, row.record.line, "start_date", "a start date is required"});
    return false;
  }

 private:
  std::string file_;
};

class ImportRunTest : public ::testing::Test {
 protected:
  ImportRunTest() { store::migrate(db_.db()); }
  int64_t importsLogged() {
    auto st = db_.db().prepare("SELECT COUNT(*) FROM imports");
    int64_t n = st->step() ? st->getInt(0) : -1;
    while (st->step()) {}
    return n;
  }
  SheetSource staff() {
    return SheetSource("staff", {{"staff_id", "team_id", "start_date"},
                                 {"S1", "T1", "2024-01-08"},
                                 {"S2", "T1", ""},
                                 {"S3", "T2", "2023-05-02"}});
  }
  testing::TestDatabase db_;
};

TEST_F(ImportRunTest, AnInvalidRowIsPlacedByTheSourceAndRejectsTheWhole) {
  SheetSource source = staff();
  StartDates rows;
  const FileReport r = runImport(db_.db(), source, rows, ImportRules{"annex-a.xlsx", "staff", {}});
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  EXPECT_EQ(r.rows_read, 3);
  EXPECT_EQ(r.rejected, 1);
  EXPECT_EQ(r.inserted, 0) << "rolled back";
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].text(), "staff!C3: start_date: a start date is required");
  EXPECT_EQ(importsLogged(), 0);
}

TEST_F(ImportRunTest, SkipModeStoresTheRestAndLogsTheImport) {
  SheetSource source = staff();
  StartDates rows;
  ImportRules rules{"annex-a.xlsx", "staff", {}};
  rules.options.skip_invalid = true;
  const std::string dir = testing::makeTempDir("hc-import-run");
  rules.options.rejects_path = dir + "/staff.rejects.csv";
  const FileReport r = runImport(db_.db(), source, rows, rules);
  EXPECT_EQ(r.outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(r.inserted, 2);
  EXPECT_EQ(r.rejected, 1);
  EXPECT_EQ(importsLogged(), 1);
  EXPECT_EQ(r.rejects_path, dir + "/staff.rejects.csv");
  const std::string rejects = testing::readFile(r.rejects_path);
  EXPECT_NE(rejects.find("S2,T1,,start_date: a start date is required"), std::string::npos) << rejects;
}

TEST_F(ImportRunTest, AnEmptySourceAndARepeatedHeaderSaySo) {
  SheetSource empty("staff", {});
  StartDates rows;
  FileReport r = runImport(db_.db(), empty, rows, ImportRules{"annex-a.xlsx", "staff", {}});
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].text(), "staff: the file is empty: there is no header row; the file is not imported");
  SheetSource twice("staff", {{"staff_id", "team_id", "start_date"}, {"staff_id", "team_id", "start_date"}});
  r = runImport(db_.db(), twice, rows, ImportRules{"annex-a.xlsx", "staff", {}});
  EXPECT_EQ(r.outcome, FileOutcome::kRejected);
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].text(), "staff:2: this line repeats the header: the export looks pasted twice");
}

}  // namespace
}  // namespace hc::ingest
