// Small helpers shared by the store tests: run a statement with bound text
// values, count rows, read one value.
#ifndef HC_TESTS_STORE_STORE_TEST_UTIL_H_
#define HC_TESTS_STORE_STORE_TEST_UTIL_H_

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::testing {

// Runs `sql` with each value bound as text (nullopt: NULL); returns rows changed.
inline int64_t run(store::Database& db, const std::string& sql, const std::vector<std::optional<std::string>>& values = {}) {
  auto st = db.prepare(sql);
  for (size_t i = 0; i < values.size(); ++i) st->bindOptionalText(static_cast<int>(i), values[i]);
  return st->execute();
}

// `table` comes from the test's own fixed list.
inline int64_t countRows(store::Database& db, const std::string& table) {
  auto st = db.prepare("SELECT COUNT(*) FROM " + table);
  int64_t n = -1;
  while (st->step()) n = st->getInt(0);
  return n;
}

// The first column of the first row of `sql` as text; nullopt for no row or NULL.
inline std::optional<std::string> queryText(store::Database& db, const std::string& sql,
                                            const std::vector<std::string>& values = {}) {
  auto st = db.prepare(sql);
  for (size_t i = 0; i < values.size(); ++i) st->bindText(static_cast<int>(i), values[i]);
  std::optional<std::string> out;
  bool first = true;
  while (st->step()) {
    if (first && !st->isNull(0)) out = st->getText(0);
    first = false;
  }
  return out;
}

}  // namespace hc::testing

#endif  // HC_TESTS_STORE_STORE_TEST_UTIL_H_
