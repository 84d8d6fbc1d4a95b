// Rows read and checked on the checking thread reach the storing thread in
// file order, with bytes of their own (the reader has moved on by then),
// and the thread stops, or fails, without losing or half-storing a row.
#include "ingest/checking_thread.h"

#include <gtest/gtest.h>

#include <atomic>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "ingest/csv_reader.h"
#include "ingest/import_run.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::ingest {
namespace {

// Row i (from 1) of a staff-like source: "S<i>", "T<i mod 7>", and a start
// date but on every row `undated` divides. Its cells are rewritten on each
// next(), so a view kept past that call would read another row.
std::vector<std::string> cellsOf(int64_t i, int64_t undated) {
  return {"S" + std::to_string(i), "T" + std::to_string(i % 7), undated && i % undated == 0 ? "" : "2024-01-08"};
}

class CountingSource : public RowSource {
 public:
  CountingSource(int64_t rows, int64_t undated) : rows_(rows), undated_(undated) {}

  bool next(CsvRecord& record) override {
    ++calls_;
    if (at_ > rows_) return false;
    cells_ = at_ == 0 ? std::vector<std::string>{"staff_id", "team_id", "start_date"} : cellsOf(at_, undated_);
    raw_ = cells_[0] + "," + cells_[1] + "," + cells_[2];
    record.line = at_ + 1;
    record.fields.assign(cells_.begin(), cells_.end());
    record.raw = raw_;
    ++at_;
    return true;
  }
  const std::string& error() const override { return error_; }
  int64_t errorLine() const override { return 0; }
  const std::string& name() const override { return name_; }
  int64_t calls() const { return calls_; }

 private:
  int64_t rows_, undated_;
  int64_t at_ = 0;
  std::atomic<int64_t> calls_{0};
  std::vector<std::string> cells_;
  std::string raw_, error_, name_ = "staff.csv";
};

// Rejects a row without a start date in check(); may throw at one line.
class DatedRows : public RowImport {
 public:
  explicit DatedRows(int64_t throw_at_line = 0) : throw_at_line_(throw_at_line) {}

  bool readHeader(const CsvRecord&, const std::string& file, DiagnosticList&) override {
    file_ = file;
    return true;
  }
  void begin(store::Database&, int64_t) override {}
  bool check(CheckedRow& row) override {
    check_thread_ = std::this_thread::get_id();
    if (row.record.line == throw_at_line_) throw std::runtime_error("the check failed");
    if (!row.record.fields[2].empty()) return true;
    row.findings.push_back(Diagnostic{file_, row.record.line, "start_date", "a start date is required"});
    return false;
  }
  bool store(CheckedRow&, FileReport& report) override {
    ++report.inserted;
    return true;
  }
  std::thread::id checkThread() const { return check_thread_; }

