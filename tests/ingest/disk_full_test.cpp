// A full disk during an import, simulated with SQLite's PRAGMA
// max_page_count (the database may grow no further, which SQLite reports
// exactly as it reports a full disk): the file is refused with a clear
// message, the data imported before it is untouched, and the database
// passes PRAGMA integrity_check. SQLite only: a server's disk is its own.
#include <gtest/gtest.h>

#include "ingest_fixture.h"

namespace hc::ingest {
namespace {

class SqliteOnlyDiskFull : public IngestTest {
 protected:
  std::string integrity() {
    auto st = db().prepare("PRAGMA integrity_check");
    std::string first;
    while (st->step())
      if (first.empty()) first = st->getText(0);
    return first;
  }
  int64_t pragma(const std::string& sql) {
    auto st = db().prepare(sql);
    int64_t v = -1;
    while (st->step()) v = st->getInt(0);
    return v;
  }
};

TEST_F(SqliteOnlyDiskFull, AnImportThatFillsTheDiskIsRefusedAndTheEarlierDataStays) {
  ASSERT_FALSE(isMysql()) << "run with HEALTHCHECK_TEST_DB=sqlite (tests/CMakeLists.txt)";
  loadBase();
  importOne("visits.csv",
            "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n"
            "V0,C1,S1,2024-02-01 09:00,60,completed,55\n");
  const auto before = table("visits");
  // Room for a few more pages only; the file below needs hundreds.
  const int64_t pages = pragma("PRAGMA page_count");
  ASSERT_EQ(pragma("PRAGMA max_page_count = " + std::to_string(pages + 4)), pages + 4);

  std::string content = "visit_id,case_id,staff_id,scheduled_start,planned_minutes,status,actual_minutes\n";
  for (int i = 1; i <= 20000; ++i) content += "V" + std::to_string(i) + ",C1,S1,2024-02-01 09:00,60,completed,55\n";
  const FileReport report = importOne("visits.csv", content);

  EXPECT_FALSE(report.stored());
  ASSERT_FALSE(report.messages.empty());
  const std::string message = report.messages.back().text();
  EXPECT_NE(message.find("database or disk is full"), std::string::npos) << message;
  EXPECT_NE(message.find("free space"), std::string::npos) << message;
  EXPECT_EQ(table("visits"), before);
  EXPECT_EQ(count("imports"), 4);  // teams, staff, cases and the first visits; not the refused one
  EXPECT_EQ(integrity(), "ok");

  // Once there is room again the same file goes in whole.
  pragma("PRAGMA max_page_count = 1073741823");
  EXPECT_TRUE(importOne("visits.csv", content).stored());
  EXPECT_EQ(count("visits"), 20001);
  EXPECT_EQ(integrity(), "ok");
}

}  // namespace
}  // namespace hc::ingest
