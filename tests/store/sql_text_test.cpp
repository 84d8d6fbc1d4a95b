#include "store/sql_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "store/database.h"

namespace hc::store::internal {
namespace {

TEST(SqlTextTest, SplitScriptSplitsOutsideQuotesAndComments) {
  const auto parts = splitScript(
      "-- header; comment\n"
      "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
      "INSERT INTO a VALUES ('it''s; fine'); INSERT INTO a VALUES (\"q;\")\n"
      "/* block; */ ;;\n"
      "DROP TABLE `odd;name`");
  EXPECT_EQ(parts, (std::vector<std::string>{"CREATE TABLE a (x TEXT DEFAULT 'a;b')",
                                             "INSERT INTO a VALUES ('it''s; fine')", "INSERT INTO a VALUES (\"q;\")",
                                             "DROP TABLE `odd;name`"}));
  EXPECT_TRUE(splitScript("  -- only a comment\n").empty());
}

TEST(SqlTextTest, SqlSectionFindsANamedQuery) {
  const std::string file = "-- intro\n-- name: one\nSELECT 1\n  FROM t;\n-- comment\n-- name: two\nSELECT 2;\n";
  EXPECT_EQ(sqlSection(file, "one"), "SELECT 1\n  FROM t");
  EXPECT_EQ(sqlSection(file, "two"), "SELECT 2");
  EXPECT_THROW(sqlSection(file, "three"), DatabaseError);
}

TEST(SqlTextTest, EveryLoaderQueryIsBuiltIn) {
  const std::string_view file = sqlFile("queries/load_dataset.sql");
  for (const char* name : {"teams", "staff", "establishment", "holidays", "cases", "allocations", "transfers", "visit_months",
                           "supervision", "absences", "team_meetings", "risk_assessments", "feedback", "care_packages"})
    EXPECT_EQ(sqlSection(file, name).rfind("SELECT ", 0), 0u) << name;
  EXPECT_THROW(sqlFile("queries/missing.sql"), DatabaseError);
}

TEST(SqlTextTest, SnippetQuotesTheFirstWordsOnly) {
  EXPECT_EQ(sqlSnippet("  INSERT   INTO\n teams (a)  "), "INSERT INTO teams (a)");
  const std::string long_sql = "SELECT " + std::string(500, 'x');
  const std::string s = sqlSnippet(long_sql);
  EXPECT_LE(s.size(), 70u);
  EXPECT_EQ(s.substr(s.size() - 4), " ...");
}

}  // namespace
}  // namespace hc::store::internal
