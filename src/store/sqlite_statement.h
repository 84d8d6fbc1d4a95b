// SqliteStatement: a Statement over one sqlite3_stmt, and the mapping of
// SQLite result codes to DatabaseError shared with SqliteDatabase.
//
// Per-row cost is the point of this class (an import binds and executes it
// millions of times): binds go straight to sqlite3_bind_* and reads straight
// to sqlite3_column_*, with no copies beyond the one SQLite makes.
//
// Thread-safety: as Statement; it must not outlive its SqliteDatabase.
#ifndef HC_STORE_SQLITE_STATEMENT_H_
#define HC_STORE_SQLITE_STATEMENT_H_

#include <sqlite3.h>

#include <string>
#include <string_view>

#include "store/database.h"

namespace hc::store {

// What an operator must change when SQLite cannot write the database.
inline constexpr const char* kSqliteNeedsWriting =
    "healthcheck must be able to write the database file and its folder (for the -wal and -shm files)";

// Throws the DatabaseError for result code `rc` of `db`, quoting the first
// words of `sql` (empty: none) so that the failing statement can be found.
[[noreturn]] void throwSqliteError(sqlite3* db, int rc, std::string_view sql);

class SqliteStatement final : public Statement {
 public:
  SqliteStatement(sqlite3* db, const std::string& sql);
  ~SqliteStatement() override;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void bindNull(int index) override;
  void bindInt(int index, int64_t value) override;
  void bindDouble(int index, double value) override;
  void bindText(int index, std::string_view value) override;
  void bindTextNoCopy(int index, std::string_view value) override;
  void bindBlob(int index, std::string_view bytes) override;

  int64_t execute() override;
  bool step() override;
  bool isNull(int column) override;
  int64_t getInt(int column) override;
  double getDouble(int column) override;
  std::string getText(int column) override;
  std::string_view getTextView(int column) override;
  std::string getBlob(int column) override;

 private:
  // Binding requires a reset statement; a query abandoned half way (a loop
  // that stopped early) is reset here rather than failing with SQLITE_MISUSE.
  void prepareToBind() {
    if (active_) reset();
  }
  void reset();
  void checkBind(int rc);

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool active_ = false;  // stepped and not yet reset
};

}  // namespace hc::store

#endif  // HC_STORE_SQLITE_STATEMENT_H_
