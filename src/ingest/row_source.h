// RowSource: where an import's rows come from. The import skeleton
// (import_run.h) reads the header and then every data row through it, so
// the same checks, messages, rejects and transaction apply whether the rows
// are a CSV file (CsvRowSource) or, say, a sheet of a workbook.
//
// A source names itself for messages ("visits.csv") and may say where a
// finding is in its own terms through locate(): a CSV file keeps the
// contract's FILE:LINE; a workbook sheet can give "staff!C12" from the
// finding's row and column (Diagnostic::location).
//
// Thread-safety: one source per thread; a record's views are valid until
// the next call to next().
#ifndef HC_INGEST_ROW_SOURCE_H_
#define HC_INGEST_ROW_SOURCE_H_

#include <cstdint>
#include <string>

#include "ingest/csv_reader.h"
#include "ingest/diagnostic.h"

namespace hc::ingest {

class RowSource {
 public:
  virtual ~RowSource() = default;

  // The next row that is not blank, the header row first, as a CsvRecord
  // (line: the row's number; fields; raw: the text a rejects file gets).
  // False at the end, or when reading stopped: then error() says why.
  virtual bool next(CsvRecord& record) = 0;
  // Empty while all is well; otherwise why reading stopped.
  virtual const std::string& error() const = 0;
  // The row reading stopped at, for an error() that has one; 0: none.
  virtual int64_t errorLine() const = 0;
  // The name messages start with: "visits.csv", or a sheet's "staff".
  virtual const std::string& name() const = 0;
  // True when the source began with a UTF-8 byte-order mark, which the
  // rejects file repeats so that a spreadsheet reads both alike.
  virtual bool hadByteOrderMark() const { return false; }
  // Says where `finding` is, in the source's terms, by setting
  // finding.location; by default nothing: "FILE:LINE: column: reason".
  virtual void locate(Diagnostic& finding) const {}
};

// The rows of a CSV file (csv_reader.h), named by the file's base name.
class CsvRowSource : public RowSource {
 public:
  explicit CsvRowSource(const std::string& path);

  bool next(CsvRecord& record) override { return reader_.next(record); }
  const std::string& error() const override { return reader_.error(); }
  int64_t errorLine() const override { return reader_.errorLine(); }
  const std::string& name() const override { return name_; }
  bool hadByteOrderMark() const override { return reader_.hadByteOrderMark(); }

 private:
  CsvReader reader_;
  std::string name_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_SOURCE_H_
