#include "store/sqlite_statement.h"

#include "store/sql_text.h"

namespace hc::store {

void throwSqliteError(sqlite3* db, int rc, std::string_view sql) {
  using Kind = DatabaseError::Kind;
  Kind kind = Kind::kOther;
  // SQLite says SQLITE_FULL when a write finds no space (ENOSPC); a write
  // refused otherwise (over quota, past the process's file-size limit, a
  // failing disk) is SQLITE_IOERR_WRITE. Both are the operator's to fix in
  // the same place, so both are reported as the disk that cannot be written.
  const bool full = (rc & 0xff) == SQLITE_FULL;
  const bool unwritable = full || rc == SQLITE_IOERR_WRITE;
  switch (unwritable ? SQLITE_FULL : rc & 0xff) {  // the primary code of an extended one
    case SQLITE_CONSTRAINT: kind = Kind::kConstraint; break;
    case SQLITE_READONLY:
    case SQLITE_FULL: kind = Kind::kReadOnlyOrFull; break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: kind = Kind::kConnection; break;
    default: break;
  }
  const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  std::string text = std::string("SQLite: ") + message;
  // What to do about it, for the two faults an operator can fix.
  if (unwritable)
    text = std::string(full ? "SQLite: database or disk is full" : "SQLite: the database file could not be written: "
                                                                     "the disk may be full, over quota or failing") +
           " (free space on the disk that holds the database; nothing of this unit of work was kept)";
  else if ((rc & 0xff) == SQLITE_READONLY)
    text += std::string(" (") + kSqliteNeedsWriting + ")";
  if (!sql.empty()) text += " (in: " + internal::sqlSnippet(sql) + ")";
  throw DatabaseError(kind, text);
}

SqliteStatement::SqliteStatement(sqlite3* db, const std::string& sql) : db_(db) {
  // PERSISTENT: statements live for a whole import, which tells SQLite to
  // allocate them outside its short-lived lookaside memory.
  const int rc = sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size() + 1), SQLITE_PREPARE_PERSISTENT,
                                    &stmt_, nullptr);
  if (rc != SQLITE_OK) throwSqliteError(db_, rc, sql);
  if (!stmt_) throw DatabaseError(DatabaseError::Kind::kOther, "SQLite: empty statement");
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(stmt_); }

void SqliteStatement::reset() {
  sqlite3_reset(stmt_);  // its code repeats the failed step's, already reported
  active_ = false;
}

void SqliteStatement::checkBind(int rc) {
  if (rc != SQLITE_OK) throwSqliteError(db_, rc, sqlite3_sql(stmt_));
}

void SqliteStatement::bindNull(int index) {
  prepareToBind();
  checkBind(sqlite3_bind_null(stmt_, index + 1));
}

void SqliteStatement::bindInt(int index, int64_t value) {
  prepareToBind();
  checkBind(sqlite3_bind_int64(stmt_, index + 1, value));
}

void SqliteStatement::bindDouble(int index, double value) {
  prepareToBind();
  checkBind(sqlite3_bind_double(stmt_, index + 1, value));
}

void SqliteStatement::bindText(int index, std::string_view value) {
  prepareToBind();
  // TRANSIENT: SQLite copies the bytes, so the caller's buffer (often a CSV
  // field about to be overwritten) need not outlive the call.
  checkBind(sqlite3_bind_text64(stmt_, index + 1, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
}

void SqliteStatement::bindTextNoCopy(int index, std::string_view value) {
  prepareToBind();
  // STATIC: the caller keeps the bytes until the statement has run.
  checkBind(sqlite3_bind_text64(stmt_, index + 1, value.data(), value.size(), SQLITE_STATIC, SQLITE_UTF8));
}

void SqliteStatement::bindBlob(int index, std::string_view bytes) {
  prepareToBind();
  checkBind(sqlite3_bind_blob64(stmt_, index + 1, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
}

int64_t SqliteStatement::execute() {
  if (active_) reset();
  const int rc = sqlite3_step(stmt_);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
    reset();
    throwSqliteError(db_, rc, sqlite3_sql(stmt_));
  }
  sqlite3_reset(stmt_);
  return sqlite3_changes64(db_);
}

bool SqliteStatement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) {
    active_ = true;
    return true;
  }
  reset();
  if (rc != SQLITE_DONE) throwSqliteError(db_, rc, sqlite3_sql(stmt_));
  return false;
}

bool SqliteStatement::isNull(int column) { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

int64_t SqliteStatement::getInt(int column) { return sqlite3_column_int64(stmt_, column); }

double SqliteStatement::getDouble(int column) { return sqlite3_column_double(stmt_, column); }

std::string SqliteStatement::getText(int column) { return std::string(getTextView(column)); }

std::string_view SqliteStatement::getTextView(int column) {
  // Text first, then its length: the documented order that avoids a second
  // conversion.
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (!text) return {};
  return std::string_view(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

std::string SqliteStatement::getBlob(int column) {
  // Blob first, then its length, as for text.
  const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
  if (!bytes) return {};
  return std::string(bytes, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

}  // namespace hc::store
