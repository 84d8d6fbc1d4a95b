#include "store/mysql_database.h"

#include <cppconn/statement.h>
#include <mysql_driver.h>

#include <algorithm>

#include "store/mysql_statement.h"
#include "store/sql_text.h"

namespace hc::store {
namespace {

using Kind = DatabaseError::Kind;

bool isLostConnection(int code) { return code == 2006 || code == 2013 || code == 2055; }

Kind kindOf(int code) {
  switch (code) {
    case 1048:  // column cannot be null
    case 1062:  // duplicate entry
    case 1216:  // foreign key: no parent (old servers)
    case 1217:  // foreign key: row is referenced (old servers)
    case 1364:  // no default value
    case 1451:  // foreign key: row is referenced
    case 1452:  // foreign key: no parent
    case 1557:  // foreign key: duplicate
    case 3819:  // check constraint (MySQL)
    case 4025:  // check constraint (MariaDB)
      return Kind::kConstraint;
    case 1044:  // access denied to the database
    case 1045:  // access denied (login)
    case 1049:  // unknown database
    case 2002:  // cannot connect through the socket
    case 2003:  // cannot connect to the host
    case 2005:  // unknown host
    case 2006:  // server has gone away
    case 2013:  // lost connection during query
    case 2055:  // lost connection (system error)
      return Kind::kConnection;
    case 1021:  // disk full
    case 1036:  // table is read only
    case 1114:  // table is full
    case 1290:  // server runs with --read-only
    case 1792:  // read-only transaction
    case 3:     // error writing file
      return Kind::kReadOnlyOrFull;
    default:
      return Kind::kOther;
  }
}

// The session every connection gets. Constants only: nothing here is input.
constexpr const char* kSessionSetup[] = {
    "SET SESSION sql_mode = 'STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
    "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'",
    "SET SESSION default_storage_engine = InnoDB",
};

}  // namespace

DatabaseError mysqlError(const sql::SQLException& e, std::string_view sql) {
  std::string text = "MySQL error " + std::to_string(e.getErrorCode());
  if (!e.getSQLState().empty()) text += " (" + e.getSQLState() + ")";
  text += std::string(": ") + e.what();
  if (!sql.empty()) text += " (in: " + internal::sqlSnippet(sql) + ")";
  return DatabaseError(kindOf(e.getErrorCode()), text);
}

void throwMysqlError(const sql::SQLException& e, std::string_view sql) { throw mysqlError(e, sql); }

MysqlDatabase::MysqlDatabase(const DatabaseUrl& url) : url_(url) { connect(); }

MysqlDatabase::~MysqlDatabase() {
  for (MysqlStatement* s : statements_) s->orphan();
  statements_.clear();
  disconnect();
}

void MysqlDatabase::connect() {
  sql::ConnectOptionsMap options;
  options["hostName"] = sql::SQLString("tcp://" + url_.host + ":" + std::to_string(url_.port));
  options["userName"] = sql::SQLString(url_.user);
  options["password"] = sql::SQLString(url_.password);
  options["schema"] = sql::SQLString(url_.database);
  options["OPT_CHARSET_NAME"] = sql::SQLString("utf8mb4");
  options["OPT_RECONNECT"] = false;  // we reconnect ourselves, re-preparing statements
  options["OPT_CONNECT_TIMEOUT"] = 10;
  options["CLIENT_FOUND_ROWS"] = true;
  try {
    conn_.reset(sql::mysql::get_mysql_driver_instance()->connect(options));
    conn_->setAutoCommit(true);
    for (const char* setup : kSessionSetup) executeOne(setup);
  } catch (const sql::SQLException& e) {
    conn_.reset();
    const DatabaseError mapped = mysqlError(e, "");
    throw DatabaseError(mapped.kind() == Kind::kOther ? Kind::kConnection : mapped.kind(),
                        "cannot connect to " + describe() + ": " + mapped.what());
  }
}

void MysqlDatabase::disconnect() {
  // Statements first: a prepared statement must not outlive its connection.
  for (MysqlStatement* s : statements_) s->dropPrepared();
  conn_.reset();
}

sql::Connection& MysqlDatabase::connection() {
  if (!conn_) {
    // Reconnecting silently here would run the rest of a lost transaction's
    // work outside any transaction.
    if (in_transaction_)
      throw DatabaseError(Kind::kConnection, "the connection to " + describe() +
                                                 " was lost during a transaction: roll back and start again");
    connect();
  }
  return *conn_;
}

void MysqlDatabase::detach(MysqlStatement* statement) {
  statements_.erase(std::remove(statements_.begin(), statements_.end(), statement), statements_.end());
}

void MysqlDatabase::recoverOrThrow(const sql::SQLException& e, std::string_view sql) {
  if (!isLostConnection(e.getErrorCode())) throwMysqlError(e, sql);
  disconnect();
  if (in_transaction_) throwMysqlError(e, sql);  // kConnection: the transaction is gone
  connect();
}

void MysqlDatabase::executeOne(const std::string& sql) {
  std::unique_ptr<sql::Statement> statement(connection().createStatement());
  statement->execute(sql);
}

std::unique_ptr<Statement> MysqlDatabase::prepare(const std::string& sql) {
  return std::make_unique<MysqlStatement>(*this, sql);
}

void MysqlDatabase::executeScript(const std::string& sql) {
  for (const std::string& statement : internal::splitScript(sql))
    run(statement, [&] { executeOne(statement); });
}

void MysqlDatabase::begin() {
  // START TRANSACTION inside a transaction would commit the open one.
  if (in_transaction_) throw DatabaseError(Kind::kOther, "internal error: a transaction is already open");
  run("START TRANSACTION", [&] { executeOne("START TRANSACTION"); });
  in_transaction_ = true;
}

void MysqlDatabase::commit() {
  run("COMMIT", [&] { executeOne("COMMIT"); });
  in_transaction_ = false;
}

void MysqlDatabase::rollback() {
  try {
    if (conn_) executeOne("ROLLBACK");
  } catch (...) {
    // Nothing to undo on a lost connection: the server rolled back already.
    disconnect();
  }
  in_transaction_ = false;
}

BackupResult MysqlDatabase::backupTo(const std::string& path) {
  // A server's own dump tool takes a consistent snapshot of InnoDB tables
  // without blocking writers, which a copy through this connection could not.
  BackupResult result;
  result.message = "healthcheck backup copies SQLite databases only. Back up " + url_.describe() +
                   " with the server's own tool, for example:\n  mysqldump --single-transaction --routines --triggers -h " +
                   url_.host + " -P " + std::to_string(url_.port) + " -u " + url_.user + " -p " + url_.database +
                   " > " + path;
  return result;
}

}  // namespace hc::store
