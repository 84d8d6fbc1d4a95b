#include "ingest/row_shape.h"

#include <cstdio>

#include "ingest/text.h"

namespace hc::ingest {

RowShape::RowShape(const CsvRecord& header) {
  for (std::string_view name : header.fields) names_.emplace_back(trim(name));
}

bool RowShape::repeatsHeader(const CsvRecord& record) const {
  if (record.fields.size() != names_.size()) return false;
  for (size_t i = 0; i < names_.size(); ++i) {
    if (!equalsIgnoreCase(trim(record.fields[i]), names_[i])) return false;
  }
  return true;
}

std::string RowShape::fieldName(size_t i) const { return i < names_.size() ? names_[i] : std::string(); }

bool RowShape::check(const CsvRecord& record, const std::string& file, std::vector<Diagnostic>& findings) const {
  auto fail = [&](std::string column, std::string reason) {
    findings.push_back(Diagnostic{file, record.line, std::move(column), std::move(reason)});
    return false;
  };
  if (record.problem != CsvRecord::Problem::kNone) {
    const bool unclosed = record.problem == CsvRecord::Problem::kUnterminatedQuote;
    return fail(fieldName(record.problem_field),
                unclosed ? "a quoted value is not closed: its quote runs to the end of the file"
                         : "text after the closing quote of a quoted value");
  }
  if (invalidUtf8At(record.raw) != std::string_view::npos) {
    for (size_t f = 0; f < record.fields.size(); ++f) {
      const size_t at = invalidUtf8At(record.fields[f]);
      if (at == std::string_view::npos) continue;
      char byte[8];
      std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(record.fields[f][at]));
      return fail(fieldName(f), std::string("is not valid UTF-8 (byte ") + byte + " at position " +
                                    std::to_string(at + 1) + "); save the file as \"CSV UTF-8\"");
    }
  }
  size_t used = record.fields.size();
  while (used > names_.size() && record.fields[used - 1].empty()) --used;  // trailing commas
  if (used != names_.size()) {
    return fail("", "the row has " + std::to_string(record.fields.size()) + " fields but the header has " +
                        std::to_string(names_.size()));
  }
  return true;
}

}  // namespace hc::ingest
