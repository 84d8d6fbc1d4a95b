// RowReader: typed reads of a query's current row by column position, for
// the dataset loader, turning a stored value that the records cannot hold
// (a hand-edited database) into a DatabaseError naming the table and value.
//
// Thread-safety: as its Statement, one thread at a time.
#ifndef HC_STORE_INTERNAL_ROW_READER_H_
#define HC_STORE_INTERNAL_ROW_READER_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"
#include "store/database.h"

namespace hc::store::internal {

class RowReader {
 public:
  RowReader(Statement& st, std::string_view table) : st_(st), table_(table) {}

  std::string text(int c) { return st_.getText(c); }
  std::string textOrEmpty(int c) { return st_.isNull(c) ? std::string() : st_.getText(c); }
  std::optional<std::string> optText(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return st_.getText(c);
  }
  int integer(int c) { return static_cast<int>(st_.getInt(c)); }
  int64_t int64(int c) { return st_.getInt(c); }
  std::optional<int> optInt(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return static_cast<int>(st_.getInt(c));
  }
  double real(int c) { return st_.getDouble(c); }
  std::optional<double> optReal(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return st_.getDouble(c);
  }
  Date date(int c);
  std::optional<Date> optDate(int c) {
    if (st_.isNull(c)) return std::nullopt;
    return date(c);
  }
  // MySQL returns seconds ("HH:MM:SS"), which the records do not keep.
  DateTime dateTime(int c);
  // A stored enumeration read back with its parser, e.g.
  //   row.choice(5, parseVisitStatus, "status")
  template <typename E>
  E choice(int c, std::optional<E> (*parse)(std::string_view), const char* what) {
    const std::string_view s = st_.getTextView(c);
    const auto v = parse(s);
    if (!v) bad(what, s);
    return *v;
  }

 private:
  [[noreturn]] void bad(const char* what, std::string_view value);

  Statement& st_;
  std::string_view table_;
};

}  // namespace hc::store::internal

#endif  // HC_STORE_INTERNAL_ROW_READER_H_
