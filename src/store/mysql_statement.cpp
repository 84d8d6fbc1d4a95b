#include "store/mysql_statement.h"

#include <cppconn/datatype.h>

#include "store/mysql_database.h"

namespace hc::store {
namespace {

constexpr std::string_view kOnDuplicate = "ON DUPLICATE KEY UPDATE";

// True for "INSERT ... VALUES (...) ON DUPLICATE KEY UPDATE ...", one row,
// as upsertSql() writes it.
bool isSingleRowUpsert(std::string_view sql) {
  const size_t update = sql.find(kOnDuplicate);
  const size_t values = sql.find("VALUES (");
  if (update == std::string_view::npos || values == std::string_view::npos) return false;
  const size_t close = sql.find(')', values);
  const size_t next = sql.find_first_not_of(" \n\t", close + 1);
  return close != std::string_view::npos && next == update;
}

}  // namespace

MysqlStatement::MysqlStatement(MysqlDatabase& db, std::string sql)
    : db_(&db), sql_(std::move(sql)), single_row_upsert_(isSingleRowUpsert(sql_)) {
  db.run(sql_, [&] { prepared(); });
  db.attach(this);
}

MysqlStatement::~MysqlStatement() {
  if (db_) db_->detach(this);
}

void MysqlStatement::dropPrepared() {
  result_.reset();
  prepared_.reset();
}

void MysqlStatement::orphan() {
  dropPrepared();
  db_ = nullptr;
}

MysqlDatabase& MysqlStatement::database() {
  if (!db_) throw DatabaseError(DatabaseError::Kind::kOther, "internal error: statement used after its database was closed");
  return *db_;
}

sql::PreparedStatement& MysqlStatement::prepared() {
  if (!prepared_) {
    prepared_.reset(database().connection().prepareStatement(sql_));
    for (size_t i = 0; i < bindings_.size(); ++i) apply(static_cast<int>(i));
  }
  return *prepared_;
}

MysqlStatement::Binding& MysqlStatement::binding(int index) {
  result_.reset();  // new values: the next step() runs the query again
  if (index < 0) throw DatabaseError(DatabaseError::Kind::kOther, "internal error: negative parameter index");
  if (static_cast<size_t>(index) >= bindings_.size()) bindings_.resize(index + 1);
  return bindings_[index];
}

void MysqlStatement::apply(int index) {
  if (!prepared_) return;  // applied when prepared again
  const Binding& b = bindings_[index];
  const unsigned position = static_cast<unsigned>(index) + 1;
  try {
    switch (b.type) {
      case Binding::Type::kUnset: break;
      case Binding::Type::kNull: prepared_->setNull(position, sql::DataType::VARCHAR); break;
      case Binding::Type::kInt: prepared_->setInt64(position, b.int_value); break;
      case Binding::Type::kDouble: prepared_->setDouble(position, b.double_value); break;
      case Binding::Type::kText: prepared_->setString(position, sql::SQLString(b.text)); break;
    }
  } catch (const sql::SQLException& e) {
    throwMysqlError(e, sql_);
  }
}

void MysqlStatement::bindNull(int index) {
  binding(index).type = Binding::Type::kNull;
  apply(index);
}

void MysqlStatement::bindInt(int index, int64_t value) {
  Binding& b = binding(index);
  b.type = Binding::Type::kInt;
  b.int_value = value;
  apply(index);
}

void MysqlStatement::bindDouble(int index, double value) {
  Binding& b = binding(index);
  b.type = Binding::Type::kDouble;
  b.double_value = value;
  apply(index);
}

void MysqlStatement::bindText(int index, std::string_view value) {
  Binding& b = binding(index);
  b.type = Binding::Type::kText;
  b.text.assign(value.data(), value.size());
  apply(index);
}

void MysqlStatement::bindBlob(int index, std::string_view bytes) {
  // A prepared statement sends a string parameter as counted bytes, and a
  // BLOB column has no character set to convert them to: binary-safe.
  bindText(index, bytes);
}

int64_t MysqlStatement::execute() {
  result_.reset();
  const int64_t rows = database().run(sql_, [&] { return static_cast<int64_t>(prepared().executeUpdate()); });
  // MySQL counts a replaced row twice (delete + insert, in its terms); SQLite
  // and our interface count it once.
  return single_row_upsert_ && rows > 1 ? 1 : rows;
}

bool MysqlStatement::step() {
  try {
    if (!result_) result_.reset(database().run(sql_, [&] { return prepared().executeQuery(); }));
    if (result_->next()) return true;
  } catch (const sql::SQLException& e) {
    result_.reset();
    throwMysqlError(e, sql_);
  }
  result_.reset();  // done: the next step() runs the query again
  return false;
}

sql::ResultSet& MysqlStatement::row() {
  if (!result_) throw DatabaseError(DatabaseError::Kind::kOther, "internal error: no current row (call step() first)");
  return *result_;
}

bool MysqlStatement::isNull(int column) {
  try {
    return row().isNull(static_cast<unsigned>(column) + 1);
  } catch (const sql::SQLException& e) {
    throwMysqlError(e, sql_);
  }
}

int64_t MysqlStatement::getInt(int column) {
  try {
    return row().getInt64(static_cast<unsigned>(column) + 1);
  } catch (const sql::SQLException& e) {
    throwMysqlError(e, sql_);
  }
}

double MysqlStatement::getDouble(int column) {
  try {
    return static_cast<double>(row().getDouble(static_cast<unsigned>(column) + 1));
  } catch (const sql::SQLException& e) {
    throwMysqlError(e, sql_);
  }
}

std::string MysqlStatement::getText(int column) {
  // DATE and DATETIME columns come back as "YYYY-MM-DD" and
  // "YYYY-MM-DD HH:MM:SS", which Date::parse / DateTime::parse accept.
  try {
    return row().getString(static_cast<unsigned>(column) + 1).asStdString();
  } catch (const sql::SQLException& e) {
    throwMysqlError(e, sql_);
  }
}

std::string MysqlStatement::getBlob(int column) {
  // getString hands back the column's counted bytes, NULs and all.
  return getText(column);
}

std::string_view MysqlStatement::getTextView(int column) {
  text_view_ = getText(column);
  return text_view_;
}

}  // namespace hc::store
