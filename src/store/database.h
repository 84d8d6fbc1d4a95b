// Database: the narrow storage interface of the health check, with a SQLite
// and a MySQL/MariaDB implementation behind it.
//
// Everything above this layer speaks only this interface: prepared
// statements with positional `?` parameters (never text pasted into SQL),
// explicit transactions, and typed reads. Dialect differences that cannot be
// hidden (upsert syntax, DDL) are handled by the SQL in sql/<dialect>/ and by
// the few helpers below that generate statements from column lists.
//
// Errors are reported by throwing DatabaseError: the database is an edge of
// the program, and a failed statement always aborts the unit of work.
//
// Thread-safety: a Database and its Statements belong to one thread at a
// time. Open one Database per thread (or per request) for concurrency.
// A Statement must not be used after its Database is destroyed.
//
// Example:
//   auto db = hc::store::openDatabase("sqlite:healthcheck.db");
//   hc::store::migrate(*db);
//   auto st = db->prepare("SELECT name FROM teams WHERE team_id = ?");
//   st->bindText(0, "T01");
//   while (st->step()) std::cout << st->getText(0) << "\n";
#ifndef HC_STORE_DATABASE_H_
#define HC_STORE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hc::store {

enum class Dialect { kSqlite, kMysql };

// The outcome of Database::backupTo. A backup that cannot be made is an
// expected outcome (MySQL, a full disk), so it is a value, not an exception.
struct BackupResult {
  bool ok = false;
  int64_t pages = 0;    // pages copied (SQLite)
  int64_t bytes = 0;    // size of the copy
  std::string message;  // why not, when !ok: fit to show a user as it is
};

// Thrown for any failure of the database: connection, SQL, constraint.
class DatabaseError : public std::runtime_error {
 public:
  enum class Kind {
    kOther,
    kConnection,        // cannot reach or lost the server / file
    kConstraint,        // unique, foreign key, check, not null
    kSchemaTooNew,      // the database was written by a newer program
    kReadOnlyOrFull,    // read-only file system, disk full
  };
  DatabaseError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// A prepared statement. Parameters and result columns are numbered from 0.
// Bindings persist across executions until rebound, so a loop rebinds only
// what changes.
class Statement {
 public:
  virtual ~Statement() = default;

  virtual void bindNull(int index) = 0;
  virtual void bindInt(int index, int64_t value) = 0;
  virtual void bindDouble(int index, double value) = 0;
  virtual void bindText(int index, std::string_view value) = 0;
  void bindOptionalText(int index, const std::optional<std::string>& v) {
    if (v) bindText(index, *v); else bindNull(index);
  }
  // As bindText, but the bytes must stay valid (and unchanged) until
  // execute() or step() returns: SQLite then need not copy them (a malloc
  // and a free per value, some 5% of an import). Elsewhere it copies.
  virtual void bindTextNoCopy(int index, std::string_view value) { bindText(index, value); }
  // Bytes of any value (a BLOB column), not text: no character set applies.
  virtual void bindBlob(int index, std::string_view bytes) = 0;

  // Runs a statement that returns no rows; returns the rows it changed
  // (for an upsert: rows inserted or updated). Ready to run again after.
  virtual int64_t execute() = 0;

  // Runs a query (on the first call) and moves to the next row; false when
  // there are no more rows, after which the statement may be run again.
  virtual bool step() = 0;
  virtual bool isNull(int column) = 0;
  virtual int64_t getInt(int column) = 0;
  virtual double getDouble(int column) = 0;
  virtual std::string getText(int column) = 0;
  // The same text without a copy, for values parsed at once (dates,
  // enumerations): valid only until the next call on this statement.
  virtual std::string_view getTextView(int column) = 0;
  // A BLOB column's bytes, exactly as bound.
  virtual std::string getBlob(int column) = 0;
};

class Database {
 public:
  virtual ~Database() = default;

  virtual Dialect dialect() const = 0;
  // "sqlite:/path/file.db" or "mysql://user@host:port/db" (never the password).
  virtual std::string describe() const = 0;

  // A new, independent connection to the same database, for work on
  // another thread (e.g. loading two tables at once).
  virtual std::unique_ptr<Database> openAnother() const = 0;

  virtual std::unique_ptr<Statement> prepare(const std::string& sql) = 0;
  // Runs one or more statements without parameters (DDL, migrations).
  virtual void executeScript(const std::string& sql) = 0;

  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;  // never throws; safe after a failed commit

  // A consistent copy of the whole database in the file `path`, taken
  // while other connections (a running server) go on reading and writing.
  // SQLite only (store/sqlite_backup.h); for MySQL the result says to use
  // mysqldump. `path` is replaced only once the copy is complete and checked.
  virtual BackupResult backupTo(const std::string& path) = 0;

  // Makes the rows deleted so far unreadable in the database's own files,
  // for data that must not outlive its deletion (survey drafts: README
  // "Survey anonymity"). SQLite deletes with secure_delete on (deleted
  // content is zeroed) and here checkpoints the write-ahead log into the
  // file and truncates it; false when a reader held the log open: it is
  // then retried in the background until the reader lets go (for up to
  // kRetryPeriod, store/sqlite_log_eraser.h; then the next call). MySQL/MariaDB: nothing a client can do (its
  // redo and binary logs are the server's; the README says what the
  // operator must set); returns true. Call outside a transaction.
  virtual bool eraseDeletedRows() { return true; }
};

// Opens a database from a URL:
//   sqlite:PATH                              (created when missing)
//   mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE
// A missing password is taken from HEALTHCHECK_DB_PASSWORD.
std::unique_ptr<Database> openDatabase(const std::string& url);

// Commits on commit(), rolls back when destroyed without one: a unit of work
// that throws half way leaves nothing behind.
class Transaction {
 public:
  explicit Transaction(Database& db) : db_(db) { db_.begin(); }
  ~Transaction() { if (!done_) db_.rollback(); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() { db_.commit(); done_ = true; }

 private:
  Database& db_;
  bool done_ = false;
};

// SQL that differs by dialect and is generated from column lists, so that the
// importer needs no per-table SQL of its own.
//
// upsertSql(kSqlite, "teams", {"team_id","name"}, {"team_id"}) ==
//   "INSERT INTO teams (team_id, name) VALUES (?, ?)
//    ON CONFLICT (team_id) DO UPDATE SET name = excluded.name"
// With rows > 1, the statement takes that many rows, their parameters one
// row after another: "... VALUES (?, ?), (?, ?) ..." (for MySQL's batched
// import; no two of the rows may share a key).
std::string upsertSql(Dialect dialect, const std::string& table, const std::vector<std::string>& columns,
                      const std::vector<std::string>& key_columns, size_t rows = 1);

}  // namespace hc::store

#endif  // HC_STORE_DATABASE_H_
