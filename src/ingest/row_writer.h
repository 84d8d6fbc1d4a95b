// RowWriter: stores a file's valid rows in its kind's table, one prepared
// upsert per file, and tells apart what can happen to a row: stored (under
// a new key or over a row of an earlier import), a repeat of a key this
// same file already stored with the same values (kept once), or a conflict
// (same key, other values: an error naming both lines).
//
// It asks the table rather than remembering keys, so memory does not grow
// with the file: every row carries import_id and source_line. On SQLite the
// upsert itself skips a key this import already wrote (changes() == 0), so
// the common row costs one statement; MySQL reports an unchanged upsert like
// a changed one, so there a probe by key precedes each upsert. Either way,
// inserted() and replaced() are exact once the file is written.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_ROW_WRITER_H_
#define HC_INGEST_ROW_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/values.h"
#include "store/database.h"

namespace hc::ingest {

class RowWriter {
 public:
  enum class Outcome { kStored, kRepeat, kConflict };

  // Call inside the file's transaction.
  RowWriter(store::Database& db, const FileKind& kind, int64_t import_id);

  // Stores `values` (one per kind column) read from `line`, unless this
  // import already stored the key; then sets `earlier_line` to where.
  Outcome write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line);

  // Rows stored under a new key, and over an earlier import's row, so far.
  int64_t inserted();
  int64_t replaced() { return stored_ - inserted(); }

 private:
  // Whether this import stored the key of `values`, and where; compares the
  // stored values when it did.
  bool storedByThisImport(const std::vector<Value>& values, int64_t& earlier_line, bool& same_values,
                          bool& exists);
  bool sameAsStored(const std::vector<Value>& values);
  int64_t rowCount();

  store::Database& db_;
  const FileKind& kind_;
  const int64_t import_id_;
  const bool upsert_skips_own_rows_;  // SQLite
  std::unique_ptr<store::Statement> probe_;   // import_id, source_line, columns... by key
  std::unique_ptr<store::Statement> upsert_;  // columns..., import_id, source_line
  int64_t stored_ = 0;
  int64_t inserted_ = 0;      // counted per row where the probe runs first (MySQL)
  int64_t rows_before_ = 0;   // otherwise found from the table's growth (SQLite)
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_WRITER_H_
