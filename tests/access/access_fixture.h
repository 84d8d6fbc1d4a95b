// A migrated test database (SQLite or MariaDB, see support/test_database.h)
// for the access component's suites.
#ifndef HC_TESTS_ACCESS_ACCESS_FIXTURE_H_
#define HC_TESTS_ACCESS_ACCESS_FIXTURE_H_

#include <gtest/gtest.h>

#include "store/schema.h"
#include "support/test_database.h"

namespace hc::access {

class AccessTest : public ::testing::Test {
 protected:
  AccessTest() { store::migrate(db()); }
  store::Database& db() { return test_db_.db(); }
  int64_t count(const std::string& sql) {
    auto st = db().prepare(sql);
    st->step();
    return st->getInt(0);
  }

  hc::testing::TestDatabase test_db_;
};

}  // namespace hc::access

#endif  // HC_TESTS_ACCESS_ACCESS_FIXTURE_H_
