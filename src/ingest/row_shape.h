// RowShape: what the import skeleton (import_run.h) checks of every data
// row against the file's header row before an import reads its columns, so
// that every import says the same of a row it cannot read:
//
//   - a row repeating the header (names matched trimmed, in any case):
//     "visits.csv:7: this line repeats the header: ...";
//   - malformed quoting, bytes that are not UTF-8, or a field count other
//     than the header's (trailing empty fields past it are allowed):
//     "visits.csv:9: the row has 7 fields but the header has 6".
//
// Example:
//   RowShape shape(header_record);
//   if (!shape.check(record, "visits.csv", findings)) ...  // findings says why
//
// Thread-safety: immutable once built; safe to share.
#ifndef HC_INGEST_ROW_SHAPE_H_
#define HC_INGEST_ROW_SHAPE_H_

#include <string>
#include <vector>

#include "ingest/csv_reader.h"
#include "ingest/diagnostic.h"

namespace hc::ingest {

class RowShape {
 public:
  // Keeps the header's names (trimmed, as written).
  explicit RowShape(const CsvRecord& header);

  // True when a data record is the header again: a file pasted twice.
  bool repeatsHeader(const CsvRecord& record) const;
  // False when the record's fields cannot be trusted, with the reason (one
  // error naming the field where there is one) added to `findings`.
  bool check(const CsvRecord& record, const std::string& file, std::vector<Diagnostic>& findings) const;

 private:
  // The name of field i as the file spells it, for messages; "" past the end.
  std::string fieldName(size_t i) const;

  std::vector<std::string> names_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_SHAPE_H_
