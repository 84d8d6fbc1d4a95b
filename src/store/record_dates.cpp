#include "store/record_dates.h"

#include <string>

#include "store/sql_text.h"
#include "store/stored_figures.h"

namespace hc::store {
namespace {

std::string query(std::string_view name) {
  return internal::sqlSection(internal::sqlFile("queries/record_dates.sql"), name);
}

// MySQL gives a DATE, SQLite the stored ISO text (possibly with a time).
std::optional<Date> dateAt(Statement& st, int column) {
  if (st.isNull(column)) return std::nullopt;
  return Date::parse(st.getText(column).substr(0, 10));
}

}  // namespace

std::optional<ExtractDateGiven> latestExtractDate(Database& db) {
  auto st = db.prepare(query("latest_extract"));
  std::optional<ExtractDateGiven> given;
  if (st->step()) {
    if (const std::optional<Date> day = dateAt(*st, 0)) given = ExtractDateGiven{*day, st->getText(1)};
  }
  while (st->step()) {
  }
  return given;
}

std::optional<Date> lastRecordDate(Database& db) {
  const std::string version = dataVersion(db);
  {
    auto stored = db.prepare(query("read_stored"));
    stored->bindText(0, version);
    if (stored->step()) {
      const std::optional<Date> last = dateAt(*stored, 0);
      while (stored->step()) {
      }
      return last;
    }
  }
  std::optional<Date> last;
  if (const auto extract = latestExtractDate(db)) {
    // An export says how things stood on the day it was taken, though no
    // record may be dated then; and a record dated later (a leaving date
    // agreed, a visit booked) does not make the days after it covered.
    last = extract->date;
  } else {
    auto st = db.prepare(query("last_record_date"));
    if (st->step()) last = dateAt(*st, 0);
    while (st->step()) {
    }
  }
  try {
    auto write = db.prepare(query(db.dialect() == Dialect::kSqlite ? "write_stored_sqlite" : "write_stored_mysql"));
    write->bindText(0, version);
    if (last) write->bindText(1, last->iso());
    else write->bindNull(1);
    write->execute();
  } catch (const DatabaseError&) {
    // A read-only connection or a busy writer: the answer stands, only
    // the next call reads the columns again.
  }
  return last;
}

}  // namespace hc::store
