#include "access/session_store.h"

#include <gtest/gtest.h>

#include "access/secure_random.h"
#include "access/user_store.h"
#include "access_fixture.h"

namespace hc::access {
namespace {

class SessionStoreTest : public AccessTest {
 protected:
  SessionStoreTest() {
    User u;
    u.username = "dan";
    u.role = Role::kDirector;
    UserStore(db()).add(u, "h");
  }
};

TEST_F(SessionStoreTest, IdsAre256RandomBitsStoredOnlyAsAHash) {
  SessionStore sessions(db());
  const std::string a = sessions.create("dan", 1000), b = sessions.create("dan", 1000);
  EXPECT_TRUE(isHex(a, 64));
  EXPECT_NE(a, b);
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 2);
  auto st = db().prepare("SELECT COUNT(*) FROM sessions WHERE session_hash = ?");
  st->bindText(0, a);
  st->step();
  EXPECT_EQ(st->getInt(0), 0);  // the id itself is nowhere in the table
  EXPECT_EQ(sessions.resolve(a, 1001), "dan");
}

TEST_F(SessionStoreTest, IdleSessionsExpire) {
  SessionStore sessions(db());
  const std::string id = sessions.create("dan", 1000);
  // Used every 20 minutes, it stays alive past the idle limit...
  EXPECT_EQ(sessions.resolve(id, 1000 + 20 * 60), "dan");
  EXPECT_EQ(sessions.resolve(id, 1000 + 40 * 60), "dan");
  // ...but left for longer than kIdleSeconds it ends, for good.
  EXPECT_FALSE(sessions.resolve(id, 1000 + 40 * 60 + kIdleSeconds + 1));
  EXPECT_FALSE(sessions.resolve(id, 1000 + 40 * 60 + 1));
  EXPECT_EQ(count("SELECT COUNT(*) FROM sessions"), 0);
}

TEST_F(SessionStoreTest, SessionsEndAfterTheAbsoluteLimitHoweverBusy) {
  SessionStore sessions(db());
  const std::string id = sessions.create("dan", 0);
  int64_t t = 0;
  for (; t + 600 <= kAbsoluteSeconds; t += 600) ASSERT_EQ(sessions.resolve(id, t), "dan") << t;
  EXPECT_FALSE(sessions.resolve(id, kAbsoluteSeconds + 1));
}

TEST_F(SessionStoreTest, DestroyAndJunkIds) {
  SessionStore sessions(db());
  const std::string id = sessions.create("dan", 1000);
  for (const std::string& junk : {std::string(""), std::string("' OR '1'='1"), std::string(64, 'g'),
                                  id.substr(0, 63), id + "0", std::string(100000, 'a')})
    EXPECT_FALSE(sessions.resolve(junk, 1001));
  sessions.destroy("not an id");
  EXPECT_EQ(sessions.resolve(id, 1001), "dan");
  sessions.destroy(id);
  EXPECT_FALSE(sessions.resolve(id, 1002));
}

TEST_F(SessionStoreTest, PurgeRemovesOnlyExpiredSessions) {
  SessionStore sessions(db());
  sessions.create("dan", 1000);
  const std::string live = sessions.create("dan", 1000 + kIdleSeconds);
  EXPECT_EQ(sessions.purgeExpired(1000 + kIdleSeconds + 10), 1);
  EXPECT_EQ(sessions.resolve(live, 1000 + kIdleSeconds + 20), "dan");
}

}  // namespace
}  // namespace hc::access
