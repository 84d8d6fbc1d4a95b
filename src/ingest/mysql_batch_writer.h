// MysqlBatchWriter: the RowWriter for MySQL/MariaDB. A round trip to the
// server per row held an import to some 3,700 rows a second, so rows are
// held back and written a batch at a time: one multi-row upsert
//   INSERT INTO t (columns..., import_id, source_line) VALUES (...), (...)
//   ON DUPLICATE KEY UPDATE ...
// preceded by one count of the batch's keys already stored (rows replaced:
// the affected-rows figure of a multi-row upsert is not relied on).
//
// A row's outcome must still be known when it is written (so messages and
// rejects keep file order), so same-file repeats are caught before a row
// joins a batch: a KeyFilter of every key this import wrote answers "not
// this import's" for nearly every row at no cost; for the rest, a key
// still held back is written out first, then StoredRowProbe reads the
// stored row, as for every row before batching. A batch therefore never
// holds a key twice nor one this import stored, so all its rows are stored
// and its count of existing keys is exactly the rows it replaces.
//
// Thread-safety: one thread, like the Database it uses.
#ifndef HC_INGEST_MYSQL_BATCH_WRITER_H_
#define HC_INGEST_MYSQL_BATCH_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ingest/key_filter.h"
#include "ingest/key_set.h"
#include "ingest/row_writer.h"
#include "ingest/stored_row_probe.h"

namespace hc::ingest {

class MysqlBatchWriter final : public RowWriter {
 public:
  MysqlBatchWriter(store::Database& db, const FileKind& kind, int64_t import_id, RowChanges* changes = nullptr);

  Outcome write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line) override;
  void finish() override { flush(); }
  int64_t inserted() override { return stored_ - replaced_; }
  int64_t replaced() override { return replaced_; }

 private:
  // A value held back, with its own copy of the text (a Value's text is a
  // view into the CSV record, gone by the next row).
  struct Cell {
    Value value;       // its chars viewing `text`
    std::string text;  // reused from batch to batch
  };

  void keyOf(const std::vector<Value>& values);  // into key_
  void hold(const std::vector<Value>& values, int64_t line);
  void flush();
  std::unique_ptr<store::Statement> prepareUpsert(size_t rows);
  std::unique_ptr<store::Statement> prepareCount(size_t rows);

  store::Database& db_;
  const FileKind& kind_;
  const int64_t import_id_;
  const size_t columns_;     // kind columns, without import_id and source_line
  const size_t batch_rows_;  // rows in a full batch
  StoredRowProbe probe_;
  KeyFilter written_;  // every key this import wrote or holds
  KeySet held_;        // the keys held back
  std::vector<Cell> cells_;     // held rows, columns_ cells each
  std::vector<int64_t> lines_;  // held rows' lines: lines_.size() rows held
  size_t held_bytes_ = 0;
  std::unique_ptr<store::Statement> full_upsert_, full_count_;  // for batch_rows_, prepared once
  std::string key_;
  int64_t stored_ = 0;
  int64_t replaced_ = 0;
  RowChanges* changes_;  // told of the rows a batch replaces, read by its count query
};

}  // namespace hc::ingest

#endif  // HC_INGEST_MYSQL_BATCH_WRITER_H_
