// RowWriter: stores a file's valid rows in its kind's table and tells apart
// what can happen to a row: stored (under a new key or over a row of an
// earlier import), a repeat of a key this same file already stored with the
// same values (kept once), or a conflict (same key, other values: an error
// naming both lines).
//
// Every stored row carries import_id and source_line, so a writer can ask
// the table which lines of this import wrote a key. Two implementations,
// chosen by create() for the database's dialect:
//   SqliteRowWriter (sqlite_row_writer.h): one upsert per row, in-process.
//   MysqlBatchWriter (mysql_batch_writer.h): rows held back and written a
//     batch per statement, as a round trip per row to a server is what
//     limits an import.
// Either way the outcome of write() is known at once (messages and rejects
// stay in file order), and inserted() and replaced() are exact after
// finish().
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_ROW_WRITER_H_
#define HC_INGEST_ROW_WRITER_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "ingest/file_kinds.h"
#include "ingest/row_changes.h"
#include "ingest/values.h"
#include "store/database.h"

namespace hc::ingest {

class RowWriter {
 public:
  enum class Outcome { kStored, kRepeat, kConflict };

  // Call inside the file's transaction. `changes`, when given, is told of
  // every row stored and replaced (row_changes.h); it must outlive the
  // writer.
  static std::unique_ptr<RowWriter> create(store::Database& db, const FileKind& kind, int64_t import_id,
                                           RowChanges* changes = nullptr);
  virtual ~RowWriter() = default;

  // Stores `values` (one per kind column) read from `line` (perhaps not
  // until a later call or finish()), unless this import already stored the
  // key; then sets `earlier_line` to where. `values` need stay valid only
  // for the call.
  virtual Outcome write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line) = 0;

  // Writes every row held back; call before the counts and the commit.
  virtual void finish() = 0;

  // Rows stored under a new key, and over an earlier import's row.
  virtual int64_t inserted() = 0;
  virtual int64_t replaced() = 0;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_ROW_WRITER_H_
