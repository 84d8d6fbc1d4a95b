// CsvRecord: one record of an import as its reader hands it out (a CSV
// line, or a sheet row written as one): its fields, its raw text and
// where it starts.
//
// Thread-safety: a plain value; its views are valid until the reader's next().
#ifndef HC_INGEST_CSV_RECORD_H_
#define HC_INGEST_CSV_RECORD_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace hc::ingest {

struct CsvRecord {
  enum class Problem { kNone, kUnterminatedQuote, kTextAfterQuote };

  int64_t line = 0;                      // 1-based physical line of its first byte
  std::vector<std::string_view> fields;  // unquoted ones trimmed, quotes undoubled
  std::string_view raw;                  // the record as in the file, without its line break
  Problem problem = Problem::kNone;      // the first quoting problem in the record
  size_t problem_field = 0;              // index of the field it is in
};

}  // namespace hc::ingest

#endif  // HC_INGEST_CSV_RECORD_H_
