// Reading one CSV field as the contract's type for its column, with the
// reason in plain words when it cannot be read: "'25/12/2024' is not a date
// (expected YYYY-MM-DD; it looks like a day/month/year date as Excel writes
// it)", "'1,234.50' is not a number (remove the thousands separator:
// 1234.50)". Reasons are built only on failure; a valid field costs no
// allocation.
//
// Thread-safety: pure functions.
#ifndef HC_INGEST_VALUES_H_
#define HC_INGEST_VALUES_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/file_kinds.h"

namespace hc::ingest {

// A field's value as it is stored.
struct Value {
  enum class Kind { kNull, kInt, kDouble, kText, kDate, kDateTime };
  Kind kind = Kind::kNull;
  int64_t number = 0;      // kInt (booleans as 1/0); kDate: days since 1970; kDateTime: minutes
  double real = 0;         // kDouble
  std::string_view chars;  // kText, kDate: the text stored (a view into the record or a constant)
  char stamp[16] = {};     // kDateTime: "YYYY-MM-DD HH:MM"

  // The text to store for kText, kDate and kDateTime.
  std::string_view text() const { return kind == Kind::kDateTime ? std::string_view(stamp, 16) : chars; }
  bool operator==(const Value& o) const;
};

// Reads a non-empty field (trimmed, valid UTF-8) as `column` says. On
// failure returns false and sets `reason`.
bool parseValue(const Column& column, std::string_view field, Value& out, std::string& reason);

// 'field' for a message, shortened when long.
std::string quoted(std::string_view field);

}  // namespace hc::ingest

#endif  // HC_INGEST_VALUES_H_
