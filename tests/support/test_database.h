// TestDatabase: a fresh, empty database for one test, on the engine named by
// HEALTHCHECK_TEST_DB: "sqlite" (default; a file in a temporary folder) or a
// server URL "mysql://USER[:PASSWORD]@HOST:PORT/" on which a uniquely named
// database is created for the test and dropped after it. CTest runs every
// database suite once per engine (tests/CMakeLists.txt).
#ifndef HC_TESTS_SUPPORT_TEST_DATABASE_H_
#define HC_TESTS_SUPPORT_TEST_DATABASE_H_

#include <memory>
#include <string>

#include "store/database.h"

namespace hc::testing {

class TestDatabase {
 public:
  TestDatabase();  // creates the database, not the schema
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // The URL to open further connections (e.g. for the CLI) to the same data.
  const std::string& url() const { return url_; }
  store::Database& db() { return *db_; }
  // A second, independent connection to the same database.
  std::unique_ptr<store::Database> open() const { return store::openDatabase(url_); }
  bool isMysql() const { return db_->dialect() == store::Dialect::kMysql; }

 private:
  std::string url_;
  std::string mysql_server_;  // set for MySQL: where to drop the database
  std::string mysql_name_;
  std::string sqlite_dir_;
  std::unique_ptr<store::Database> db_;
};

}  // namespace hc::testing

#endif  // HC_TESTS_SUPPORT_TEST_DATABASE_H_
