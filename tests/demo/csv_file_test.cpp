#include "demo/csv_file.h"

#include <gtest/gtest.h>

#include <functional>

#include "demo/csv_table.h"
#include "support/test_files.h"

namespace hc::demo {
namespace {

std::string writeOne(const std::function<void(CsvFile&)>& fill) {
  const std::string path = hc::testing::makeTempDir("csv-file") + "/out.csv";
  CsvFile f(path, {"a", "b"});
  fill(f);
  f.close();
  return hc::testing::readFile(path);
}

TEST(CsvFileTest, WritesHeaderAndRowsAndCountsThem) {
  const std::string path = hc::testing::makeTempDir("csv-file") + "/out.csv";
  CsvFile f(path, {"team_id", "name"});
  f.id({"T", 4}, 7).text("North").endRow();
  f.id({"T", 4}, 12345).empty().endRow();
  EXPECT_EQ(f.rows(), 2);
  f.close();
  EXPECT_EQ(hc::testing::readFile(path), "team_id,name\nT0007,North\nT12345,\n");
}

TEST(CsvFileTest, QuotesOnlyWhenNeeded) {
  const std::string text = writeOne([](CsvFile& f) {
    f.text("Children's Disability, North").text("say \"hi\"").endRow();
    f.text("Children's Team").text("two\nlines").endRow();
  });
  EXPECT_EQ(text, "a,b\n\"Children's Disability, North\",\"say \"\"hi\"\"\"\nChildren's Team,\"two\nlines\"\n");
  const testing::CsvTable table = testing::parseCsv(text);
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0][0], "Children's Disability, North");
  EXPECT_EQ(table.rows[0][1], "say \"hi\"");
  EXPECT_EQ(table.rows[1][1], "two\nlines");
}

TEST(CsvFileTest, FormatsDecimalsExactly) {
  const std::string text = writeOne([](CsvFile& f) {
    f.decimal(85, 1).decimal(10, 1).endRow();
    f.decimal(52340, 2).decimal(5, 2).endRow();
    f.decimal(0, 2).integer(-3).endRow();
  });
  EXPECT_EQ(text, "a,b\n8.5,1\n523.4,0.05\n0,-3\n");
}

TEST(CsvFileTest, FormatsDatesAndDateTimes) {
  const std::string text = writeOne([](CsvFile& f) {
    f.date(Date::fromCivil(2026, 9, 3)).dateTime(DateTime::of(Date::fromCivil(2025, 1, 31), 9, 5)).endRow();
  });
  EXPECT_EQ(text, "a,b\n2026-09-03,2025-01-31 09:05\n");
}

TEST(CsvFileTest, ThrowsWhenTheFileCannotBeCreated) {
  EXPECT_THROW(CsvFile("/nonexistent-folder/x.csv", {"a"}), std::runtime_error);
}

}  // namespace
}  // namespace hc::demo
