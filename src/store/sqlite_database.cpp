#include "store/sqlite_database.h"

#include <unistd.h>

#include <filesystem>

#include "store/sqlite_backup.h"
#include "store/sqlite_log_eraser.h"
#include "store/sqlite_statement.h"

namespace hc::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// The folder of `path` when the process may not write it, else "". SQLite
// creates its -wal and -shm files there, so even reading needs it in WAL mode.
std::string readOnlyFolder(const std::string& path) {
  const std::string folder = std::filesystem::path(path).has_parent_path()
                                 ? std::filesystem::path(path).parent_path().string()
                                 : std::string(".");
  // A missing folder is not a read-only one (that is a connection error).
  return ::access(folder.c_str(), F_OK) != 0 || ::access(folder.c_str(), W_OK) == 0 ? std::string() : folder;
}

// SQLite counts every allocation it makes under one process-wide mutex
// unless told not to before it starts; nothing here reads the counts, and
// taking the mutex was 3% of an import's storing. A call after SQLite has
// started (the tests' second database, say) changes nothing and does no harm.
void stopCountingMemory() {
  static const int once = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)once;
}

}  // namespace

SqliteDatabase::SqliteDatabase(const std::string& path) : path_(path) {
  // SQLite would open a read-only file read-only without a word, and fail
  // only at the first write, deep in an import or a survey submission:
  // refuse it up front, saying what to change.
  if (::access(path.c_str(), F_OK) == 0 && ::access(path.c_str(), W_OK) != 0)
    throw DatabaseError(DatabaseError::Kind::kReadOnlyOrFull,
                        "cannot open SQLite database " + path + ": the file is read-only; " + kSqliteNeedsWriting);
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  stopCountingMemory();
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  try {
    if (rc != SQLITE_OK) throwSqliteError(db_, rc, "");
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, kBusyTimeoutMs);
    // journal_mode is the first statement to touch the file, so it is the
    // one that finds a file that is not a database or cannot be written.
    // cache_size: the default 2 MB cache thrashes once a table and its
    // indexes outgrow it, which doubled the time of a million-row import;
    // 64 MB is an upper bound, used only as the data needs it.
    // secure_delete: a deleted row's bytes are zeroed, not left in free
    // space (survey drafts must not outlive their submission; with
    // eraseDeletedRows() the log's copies go too).
    executeScript("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; "
                  "PRAGMA cache_size = -65536; PRAGMA secure_delete = ON;");
  } catch (const DatabaseError& e) {
    sqlite3_close_v2(db_);
    db_ = nullptr;
    if (const std::string folder = readOnlyFolder(path); !folder.empty())
      throw DatabaseError(DatabaseError::Kind::kReadOnlyOrFull,
                          "cannot open SQLite database " + path + ": its folder " + folder + " is read-only; " +
                              kSqliteNeedsWriting);
    const auto kind = e.kind() == DatabaseError::Kind::kOther ? DatabaseError::Kind::kConnection : e.kind();
    throw DatabaseError(kind, "cannot open SQLite database " + path + ": " + e.what());
  }
}

SqliteDatabase::~SqliteDatabase() {
  // close_v2 defers the close until the last statement is finalized, so a
  // Statement destroyed after its Database is harmless.
  sqlite3_close_v2(db_);
}

std::unique_ptr<Statement> SqliteDatabase::prepare(const std::string& sql) {
  return std::make_unique<SqliteStatement>(db_, sql);
}

void SqliteDatabase::executeScript(const std::string& sql) {
  // Statement by statement rather than sqlite3_exec, so that an error quotes
  // the statement that failed, not the start of a long migration.
  const char* next = sql.c_str();
  const char* const end = next + sql.size();
  while (next < end) {
    const char* const current = next;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db_, current, static_cast<int>(end - current), &stmt, &next);
    if (rc == SQLITE_OK && stmt) {
      while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      }
      sqlite3_finalize(stmt);
      if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK) throwSqliteError(db_, rc, std::string_view(current, static_cast<size_t>(end - current)));
  }
}

void SqliteDatabase::begin() { executeScript("BEGIN IMMEDIATE"); }

void SqliteDatabase::commit() { executeScript("COMMIT"); }

void SqliteDatabase::rollback() {
  // SQLite may already have rolled back (after some errors, or a failed
  // COMMIT); ROLLBACK would then fail, and rollback() never throws.
  if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

BackupResult SqliteDatabase::backupTo(const std::string& path) { return sqliteBackup(db_, path_, path); }

bool SqliteDatabase::eraseDeletedRows() {
  int log_frames = 0, copied = 0;
  // Without waiting: a truncating checkpoint that waits for an old reader
  // holds back every writer meanwhile (and the request with it).
  sqlite3_busy_timeout(db_, 0);
  const int rc = sqlite3_wal_checkpoint_v2(db_, nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log_frames, &copied);
  sqlite3_busy_timeout(db_, kBusyTimeoutMs);
  if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
    eraseLogInBackground(path_);
    return false;
  }
  if (rc != SQLITE_OK) throwSqliteError(db_, rc, "PRAGMA wal_checkpoint(TRUNCATE)");
  return true;
}

}  // namespace hc::store
