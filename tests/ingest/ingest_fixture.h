// A fresh database and folder per test, with helpers to write CSV files,
// import them and read tables back as text.
#ifndef HC_TESTS_INGEST_INGEST_FIXTURE_H_
#define HC_TESTS_INGEST_INGEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/importer.h"
#include "store/schema.h"
#include "support/test_database.h"
#include "support/test_files.h"

namespace hc::ingest {

class IngestTest : public ::testing::Test {
 protected:
  IngestTest() : dir_(testing::makeTempDir("ingest")) { store::migrate(db()); }

  store::Database& db() { return test_db_.db(); }
  const std::string& dir() const { return dir_; }
  std::string path(const std::string& name) const { return dir_ + "/" + name; }

  std::string write(const std::string& name, const std::string& content) {
    testing::writeFile(path(name), content);
    return path(name);
  }

  // Writes `name` and imports it alone.
  FileReport importOne(const std::string& name, const std::string& content, ImportOptions options = {}) {
    write(name, content);
    auto reports = importPaths(db(), {path(name)}, options);
    EXPECT_EQ(reports.size(), 1u);
    return reports.empty() ? FileReport{} : reports.front();
  }

  // teams T1, T2; staff S1 (T1), S2 (T2); cases C1 (T1), C2 (T2).
  void loadBase() {
    ASSERT_TRUE(importOne("teams.csv",
                          "team_id,name,service,locality\nT1,Alpha,children,North\nT2,Beta,adults,South\n")
                    .stored());
    ASSERT_TRUE(importOne("staff.csv",
                          "staff_id,team_id,role,employment,fte,start_date,end_date,qualified_date\n"
                          "S1,T1,social_worker,permanent,1,2020-01-06,,\n"
                          "S2,T2,team_manager,agency,0.5,2021-03-01,2025-06-30,2019-07-01\n")
                    .stored());
    ASSERT_TRUE(importOne("cases.csv",
                          "case_id,team_id,referral_date,assessment_completed_date,closed_date\n"
                          "C1,T1,2024-01-10,2024-02-01,\nC2,T2,2024-03-01,,2024-09-30\n")
                    .stored());
  }

  // Every row of a query of `columns` text columns, joined by '|' (NULL as "~").
  std::vector<std::string> rows(const std::string& sql, int columns = 1) {
    auto st = db().prepare(sql);
    std::vector<std::string> out;
    while (st->step()) {
      std::string row;
      for (int c = 0; c < columns; ++c) row += (c ? "|" : "") + (st->isNull(c) ? std::string("~") : st->getText(c));
      out.push_back(row);
    }
    return out;
  }

  // A kind's table as the contract's columns, ordered by key, each value
  // read as its type and written the same way on either engine: numbers
  // with %g, date-times as YYYY-MM-DD HH:MM, NULL as "~".
  std::vector<std::string> table(const std::string& kind_name) {
    const FileKind& kind = *findFileKind(kind_name);
    std::string sql = "SELECT ", order;
    for (size_t c = 0; c < kind.columns.size(); ++c) {
      sql += (c ? ", " : "") + std::string(kind.columns[c].name);
      if (c < kind.key_columns) order += (c ? ", " : "") + std::string(kind.columns[c].name);
    }
    auto st = db().prepare(sql + " FROM " + std::string(kind.name) + " ORDER BY " + order);
    std::vector<std::string> out;
    while (st->step()) {
      std::string row;
      for (size_t c = 0; c < kind.columns.size(); ++c) {
        const int i = static_cast<int>(c);
        std::string v;
        if (st->isNull(i)) {
          v = "~";
        } else if (kind.columns[c].type == ValueType::kDecimal) {
          char buf[32];
          std::snprintf(buf, sizeof buf, "%g", st->getDouble(i));
          v = buf;
        } else if (kind.columns[c].type == ValueType::kInteger || kind.columns[c].type == ValueType::kBool) {
          v = std::to_string(st->getInt(i));
        } else if (kind.columns[c].type == ValueType::kDateTime) {
          v = st->getText(i).substr(0, 16);
        } else {
          v = st->getText(i);
        }
        row += (c ? "|" : "") + v;
      }
      out.push_back(row);
    }
    return out;
  }

  int64_t count(const std::string& table) {
    auto st = db().prepare("SELECT COUNT(*) FROM " + table);
    st->step();
    const int64_t n = st->getInt(0);
    while (st->step()) {
    }
    return n;
  }

  // Every message's text.
  static std::vector<std::string> texts(const FileReport& r) {
    std::vector<std::string> out;
    for (const Diagnostic& d : r.messages) out.push_back(d.text());
    return out;
  }

  bool isMysql() const { return test_db_.isMysql(); }
  const testing::TestDatabase& testDb() const { return test_db_; }

 private:
  testing::TestDatabase test_db_;
  std::string dir_;
};

}  // namespace hc::ingest

#endif  // HC_TESTS_INGEST_INGEST_FIXTURE_H_
