#include "ingest/row_writer.h"

#include "ingest/mysql_batch_writer.h"
#include "ingest/sqlite_row_writer.h"

namespace hc::ingest {

std::unique_ptr<RowWriter> RowWriter::create(store::Database& db, const FileKind& kind, int64_t import_id,
                                             RowChanges* changes) {
  if (db.dialect() == store::Dialect::kSqlite) return std::make_unique<SqliteRowWriter>(db, kind, import_id, changes);
  return std::make_unique<MysqlBatchWriter>(db, kind, import_id, changes);
}

}  // namespace hc::ingest
