// The streaming CSV reader: RFC 4180 quoting, physical line numbers, what
// spreadsheets write, malformed quoting, and records split across blocks.
#include "ingest/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_files.h"

namespace hc::ingest {
namespace {

struct Read {
  int64_t line;
  std::vector<std::string> fields;
  std::string raw;
  CsvRecord::Problem problem;
  size_t problem_field;
};

std::vector<Read> readAll(const std::string& content, size_t block = 1 << 20, std::string* error = nullptr) {
  const std::string dir = testing::makeTempDir("csv");
  testing::writeFile(dir + "/f.csv", content);
  CsvReader reader(dir + "/f.csv", block);
  std::vector<Read> out;
  CsvRecord r;
  while (reader.next(r)) {
    out.push_back(Read{r.line, std::vector<std::string>(r.fields.begin(), r.fields.end()), std::string(r.raw),
                       r.problem, r.problem_field});
  }
  if (error) *error = reader.error();
  return out;
}

using Fields = std::vector<std::string>;

TEST(CsvReader, SplitsFieldsAndTrimsUnquotedOnes) {
  const auto rows = readAll("a,b,c\n 1 , two\t,\"  three \"\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b", "c"}));
  EXPECT_EQ(rows[1].fields, (Fields{"1", "two", "  three "}));
  EXPECT_EQ(rows[1].raw, " 1 , two\t,\"  three \"");
}

TEST(CsvReader, QuotedFieldsHoldCommasDoubledQuotesAndLineBreaks) {
  const auto rows = readAll("id,note\r\n1,\"a, \"\"b\"\"\r\nc\"\r\n2,\"x\ny\nz\"\r\n3,last\r\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].fields, (Fields{"1", "a, \"b\"\r\nc"}));
  EXPECT_EQ(rows[1].line, 2);
  EXPECT_EQ(rows[2].fields, (Fields{"2", "x\ny\nz"}));
  EXPECT_EQ(rows[2].line, 4);
  EXPECT_EQ(rows[3].line, 7);  // the line numbers of later records count the breaks inside quotes
  EXPECT_EQ(rows[2].raw, "2,\"x\ny\nz\"");
}

TEST(CsvReader, SkipsByteOrderMarkBlankLinesAndCommaOnlyLines) {
  const auto rows = readAll("\xEF\xBB\xBFid,name\n\n1,a\n,,\n  ,  , \n\"\",\"\"\n2,b\n\n\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].fields, (Fields{"id", "name"}));
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[2].fields, (Fields{"2", "b"}));
  EXPECT_EQ(rows[2].line, 7);
}

TEST(CsvReader, LastRecordWithoutLineBreakAndEmptyTrailingField) {
  const auto rows = readAll("a,b\n1,");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"1", ""}));
}

TEST(CsvReader, LoneCarriageReturnsEndLines) {
  const auto rows = readAll("a,b\r1,2\r3,4");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2].fields, (Fields{"3", "4"}));
  EXPECT_EQ(rows[2].line, 3);
}

TEST(CsvReader, QuoteInsideAnUnquotedFieldIsText) {
  const auto rows = readAll("a,b\n5\" tall,x\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields, (Fields{"5\" tall", "x"}));
  EXPECT_EQ(rows[1].problem, CsvRecord::Problem::kNone);
}

TEST(CsvReader, ReportsTextAfterAClosingQuoteAndCarriesOn) {
  const auto rows = readAll("a,b,c\n1,\"x\"y,2\n3,4,5\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1].problem, CsvRecord::Problem::kTextAfterQuote);
  EXPECT_EQ(rows[1].problem_field, 1u);
  EXPECT_EQ(rows[1].fields.size(), 3u);
  EXPECT_EQ(rows[2].fields, (Fields{"3", "4", "5"}));
  EXPECT_EQ(rows[2].problem, CsvRecord::Problem::kNone);
}

TEST(CsvReader, ReportsAQuoteNeverClosed) {
  const auto rows = readAll("a,b\n1,2\n3,\"open\n4,5\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[2].line, 3);
  EXPECT_EQ(rows[2].problem, CsvRecord::Problem::kUnterminatedQuote);
  EXPECT_EQ(rows[2].problem_field, 1u);
}

TEST(CsvReader, Utf16FileIsRefusedWithAHint) {
  std::string error;
  const auto rows = readAll(std::string("\xFF\xFE" "a\0,\0", 6), 1 << 20, &error);
  EXPECT_TRUE(rows.empty());
  EXPECT_NE(error.find("UTF-16"), std::string::npos) << error;
}

TEST(CsvReader, MissingFileIsAnError) {
  CsvReader reader("/nonexistent/dir/visits.csv");
  CsvRecord r;
  EXPECT_FALSE(reader.next(r));
  EXPECT_EQ(reader.error(), "cannot open: No such file or directory");
}

// Every block size from tiny up cuts records, quotes, doubled quotes and
// CRLF pairs at every possible place; the result must not change.
TEST(CsvReader, SameResultWhateverTheBlockSize) {
  std::string content = "\xEF\xBB\xBFid,note,n\r\n";
  for (int i = 0; i < 40; ++i) {
    content += std::to_string(i) + ",\"q \"\"" + std::to_string(i) + "\"\"\r\nnext\",  " + std::to_string(i * 7) +
               " \r\n";
    if (i % 7 == 0) content += ",,\r\n";
  }
  const auto expected = readAll(content);
  ASSERT_EQ(expected.size(), 41u);
  EXPECT_EQ(expected[40].line, 2 + 39 * 2 + 6);
  EXPECT_EQ(expected[5].fields[1], "q \"4\"\r\nnext");
  for (size_t block : {1u, 2u, 3u, 5u, 8u, 13u, 64u}) {
    const auto got = readAll(content, block);
    ASSERT_EQ(got.size(), expected.size()) << "block " << block;
    for (size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].fields, expected[i].fields) << "block " << block << " record " << i;
      EXPECT_EQ(got[i].line, expected[i].line) << "block " << block << " record " << i;
      EXPECT_EQ(got[i].raw, expected[i].raw) << "block " << block << " record " << i;
    }
  }
}

}  // namespace
}  // namespace hc::ingest
