#include "access/audit_log.h"

#include <gtest/gtest.h>

#include "access_fixture.h"

namespace hc::access {
namespace {

using AuditLogTest = AccessTest;

TEST_F(AuditLogTest, RecordsWhoWhatAndWhenInOrder) {
  AuditLog log(db());
  log.record("cli:ann", audit_action::kImport, "teams.csv", "stored: 10 read");
  log.record("dan", audit_action::kLogin, "dan", "director");
  const auto entries = log.since("2000-01-01");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].actor, "cli:ann");
  EXPECT_EQ(entries[0].action, "import");
  EXPECT_EQ(entries[0].subject, "teams.csv");
  EXPECT_EQ(entries[1].action, "login");
  EXPECT_LT(entries[0].id, entries[1].id);
  EXPECT_EQ(entries[0].at.size(), 20u);
  EXPECT_EQ(entries[0].at.back(), 'Z');
  EXPECT_TRUE(log.since("2999-01-01").empty());
  EXPECT_EQ(log.since("2000-01-01", 1).size(), 1u);
}

TEST_F(AuditLogTest, TheTableIsAppendOnly) {
  AuditLog(db()).record("dan", "login", "dan");
  EXPECT_THROW(db().prepare("UPDATE audit_log SET actor = 'someone else'")->execute(), store::DatabaseError);
  EXPECT_THROW(db().prepare("DELETE FROM audit_log")->execute(), store::DatabaseError);
  const auto entries = AuditLog(db()).since("2000-01-01");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].actor, "dan");
}

TEST_F(AuditLogTest, HostileTextIsStoredHarmlessly) {
  AuditLog log(db());
  const std::string sql = "x'); DELETE FROM audit_log; --";
  const std::string html = "<script>alert('x')</script> =HYPERLINK(\"http://evil\")";
  log.record(sql, "import", html, std::string(100000, 'a'));
  log.record("bad\xff\xfe utf8", "import", "line\nbreak\ttab", "\xc3\x28");
  const auto entries = log.since("2000-01-01");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].actor, sql);
  EXPECT_EQ(entries[0].subject, html);
  EXPECT_EQ(entries[0].detail.size(), 4096u);  // capped
  EXPECT_EQ(entries[1].actor, "bad\xEF\xBF\xBD\xEF\xBF\xBD utf8");
  EXPECT_EQ(entries[1].subject, "line break tab");
  EXPECT_EQ(entries[1].detail, "\xEF\xBF\xBD(");
}

TEST(CleanForLogTest, KeepsValidUtf8AndNeverSplitsACharacter) {
  EXPECT_EQ(cleanForLog("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"), "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80");
  EXPECT_EQ(cleanForLog("\xed\xa0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(cleanForLog("\xc0\xaf"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  EXPECT_EQ(cleanForLog("ab\xc3\xa9", 3), "ab");
}

}  // namespace
}  // namespace hc::access
