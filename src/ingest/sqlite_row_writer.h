// SqliteRowWriter: the RowWriter for SQLite, one prepared upsert per row.
// SQLite runs in-process, so a statement per row costs no round trip.
//
// The upsert itself skips a key this import already wrote (changes() == 0),
// so the common row costs one statement; only then does a probe find the
// earlier line. inserted() comes from the table's growth, as the upsert
// does not say whether it inserted or replaced. With RowChanges to tell,
// a row that may replace one (the table was not empty) is looked up first:
// a first import into an empty table pays nothing for it.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_SQLITE_ROW_WRITER_H_
#define HC_INGEST_SQLITE_ROW_WRITER_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "ingest/row_writer.h"
#include "ingest/stored_row_probe.h"

namespace hc::ingest {

class SqliteRowWriter final : public RowWriter {
 public:
  SqliteRowWriter(store::Database& db, const FileKind& kind, int64_t import_id, RowChanges* changes = nullptr);

  Outcome write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line) override;
  void finish() override {}
  int64_t inserted() override;
  int64_t replaced() override { return stored_ - inserted(); }

 private:
  int64_t rowCount();

  store::Database& db_;
  const FileKind& kind_;
  const int64_t import_id_;
  StoredRowProbe probe_;
  std::unique_ptr<store::Statement> upsert_;  // columns..., import_id, source_line
  int64_t stored_ = 0;
  int64_t rows_before_ = 0;
  RowChanges* changes_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_SQLITE_ROW_WRITER_H_
