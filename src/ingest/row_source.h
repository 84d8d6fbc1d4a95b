// RowSource: where an import's records come from, so that one import
// skeleton (file_import.h) takes a CSV file (csv_reader.h) or a sheet of an
// Excel workbook (sheet_rows.h) alike: the header first, then the data
// records, each with the line (or sheet row) it was read from and its raw
// text for the rejects file.
//
// Thread-safety: one source per thread.
#ifndef HC_INGEST_ROW_SOURCE_H_
#define HC_INGEST_ROW_SOURCE_H_

#include <cstdint>
#include <string>

#include "ingest/csv_record.h"

namespace hc::ingest {

class RowSource {
 public:
  virtual ~RowSource() = default;

  // The next record that is not blank; false at the end or when reading
  // stopped (then error() says why).
  virtual bool next(CsvRecord& record) = 0;
  virtual const std::string& error() const = 0;
  virtual int64_t errorLine() const = 0;
  // Whether the rejects file should start with a UTF-8 byte-order mark.
  virtual bool hadByteOrderMark() const { return false; }
  // Where a finding about field `field` (-1: the whole record) of the
  // record read from `line` is, when the source has cells: "staff!C12".
  // Empty for sources whose findings read FILE:LINE.
  virtual std::string where(int64_t line, int field) const { return ""; }
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_SOURCE_H_
