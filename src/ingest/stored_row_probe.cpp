#include "ingest/stored_row_probe.h"

namespace hc::ingest {

void bindValue(store::Statement& st, int index, const Value& v) {
  switch (v.kind) {
    case Value::Kind::kNull: st.bindNull(index); break;
    case Value::Kind::kInt: st.bindInt(index, v.number); break;
    case Value::Kind::kDouble: st.bindDouble(index, v.real); break;
    default: st.bindText(index, v.text()); break;
  }
}

StoredRowProbe::StoredRowProbe(store::Database& db, const FileKind& kind, int64_t import_id)
    : kind_(kind), import_id_(import_id) {
  std::string select = "SELECT import_id, source_line", where;
  for (size_t c = 0; c < kind.columns.size(); ++c) {
    const std::string name(kind.columns[c].name);
    select += ", " + name;
    if (c < kind.key_columns) where += (where.empty() ? " WHERE " : " AND ") + name + " = ?";
  }
  probe_ = db.prepare(select + " FROM " + std::string(kind.name) + where);
}

StoredRowProbe::Found StoredRowProbe::find(const std::vector<Value>& values) {
  for (size_t k = 0; k < kind_.key_columns; ++k) bindValue(*probe_, static_cast<int>(k), values[k]);
  Found found;
  found.exists = probe_->step();
  if (!found.exists) return found;
  found.ours = !probe_->isNull(0) && probe_->getInt(0) == import_id_;
  if (found.ours) {
    found.earlier_line = probe_->getInt(1);
    found.same_values = sameAsStored(values);
  }
  while (probe_->step()) {
  }
  return found;
}

void StoredRowProbe::reportEarlier(const std::vector<Value>& values, RowChanges& changes) {
  for (size_t k = 0; k < kind_.key_columns; ++k) bindValue(*probe_, static_cast<int>(k), values[k]);
  if (probe_->step() && (probe_->isNull(0) || probe_->getInt(0) != import_id_)) changes.replaced(*probe_, 2);
  while (probe_->step()) {
  }
}

// Compares the probe's current row with `values`, column by column in the
// type each was stored as (so "1.0" and "1" are the same fte).
bool StoredRowProbe::sameAsStored(const std::vector<Value>& values) {
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

}  // namespace hc::ingest
