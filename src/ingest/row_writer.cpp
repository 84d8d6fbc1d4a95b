#include "ingest/row_writer.h"

namespace hc::ingest {
namespace {

void bind(store::Statement& st, int index, const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNull: st.bindNull(index); break;
    case Value::Kind::kInt: st.bindInt(index, v.number); break;
    case Value::Kind::kDouble: st.bindDouble(index, v.real); break;
    default: st.bindText(index, v.text()); break;
  }
}

void finish(store::Statement& st) {
  while (st.step()) {
  }
}

}  // namespace

RowWriter::RowWriter(store::Database& db, const FileKind& kind, int64_t import_id)
    : db_(db), kind_(kind), import_id_(import_id), upsert_skips_own_rows_(db.dialect() == store::Dialect::kSqlite) {
  const std::string table(kind.name);
  std::vector<std::string> columns, keys;
  std::string select = "SELECT import_id, source_line", where;
  for (size_t c = 0; c < kind.columns.size(); ++c) {
    const std::string name(kind.columns[c].name);
    columns.push_back(name);
    select += ", " + name;
    if (c < kind.key_columns) {
      keys.push_back(name);
      where += (where.empty() ? " WHERE " : " AND ") + name + " = ?";
    }
  }
  probe_ = db.prepare(select + " FROM " + table + where);
  columns.push_back("import_id");
  columns.push_back("source_line");
  std::string upsert = store::upsertSql(db.dialect(), table, columns, keys);
  if (upsert_skips_own_rows_) {
    // upsertSql ends with SQLite's "DO UPDATE SET ..." (import_id is never
    // a key, so there is always something to set), which takes a WHERE.
    upsert += " WHERE " + table + ".import_id IS NOT excluded.import_id";
    rows_before_ = rowCount();
  }
  upsert_ = db.prepare(upsert);
}

RowWriter::Outcome RowWriter::write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line) {
  bool exists = false, same_values = false;
  if (!upsert_skips_own_rows_ && storedByThisImport(values, earlier_line, same_values, exists)) {
    return same_values ? Outcome::kRepeat : Outcome::kConflict;
  }
  const int n = static_cast<int>(values.size());
  for (int c = 0; c < n; ++c) bind(*upsert_, c, values[c]);
  upsert_->bindInt(n, import_id_);
  upsert_->bindInt(n + 1, line);
  if (upsert_->execute() == 0) {  // SQLite only: the key is this import's already
    storedByThisImport(values, earlier_line, same_values, exists);
    return same_values ? Outcome::kRepeat : Outcome::kConflict;
  }
  ++stored_;
  if (!upsert_skips_own_rows_ && !exists) ++inserted_;
  return Outcome::kStored;
}

int64_t RowWriter::inserted() { return upsert_skips_own_rows_ ? rowCount() - rows_before_ : inserted_; }

bool RowWriter::storedByThisImport(const std::vector<Value>& values, int64_t& earlier_line, bool& same_values,
                                   bool& exists) {
  for (size_t k = 0; k < kind_.key_columns; ++k) bind(*probe_, static_cast<int>(k), values[k]);
  exists = probe_->step();
  const bool ours = exists && !probe_->isNull(0) && probe_->getInt(0) == import_id_;
  if (ours) {
    earlier_line = probe_->getInt(1);
    same_values = sameAsStored(values);
  }
  if (exists) finish(*probe_);
  return ours;
}

// Compares the probe's current row with `values`, column by column in the
// type each was stored as (so "1.0" and "1" are the same fte).
bool RowWriter::sameAsStored(const std::vector<Value>& values) {
  for (size_t c = 0; c < values.size(); ++c) {
    const int col = static_cast<int>(c) + 2;
    const Value& v = values[c];
    if (probe_->isNull(col) != (v.kind == Value::Kind::kNull)) return false;
    switch (v.kind) {
      case Value::Kind::kNull: break;
      case Value::Kind::kInt:
        if (probe_->getInt(col) != v.number) return false;
        break;
      case Value::Kind::kDouble:
        if (probe_->getDouble(col) != v.real) return false;
        break;
      default: {
        // MySQL hands a DATETIME back with seconds: compare what was written.
        const std::string stored = probe_->getText(col);
        if (stored.compare(0, v.text().size(), v.text()) != 0) return false;
        if (v.kind != Value::Kind::kDateTime && stored.size() != v.text().size()) return false;
      }
    }
  }
  return true;
}

int64_t RowWriter::rowCount() {
  auto st = db_.prepare("SELECT COUNT(*) FROM " + std::string(kind_.name));
  st->step();
  const int64_t n = st->getInt(0);
  finish(*st);
  return n;
}

}  // namespace hc::ingest
