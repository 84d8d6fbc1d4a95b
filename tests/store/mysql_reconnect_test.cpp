// MySQL only: a connection the server drops (here by an idle timeout) is
// re-opened transparently outside a transaction and reported inside one.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "store/database.h"
#include "store_test_util.h"
#include "support/test_database.h"

namespace hc::store {
namespace {

using hc::testing::countRows;
using hc::testing::run;

class MysqlOnlyReconnectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(tdb_.isMysql()) << "MysqlOnly suites run only against MySQL (tests/CMakeLists.txt filters them out of SQLite runs)";
    tdb_.db().executeScript("CREATE TABLE r (id INTEGER PRIMARY KEY, note VARCHAR(20)) ENGINE=InnoDB");
  }
  // Makes the server close this session after 1 s idle, and waits for it.
  void loseConnection() {
    tdb_.db().executeScript("SET SESSION wait_timeout = 1");
    std::this_thread::sleep_for(std::chrono::milliseconds(2500));
  }
  Database& db() { return tdb_.db(); }

  hc::testing::TestDatabase tdb_;
};

TEST_F(MysqlOnlyReconnectTest, PreparedStatementSurvivesALostConnection) {
  auto insert = db().prepare("INSERT INTO r (id, note) VALUES (?, ?)");
  insert->bindInt(0, 1);
  insert->bindText(1, "kept");
  EXPECT_EQ(insert->execute(), 1);
  loseConnection();
  insert->bindInt(0, 2);  // the note binding made before the loss carries over
  EXPECT_EQ(insert->execute(), 1);
  EXPECT_EQ(hc::testing::queryText(db(), "SELECT note FROM r WHERE id = 2"), "kept");
  auto count = db().prepare("SELECT COUNT(*) FROM r");
  loseConnection();
  ASSERT_TRUE(count->step());
  EXPECT_EQ(count->getInt(0), 2);
}

TEST_F(MysqlOnlyReconnectTest, LossInsideATransactionIsAConnectionError) {
  auto insert = db().prepare("INSERT INTO r (id, note) VALUES (?, ?)");
  insert->bindText(1, "tx");
  loseConnection();
  try {
    Transaction tx(db());  // begin() itself reconnects: no work is lost yet
    insert->bindInt(0, 1);
    insert->execute();
    loseConnection();
    insert->bindInt(0, 2);
    insert->execute();
    FAIL() << "the lost transaction went unnoticed";
  } catch (const DatabaseError& e) {
    EXPECT_EQ(e.kind(), DatabaseError::Kind::kConnection) << e.what();
  }
  // Rolled back (by the Transaction) and usable again.
  EXPECT_EQ(countRows(db(), "r"), 0);
  insert->bindInt(0, 3);
  EXPECT_EQ(insert->execute(), 1);
  EXPECT_EQ(countRows(db(), "r"), 1);
}

}  // namespace
}  // namespace hc::store
