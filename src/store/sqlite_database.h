// SqliteDatabase: the Database on a SQLite file, through the raw sqlite3 C
// API. Chosen over Poco::Data because the import is the hot path of the
// benchmark (millions of rows per run) and the C API binds and steps with no
// per-row allocation or type-erasure of its own.
//
// The file is opened in WAL mode with synchronous=NORMAL (durable at each
// checkpoint, far fewer fsyncs per transaction), foreign keys enforced, and
// a 5 s busy timeout so that a second process waits for a writer instead of
// failing at once, and a page cache of up to 64 MB. Transactions begin IMMEDIATE: the write lock is taken up
// front, so two writers queue rather than deadlock on lock upgrade.
//
// Thread-safety: as Database (one thread at a time; the connection is opened
// without SQLite's own mutex for that reason).
#ifndef HC_STORE_SQLITE_DATABASE_H_
#define HC_STORE_SQLITE_DATABASE_H_

#include <sqlite3.h>

#include <string>

#include "store/database.h"

namespace hc::store {

class SqliteDatabase final : public Database {
 public:
  // Opens or creates the file; throws DatabaseError(kConnection) when it
  // cannot (missing folder, not a database, no permission).
  explicit SqliteDatabase(const std::string& path);
  ~SqliteDatabase() override;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  Dialect dialect() const override { return Dialect::kSqlite; }
  std::string describe() const override { return "sqlite:" + path_; }

  std::unique_ptr<Database> openAnother() const override { return std::make_unique<SqliteDatabase>(path_); }
  std::unique_ptr<Statement> prepare(const std::string& sql) override;
  void executeScript(const std::string& sql) override;

  void begin() override;
  void commit() override;
  void rollback() override;
  BackupResult backupTo(const std::string& path) override;
  bool eraseDeletedRows() override;

 private:
  std::string path_;
  sqlite3* db_ = nullptr;
};

}  // namespace hc::store

#endif  // HC_STORE_SQLITE_DATABASE_H_