 private:
  int64_t throw_at_line_;
  std::string file_;
  std::thread::id check_thread_;
};

// Reads the header as runImport does, then starts the checking thread.
struct Started {
  Started(CountingSource& source, DatedRows& rows) {
    source.next(header);
    DiagnosticList diagnostics(10);
    rows.readHeader(header, source.name(), diagnostics);
    shape.emplace(header);
  }
  CsvRecord header;
  std::optional<RowShape> shape;
};

TEST(CheckingThreadTest, RowsComeInFileOrderWithBytesOfTheirOwn) {
  const int64_t rows = 10000;  // more than two batches
  CountingSource source(rows, 1000);
  DatedRows dated;
  Started started(source, dated);
  CheckingThread checking(source, *started.shape, dated);
  int64_t seen = 0;
  while (RowBatch* batch = checking.next()) {
    for (size_t i = 0; i < batch->size(); ++i) {
      const CheckedRow& row = (*batch)[i];
      ++seen;
      ASSERT_EQ(row.record.line, seen + 1);
      const std::vector<std::string> cells = cellsOf(seen, 1000);
      ASSERT_EQ(row.record.fields.size(), 3u);
      for (size_t c = 0; c < cells.size(); ++c) ASSERT_EQ(row.record.fields[c], cells[c]) << "row " << seen;
      ASSERT_EQ(row.record.raw, cells[0] + "," + cells[1] + "," + cells[2]);
      ASSERT_EQ(row.checked, seen % 1000 != 0) << "row " << seen;
      ASSERT_EQ(row.findings.size(), seen % 1000 == 0 ? 1u : 0u);
    }
  }
  EXPECT_EQ(seen, rows);
  EXPECT_NE(dated.checkThread(), std::thread::id());
  EXPECT_NE(dated.checkThread(), std::this_thread::get_id()) << "check() ran on the storing thread";
}

TEST(CheckingThreadTest, QuotedFieldsOfACsvFileKeepTheirText) {
  const std::string dir = testing::makeTempDir("hc-checking-thread");
  std::string csv = "staff_id,team_id,start_date\n";
  for (int i = 1; i <= 9000; ++i)
    csv += "S" + std::to_string(i) + ",\"T \"\"" + std::to_string(i) + "\"\", east\", 2024-01-08 \n";
  testing::writeFile(dir + "/staff.csv", csv);
  CsvRowSource source(dir + "/staff.csv");
  CsvRecord header;
  ASSERT_TRUE(source.next(header));
  const RowShape shape(header);
  DatedRows dated;
  DiagnosticList diagnostics(10);
  dated.readHeader(header, source.name(), diagnostics);
  CheckingThread checking(source, shape, dated);
  int seen = 0;
  while (RowBatch* batch = checking.next()) {
    for (size_t i = 0; i < batch->size(); ++i) {
      const CheckedRow& row = (*batch)[i];
      ++seen;
      ASSERT_EQ(row.record.fields[0], "S" + std::to_string(seen));
      ASSERT_EQ(row.record.fields[1], "T \"" + std::to_string(seen) + "\", east") << "undoubled, not a slice";
      ASSERT_EQ(row.record.fields[2], "2024-01-08") << "trimmed";
      ASSERT_EQ(row.record.raw, "S" + std::to_string(seen) + ",\"T \"\"" + std::to_string(seen) +
                                    "\"\", east\", 2024-01-08 ");
    }
  }
  EXPECT_EQ(seen, 9000);
  EXPECT_TRUE(source.error().empty()) << source.error();
}

TEST(CheckingThreadTest, StopsReadingOnceTheStoringStops) {
  CountingSource source(1000000, 0);
  DatedRows dated;
  Started started(source, dated);
  {
    CheckingThread checking(source, *started.shape, dated);
    ASSERT_NE(checking.next(), nullptr);
  }
  // Three batches of 4,096 at most were read: not the million rows.
  EXPECT_LE(source.calls(), 1 + 3 * 4096 + 1);
  EXPECT_GE(source.calls(), 1 + 4096);
}

TEST(CheckingThreadTest, WhatACheckThrowsComesAfterTheRowsBeforeIt) {
  CountingSource source(10000, 0);
  DatedRows dated(/*throw_at_line=*/6000);
  Started started(source, dated);
  CheckingThread checking(source, *started.shape, dated);
  int64_t seen = 0;
  try {
    while (RowBatch* batch = checking.next()) seen += static_cast<int64_t>(batch->size());
    FAIL() << "the check's exception was lost";
  } catch (const std::runtime_error& e) {
    EXPECT_STREQ(e.what(), "the check failed");
  }
  EXPECT_EQ(seen, 4096) << "the whole first batch, nothing of the batch that failed";
}

class CheckingThreadImportTest : public ::testing::Test {
 protected:
  CheckingThreadImportTest() { store::migrate(db_.db()); }
  int64_t importsLogged() {
    auto st = db_.db().prepare("SELECT COUNT(*) FROM imports");
    const int64_t n = st->step() ? st->getInt(0) : -1;
    while (st->step()) {
    }
    return n;
  }
  testing::TestDatabase db_;
};

TEST_F(CheckingThreadImportTest, RejectsAcrossBatchesAreReportedInFileOrder) {
  CountingSource source(10000, 3000);  // rows 3000, 6000 and 9000 have no start date
  DatedRows dated;
  ImportRules rules{"staff.csv", "staff", {}};
  rules.options.skip_invalid = true;
  const std::string dir = testing::makeTempDir("hc-checking-thread");
  rules.options.rejects_path = dir + "/staff.rejects.csv";
  const FileReport r = runImport(db_.db(), source, dated, rules);
  EXPECT_EQ(r.outcome, FileOutcome::kStoredWithRejects);
  EXPECT_EQ(r.rows_read, 10000);
  EXPECT_EQ(r.inserted, 9997);
  EXPECT_EQ(r.rejected, 3);
  ASSERT_EQ(r.messages.size(), 3u);
  EXPECT_EQ(r.messages[0].text(), "staff.csv:3001: start_date: a start date is required");
  EXPECT_EQ(r.messages[1].text(), "staff.csv:6001: start_date: a start date is required");
  EXPECT_EQ(r.messages[2].text(), "staff.csv:9001: start_date: a start date is required");
  const std::string rejects = testing::readFile(r.rejects_path);
  const size_t first = rejects.find("S3000,T4,,"), second = rejects.find("S6000,T1,,"),
               third = rejects.find("S9000,T5,,");
  ASSERT_NE(first, std::string::npos) << rejects;
  ASSERT_NE(second, std::string::npos) << rejects;
  ASSERT_NE(third, std::string::npos) << rejects;
  EXPECT_LT(first, second);
  EXPECT_LT(second, third);
  EXPECT_EQ(importsLogged(), 1);
}

TEST_F(CheckingThreadImportTest, ACheckThatThrowsLeavesNothingStored) {
  CountingSource source(10000, 0);
  DatedRows dated(/*throw_at_line=*/8000);
  EXPECT_THROW(runImport(db_.db(), source, dated, ImportRules{"staff.csv", "staff", {}}), std::runtime_error);
  EXPECT_EQ(importsLogged(), 0) << "the import's transaction was rolled back";
  CountingSource again(10, 0);
  DatedRows fine;
  const FileReport r = runImport(db_.db(), again, fine, ImportRules{"staff.csv", "staff", {}});
  EXPECT_EQ(r.outcome, FileOutcome::kStored) << "the connection is usable after";
  EXPECT_EQ(importsLogged(), 1);
}

}  // namespace
}  // namespace hc::ingest
