// The Excel reader on workbooks built part by part (support/xlsx_builder.h):
// every kind of cell as Excel shows it, dates by number format in both date
// systems, cell references, and the packages it must refuse.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/test_files.h"
#include "support/xlsx_builder.h"
#include "xlsx/workbook.h"

namespace hc::xlsx {
namespace {

using testing::XlsxBuilder;

class WorkbookTest : public ::testing::Test {
 protected:
  std::string path(const std::string& name) { return dir_ + "/" + name; }
  // Every row of sheet 0 of the workbook at `file`.
  std::vector<Row> rowsOf(const std::string& file) {
    Workbook book(file);
    EXPECT_EQ(book.error(), "");
    std::vector<Row> rows;
    auto sheet = book.openSheet(0);
    Row row;
    while (sheet->next(row)) rows.push_back(row);
    EXPECT_EQ(sheet->error(), "");
    return rows;
  }
  std::string dir_ = testing::makeTempDir("xlsx");
};

TEST_F(WorkbookTest, ReadsEveryKindOfCellAsExcelShowsIt) {
  XlsxBuilder().sheet("List 3", {{"Child Unique ID", "~inline text", "%42.5", "?1", "#N/A", "=%7", "=", "=cached"}})
      .write(path("kinds.xlsx"));
  const auto rows = rowsOf(path("kinds.xlsx"));
  ASSERT_EQ(rows.size(), 1u);
  const Row& r = rows[0];
  EXPECT_EQ(r.number, 1);
  EXPECT_EQ(r.at(0).kind, Cell::Kind::kText);
  EXPECT_EQ(r.at(0).text, "Child Unique ID");
  EXPECT_EQ(r.at(1).text, "inline text");
  EXPECT_EQ(r.at(2).kind, Cell::Kind::kNumber);
  EXPECT_EQ(r.at(2).number, 42.5);
  EXPECT_EQ(r.at(3).kind, Cell::Kind::kBool);
  EXPECT_EQ(displayText(r.at(3)), "TRUE");
  EXPECT_EQ(r.at(4).kind, Cell::Kind::kError);
  EXPECT_EQ(r.at(4).text, "#N/A");
  EXPECT_TRUE(r.at(5).formula);
  EXPECT_EQ(r.at(5).number, 7);
  EXPECT_TRUE(r.at(6).formula_without_value);
  EXPECT_TRUE(r.at(6).empty());
  EXPECT_EQ(r.at(7).text, "cached");
  EXPECT_TRUE(r.at(30).empty());  // past the last cell
}

TEST_F(WorkbookTest, NumbersInDateFormatsAreDatesInBothDateSystems) {
  const XlsxBuilder::Rows rows = {{"@2025-04-01", "@14:2024-02-29", "%45748"}};
  XlsxBuilder().sheet("S", rows).write(path("1900.xlsx"));
  XlsxBuilder().date1904().sheet("S", rows).write(path("1904.xlsx"));
  for (const std::string file : {"1900.xlsx", "1904.xlsx"}) {
    SCOPED_TRACE(file);
    const auto got = rowsOf(path(file));
    ASSERT_EQ(got.size(), 1u);
    EXPECT_EQ(got[0].at(0).kind, Cell::Kind::kDate);
    EXPECT_EQ(displayText(got[0].at(0)), "2025-04-01");
    EXPECT_EQ(displayText(got[0].at(1)), "2024-02-29");
    EXPECT_EQ(got[0].at(2).kind, Cell::Kind::kNumber);  // general format: a number, whatever its size
  }
}

TEST_F(WorkbookTest, SheetNamesAndEmptyRowsAndReferences) {
  XlsxBuilder().sheet("Title", {{"x"}}).sheet("List 3 - Referrals", {{"a"}, {}, {"", "", "b"}})
      .write(path("names.xlsx"));
  Workbook book(path("names.xlsx"));
  ASSERT_EQ(book.sheetNames(), (std::vector<std::string>{"Title", "List 3 - Referrals"}));
  EXPECT_FALSE(book.date1904());
  auto sheet = book.openSheet(1);
  Row row;
  ASSERT_TRUE(sheet->next(row));
  EXPECT_EQ(row.number, 1);
  ASSERT_TRUE(sheet->next(row));  // row 2 holds nothing and is skipped
  EXPECT_EQ(row.number, 3);
  EXPECT_EQ(row.at(2).text, "b");
  EXPECT_EQ(cellReference(sheet->sheetName(), 2, row.number), "List 3 - Referrals!C3");
  EXPECT_FALSE(sheet->next(row));
}

TEST(CellReferenceTest, LettersBothWays) {
  EXPECT_EQ(columnLetters(0), "A");
  EXPECT_EQ(columnLetters(25), "Z");
  EXPECT_EQ(columnLetters(26), "AA");
  EXPECT_EQ(columnLetters(16383), "XFD");
  size_t column = 0;
  int64_t row = 0;
  ASSERT_TRUE(parseCellReference("F12", column, row));
  EXPECT_EQ(column, 5u);
  EXPECT_EQ(row, 12);
  EXPECT_FALSE(parseCellReference("XFE1", column, row));
  EXPECT_FALSE(parseCellReference("A0", column, row));
  EXPECT_FALSE(parseCellReference("12", column, row));
}

TEST_F(WorkbookTest, RefusesWhatIsNotAWorkbook) {
  testing::writeFile(path("a.xlsx"), "team_id,name\nT1,Team\n");
  EXPECT_NE(Workbook(path("a.xlsx")).error().find("not an Excel workbook (.xlsx)"), std::string::npos);
  testing::writeZip(path("b.xlsx"), {{"word/document.xml", "<w/>"}});
  EXPECT_NE(Workbook(path("b.xlsx")).error().find("no xl/workbook.xml"), std::string::npos);
}

TEST_F(WorkbookTest, RefusesAZipBomb) {
  // 8 MB of one repeated row inflates about a thousand times.
  XlsxBuilder builder;
  std::string sheet = builder.sheetXml({{"x"}});
  std::string rows;
  const std::string row = "<row><c><v>0</v></c></row>";
  while (rows.size() < (size_t(8) << 20)) rows += row;
  sheet.insert(sheet.find("</sheetData>"), rows);
  XlsxBuilder().sheet("S", {{"x"}}).write(path("ok.xlsx"));
  testing::writeZip(path("bomb.xlsx"),
                    {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"S\" r:id=\"rId1\" "
                                         "xmlns:r=\"urn:r\"/></sheets></workbook>"},
                     {"xl/_rels/workbook.xml.rels",
                      "<Relationships><Relationship Id=\"rId1\" Type=\"t/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                     {"xl/worksheets/sheet1.xml", sheet}});
  const std::string error = Workbook(path("bomb.xlsx")).error();
  EXPECT_NE(error.find("part xl/worksheets/sheet1.xml would inflate"), std::string::npos) << error;
  EXPECT_NE(error.find("refused as a zip bomb"), std::string::npos) << error;
}

TEST_F(WorkbookTest, RefusesOversizedPartsWhileReading) {
  XlsxBuilder().sheet("S", {{"a"}, {"b"}, {"c"}}).write(path("small.xlsx"));
  Limits limits;
  limits.max_sheet_bytes = 100;  // the sheet's XML is longer than this
  Workbook book(path("small.xlsx"), limits);
  ASSERT_NE(book.error(), "");  // the directory already says so
  EXPECT_NE(book.error().find("refused as oversized"), std::string::npos) << book.error();
}

TEST_F(WorkbookTest, ADamagedSheetIsAnErrorNamingIt) {
  testing::writeZip(path("bad.xlsx"),
                    {{"xl/workbook.xml", "<workbook><sheets><sheet name=\"List 4\" r:id=\"rId1\" "
                                         "xmlns:r=\"urn:r\"/></sheets></workbook>"},
                     {"xl/_rels/workbook.xml.rels",
                      "<Relationships><Relationship Id=\"rId1\" Type=\"t/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                     {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c t=\"s\"><v>3</v></c></row>"}});
  Workbook book(path("bad.xlsx"));
  ASSERT_EQ(book.error(), "");
  auto sheet = book.openSheet(0);
  Row row;
  EXPECT_FALSE(sheet->next(row));
  EXPECT_EQ(sheet->error(), "List 4: List 4!A1 points to shared string '3', which the workbook does not have");
}

TEST_F(WorkbookTest, RefusesADocumentTypeDeclaration) {
  // Entities are how XML bombs ("billion laughs") grow; a workbook has none.
  testing::writeZip(path("dtd.xlsx"),
                    {{"xl/workbook.xml", "<!DOCTYPE w [<!ENTITY a \"aaaa\">]><workbook><sheets/></workbook>"}});
  EXPECT_EQ(Workbook(path("dtd.xlsx")).error(),
            "part xl/workbook.xml declares a document type, which workbooks never do: refused");
}

}  // namespace
}  // namespace hc::xlsx
