#include "ingest/mysql_batch_writer.h"

#include <algorithm>

namespace hc::ingest {
namespace {

// A batch is written when it has this many rows, or this many bytes of
// values, whichever comes first: big enough that the round trip is lost in
// the work, small enough to stay well inside max_allowed_packet (16 MB by
// default) and MySQL's 65,535 placeholders per statement.
constexpr size_t kBatchRows = 1000;
constexpr size_t kBatchBytes = size_t(1) << 20;
constexpr size_t kMaxPlaceholders = 65535;

constexpr char kKeySeparator = '\x1f';  // never in an identifier or a date

}  // namespace

MysqlBatchWriter::MysqlBatchWriter(store::Database& db, const FileKind& kind, int64_t import_id, RowChanges* changes)
    : db_(db), kind_(kind), import_id_(import_id), columns_(kind.columns.size()),
      batch_rows_(std::min(kBatchRows, kMaxPlaceholders / (kind.columns.size() + 2))),
      probe_(db, kind, import_id), changes_(changes) {
  cells_.resize(batch_rows_ * columns_);
  lines_.reserve(batch_rows_);
}

RowWriter::Outcome MysqlBatchWriter::write(const std::vector<Value>& values, int64_t line, int64_t& earlier_line) {
  keyOf(values);
  if (written_.mayContain(key_)) {
    // Perhaps a repeat: ask the table, once the key is surely in it.
    if (held_.find(key_) != KeySet::Answer::kAbsent) flush();
    const StoredRowProbe::Found found = probe_.find(values);
    if (found.ours) {
      earlier_line = found.earlier_line;
      return found.same_values ? Outcome::kRepeat : Outcome::kConflict;
    }
  }
  written_.add(key_);
  held_.add(key_, true);
  hold(values, line);
  if (changes_) changes_->stored(values);
  if (lines_.size() == batch_rows_ || held_bytes_ >= kBatchBytes) flush();
  return Outcome::kStored;
}

// The key as text, compared byte for byte: the tables' utf8mb4_bin
// collation compares keys (identifiers and dates, trimmed) the same way.
void MysqlBatchWriter::keyOf(const std::vector<Value>& values) {
  key_.clear();
  for (size_t k = 0; k < kind_.key_columns; ++k) {
    if (k) key_ += kKeySeparator;
    const Value& v = values[k];
    if (v.kind == Value::Kind::kInt) {
      key_ += std::to_string(v.number);
    } else {
      key_.append(v.text());
    }
  }
}

void MysqlBatchWriter::hold(const std::vector<Value>& values, int64_t line) {
  Cell* row = &cells_[lines_.size() * columns_];
  for (size_t c = 0; c < columns_; ++c) {
    const Value& v = values[c];
    Cell& cell = row[c];
    cell.value = v;  // a date-time's text is in the Value itself
    if (v.kind == Value::Kind::kText || v.kind == Value::Kind::kDate) {
      cell.text.assign(v.chars);
      cell.value.chars = cell.text;
    }
    held_bytes_ += v.text().size() + 8;
  }
  lines_.push_back(line);
}

void MysqlBatchWriter::flush() {
  const size_t rows = lines_.size();
  if (rows == 0) return;
  // A full batch reuses its statements; a short one (the file's last, or
  // one cut short by a repeat) prepares its own.
  std::unique_ptr<store::Statement> short_count, short_upsert;
  store::Statement* count;
  store::Statement* upsert;
  if (rows == batch_rows_) {
    if (!full_upsert_) {
      full_count_ = prepareCount(rows);
      full_upsert_ = prepareUpsert(rows);
    }
    count = full_count_.get();
    upsert = full_upsert_.get();
  } else {
    short_count = prepareCount(rows);
    short_upsert = prepareUpsert(rows);
    count = short_count.get();
    upsert = short_upsert.get();
  }

  const size_t keys = kind_.key_columns;
  for (size_t r = 0; r < rows; ++r) {
    for (size_t k = 0; k < keys; ++k) bindValue(*count, static_cast<int>(r * keys + k), cells_[r * columns_ + k].value);
  }
  // No held key is this import's (write() turns those away), so every row
  // found is an earlier import's, about to be replaced.
  if (changes_) {
    while (count->step()) {
      ++replaced_;
      changes_->replaced(*count, 0);
    }
  } else {
    if (count->step()) replaced_ += count->getInt(0);
    while (count->step()) {
    }
  }

  const size_t width = columns_ + 2;
  for (size_t r = 0; r < rows; ++r) {
    const int first = static_cast<int>(r * width);
    for (size_t c = 0; c < columns_; ++c) bindValue(*upsert, first + static_cast<int>(c), cells_[r * columns_ + c].value);
    upsert->bindInt(first + static_cast<int>(columns_), import_id_);
    upsert->bindInt(first + static_cast<int>(columns_) + 1, lines_[r]);
  }
  upsert->execute();  // its affected-rows figure counts a replaced row twice: the count above is what counts

  stored_ += static_cast<int64_t>(rows);
  lines_.clear();
  held_.clear();
  held_bytes_ = 0;
}

std::unique_ptr<store::Statement> MysqlBatchWriter::prepareUpsert(size_t rows) {
  std::vector<std::string> columns, keys;
  for (size_t c = 0; c < columns_; ++c) {
    columns.emplace_back(kind_.columns[c].name);
    if (c < kind_.key_columns) keys.emplace_back(kind_.columns[c].name);
  }
  columns.push_back("import_id");
  columns.push_back("source_line");
  return db_.prepare(store::upsertSql(db_.dialect(), std::string(kind_.name), columns, keys, rows));
}

// "SELECT COUNT(*) FROM t WHERE k IN (?, ?, ...)", or for a key of two
// columns "... WHERE (a = ? AND b = ?) OR (a = ? AND b = ?) ...", which
// the optimiser reads as ranges of the primary key as it does IN. With
// RowChanges to tell, the rows themselves (every kind column), counted as
// they are read.
std::unique_ptr<store::Statement> MysqlBatchWriter::prepareCount(size_t rows) {
  std::string what = "COUNT(*)";
  if (changes_) {
    what.clear();
    for (const Column& c : kind_.columns) what += (what.empty() ? "" : ", ") + std::string(c.name);
  }
  std::string sql = "SELECT " + what + " FROM " + std::string(kind_.name) + " WHERE ";
  if (kind_.key_columns == 1) {
    sql += std::string(kind_.columns[0].name) + " IN (?";
    for (size_t r = 1; r < rows; ++r) sql += ", ?";
    sql += ")";
  } else {
    std::string one = "(";
    for (size_t k = 0; k < kind_.key_columns; ++k) one += (k ? " AND " : "") + std::string(kind_.columns[k].name) + " = ?";
    one += ")";
    for (size_t r = 0; r < rows; ++r) sql += (r ? " OR " : "") + one;
  }
  return db_.prepare(sql);
}

}  // namespace hc::ingest
