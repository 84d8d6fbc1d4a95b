// Header: how a file's header row maps onto its kind's columns. Names match
// after trimming, in any case, in any order. A required column that is
// missing or a column named twice makes the file unusable (errors); a
// column the contract does not define is a warning and its values are
// ignored.
//
// Thread-safety: immutable once read; safe to share.
#ifndef HC_INGEST_HEADER_H_
#define HC_INGEST_HEADER_H_

#include <string>
#include <vector>

#include "ingest/csv_reader.h"
#include "ingest/diagnostic.h"
#include "ingest/file_kinds.h"

namespace hc::ingest {

class Header {
 public:
  // Reads `record` as the header of a `kind` file named `file` (for
  // messages), adding what it finds to `out`.
  Header(const FileKind& kind, const CsvRecord& record, const std::string& file, DiagnosticList& out);

  // False when a required column is missing or a name repeats.
  bool usable() const { return usable_; }
  // The field holding kind.columns[column]; -1 when the file lacks it.
  int fieldOf(size_t column) const { return field_of_column_[column]; }

 private:
  std::vector<int> field_of_column_;
  bool usable_ = true;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_HEADER_H_
