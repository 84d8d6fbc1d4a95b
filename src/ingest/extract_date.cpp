#include "ingest/extract_date.h"

#include <ctime>

#include "ingest/file_kinds.h"
#include "ingest/text.h"
#include "ingest/values.h"

namespace hc::ingest {

ExtractDate checkExtractDate(std::string_view text, Date today) {
  ExtractDate out;
  const std::string_view given = trim(text);
  if (given.empty()) {
    out.error = "give the day the exports were taken, as YYYY-MM-DD";
    return out;
  }
  // Read as a contract date column reads a field, for the same messages.
  Column column;
  column.name = "extracted";
  column.type = ValueType::kDate;
  Value value;
  if (!parseValue(column, given, value, out.error)) return out;
  const Date day(static_cast<int32_t>(value.number));
  if (today < day) {
    out.error = day.iso() + " is in the future (today is " + today.iso() + "): give the day the exports were taken";
    return out;
  }
  out.date = day;
  return out;
}

ExtractDate checkExtractDate(std::string_view text) {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  return checkExtractDate(text, Date::fromCivil(tm.tm_year + 1900, static_cast<unsigned>(tm.tm_mon + 1),
                                                static_cast<unsigned>(tm.tm_mday)));
}

}  // namespace hc::ingest
