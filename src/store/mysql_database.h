// MysqlDatabase: the Database on a MySQL or MariaDB server, through
// MySQL Connector/C++ 1.1 (the JDBC-style API Debian 12 ships).
//
// Each connection is set up the same way: utf8mb4, strict SQL mode (a value
// that does not fit is an error, never silently truncated), InnoDB, and
// CLIENT_FOUND_ROWS so that an UPDATE counts the rows it matched, as SQLite
// does. Autocommit stays on; begin() opens an explicit transaction.
//
// A connection lost outside a transaction (server restart, idle timeout) is
// re-opened once and the statement retried; the statements prepared on the
// old connection are prepared again on the new one with their bindings, so
// callers never see the reconnect. Inside a transaction the work done so far
// is gone with the connection, so that is reported as kConnection for the
// caller to roll back and retry the whole unit.
//
// Thread-safety: as Database. Statements must not be used after their
// MysqlDatabase is destroyed (they then throw).
#ifndef HC_STORE_MYSQL_DATABASE_H_
#define HC_STORE_MYSQL_DATABASE_H_

#include <cppconn/connection.h>
#include <cppconn/exception.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "store/database_url.h"

namespace hc::store {

class MysqlStatement;

// The DatabaseError for a Connector/C++ exception, quoting the first words
// of `sql` (empty: none); throwMysqlError throws it.
DatabaseError mysqlError(const sql::SQLException& e, std::string_view sql);
[[noreturn]] void throwMysqlError(const sql::SQLException& e, std::string_view sql);

class MysqlDatabase final : public Database {
 public:
  // Connects; throws DatabaseError (kConnection when the server cannot be
  // reached or refuses the login).
  explicit MysqlDatabase(const DatabaseUrl& url);
  ~MysqlDatabase() override;
  MysqlDatabase(const MysqlDatabase&) = delete;
  MysqlDatabase& operator=(const MysqlDatabase&) = delete;

  Dialect dialect() const override { return Dialect::kMysql; }
  std::string describe() const override { return url_.describe(); }

  std::unique_ptr<Database> openAnother() const override { return std::make_unique<MysqlDatabase>(url_); }
  std::unique_ptr<Statement> prepare(const std::string& sql) override;
  void executeScript(const std::string& sql) override;

  void begin() override;
  void commit() override;
  void rollback() override;
  // Never a copy: says how to take one with mysqldump.
  BackupResult backupTo(const std::string& path) override;

  // For MysqlStatement. The live connection, connecting again if the last
  // one was lost.
  sql::Connection& connection();
  // Runs f(), which talks to the server on behalf of `sql`; on a lost
  // connection outside a transaction, reconnects and runs it once more.
  template <typename F>
  auto run(std::string_view sql, F&& f) -> decltype(f()) {
    try {
      return f();
    } catch (const sql::SQLException& e) {
      recoverOrThrow(e, sql);
    }
    try {
      return f();
    } catch (const sql::SQLException& e) {
      throwMysqlError(e, sql);
    }
  }
  void attach(MysqlStatement* statement) { statements_.push_back(statement); }
  void detach(MysqlStatement* statement);

 private:
  void connect();
  // Drops the connection and everything prepared on it.
  void disconnect();
  void executeOne(const std::string& sql);  // on the current connection
  // Returns when a retry may help (lost connection, reconnected); throws the
  // mapped DatabaseError otherwise.
  void recoverOrThrow(const sql::SQLException& e, std::string_view sql);

  DatabaseUrl url_;
  std::unique_ptr<sql::Connection> conn_;
  bool in_transaction_ = false;
  std::vector<MysqlStatement*> statements_;  // to re-prepare after a reconnect
};

}  // namespace hc::store

#endif  // HC_STORE_MYSQL_DATABASE_H_
