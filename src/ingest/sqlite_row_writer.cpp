#include "ingest/sqlite_row_writer.h"

namespace hc::ingest {

SqliteRowWriter::SqliteRowWriter(store::Database& db, const FileKind& kind, int64_t import_id, RowChanges* changes)
    : db_(db), kind_(kind), import_id_(import_id), probe_(db, kind, import_id), changes_(changes) {
  const std::string table(kind.name);
  std::vector<std::string> columns, keys;
  for (size_t c = 0; c < kind.columns.size(); ++c) {
    columns.emplace_back(kind.columns[c].name);
    if (c < kind.key_columns) keys.emplace_back(kind.columns[c].name);
  }
  columns.push_back("import_id");
  columns.push_back("source_line");
  // upsertSql ends with SQLite's "DO UPDATE SET ..." (import_id is never a
  // key, so there is always something to set), which takes a WHERE.
  upsert_ = db.prepare(store::upsertSql(db.dialect(), table, columns, keys) + " WHERE " + table +
                       ".import_id IS NOT excluded.import_id");
  rows_before_ = rowCount();
}

RowWriter::Outcome SqliteRowWriter::write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line) {
  const int n = static_cast<int>(values.size());
  for (int c = 0; c < n; ++c) {
    const Value& v = values[c];
    // The text lives in the caller's record until write() returns, so
    // SQLite need not copy it.
    if (v.kind == Value::Kind::kText || v.kind == Value::Kind::kDate || v.kind == Value::Kind::kDateTime) {
      upsert_->bindTextNoCopy(c, v.text());
    } else {
      bindValue(*upsert_, c, v);
    }
  }
  upsert_->bindInt(n, import_id_);
  upsert_->bindInt(n + 1, line);
  // The upsert below replaces what an earlier import stored under the key
  // (a row of this import it leaves alone), so that row is reported first.
  if (changes_ && rows_before_ > 0) probe_.reportEarlier(values, *changes_);
  if (upsert_->execute() == 0) {  // the key is this import's already
    const StoredRowProbe::Found found = probe_.find(values);
    earlier_line = found.earlier_line;
    return found.same_values ? Outcome::kRepeat : Outcome::kConflict;
  }
  ++stored_;
  if (changes_) changes_->stored(values);
  return Outcome::kStored;
}

int64_t SqliteRowWriter::inserted() {
  // Into an empty table every row stored is new: no count of what may be
  // 20 million rows.
  if (rows_before_ == 0) return stored_;
  return rowCount() - rows_before_;
}

int64_t SqliteRowWriter::rowCount() {
  auto st = db_.prepare("SELECT COUNT(*) FROM " + std::string(kind_.name));
  st->step();
  const int64_t n = st->getInt(0);
  while (st->step()) {
  }
  return n;
}

}  // namespace hc::ingest
