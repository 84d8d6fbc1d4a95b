#include "store/record_dates.h"

#include <string>

#include "store/sql_text.h"

namespace hc::store {

std::optional<Date> lastRecordDate(Database& db) {
  auto st = db.prepare(internal::sqlSection(internal::sqlFile("queries/record_dates.sql"), "last_record_date"));
  std::optional<Date> last;
  // MySQL gives a DATE, SQLite the stored ISO text (possibly with a time).
  if (st->step() && !st->isNull(0)) last = Date::parse(st->getText(0).substr(0, 10));
  while (st->step()) {
  }
  return last;
}

}  // namespace hc::store
