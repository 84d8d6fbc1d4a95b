// Shared by the national tests: a fresh database per test (SQLite or
// MariaDB, tests/support/test_database.h), the small files of
// tests/national/data/, and reading single values back with SQL.
#ifndef HC_TESTS_NATIONAL_NATIONAL_FIXTURE_H_
#define HC_TESTS_NATIONAL_NATIONAL_FIXTURE_H_

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "ingest/importer.h"
#include "store/database.h"
#include "support/test_database.h"

namespace hc::testing {

// <source>/tests/national/data/NAME
inline std::string nationalData(const std::string& name) {
  return std::string(HC_SOURCE_DIR) + "/tests/national/data/" + name;
}

// Every message of a report, one per line, for assertion output.
std::string messagesOf(const ingest::FileReport& report);
// True when some message's text() contains `needle`.
bool hasMessage(const ingest::FileReport& report, const std::string& needle);

class NationalTest : public ::testing::Test {
 protected:
  store::Database& db() { return test_db_.db(); }
  // The single value of a query with one text parameter (nullopt: NULL
  // or no row).
  std::optional<double> number(const std::string& sql, const std::string& param = "");
  int64_t count(const std::string& sql, const std::string& param = "");

  TestDatabase test_db_;
};

}  // namespace hc::testing

#endif  // HC_TESTS_NATIONAL_NATIONAL_FIXTURE_H_
