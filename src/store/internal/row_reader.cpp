#include "store/internal/row_reader.h"

namespace hc::store::internal {

Date RowReader::date(int c) {
  const std::string_view s = st_.getTextView(c);
  const auto d = Date::parse(s.substr(0, 10));
  if (!d) bad("date", s);
  return *d;
}

DateTime RowReader::dateTime(int c) {
  const std::string_view s = st_.getTextView(c);
  const auto t = DateTime::parse(s.substr(0, 16));
  if (!t) bad("date-time", s);
  return *t;
}

void RowReader::bad(const char* what, std::string_view value) {
  throw DatabaseError(DatabaseError::Kind::kOther,
                      "stored " + std::string(table_) + " row has an invalid " + what + " '" + std::string(value) + "'");
}

}  // namespace hc::store::internal
