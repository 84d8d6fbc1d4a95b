// MysqlStatement: a Statement over a Connector/C++ PreparedStatement that
// survives reconnects: it keeps its SQL and its bindings, so that
// MysqlDatabase can drop the server-side statement with a lost connection
// and have it prepared again, transparently, on the next use.
//
// Results are buffered by the connector (the whole result set is read when
// the query runs), so reading rows never touches the network.
//
// Thread-safety: as Statement; after its MysqlDatabase is destroyed every
// call throws DatabaseError(kOther).
#ifndef HC_STORE_MYSQL_STATEMENT_H_
#define HC_STORE_MYSQL_STATEMENT_H_

#include <cppconn/prepared_statement.h>
#include <cppconn/resultset.h>

#include <memory>
#include <string>
#include <vector>

#include "store/database.h"

namespace hc::store {

class MysqlDatabase;

class MysqlStatement final : public Statement {
 public:
  // Prepares at once, so that a syntax error shows here as with SQLite.
  MysqlStatement(MysqlDatabase& db, std::string sql);
  ~MysqlStatement() override;
  MysqlStatement(const MysqlStatement&) = delete;
  MysqlStatement& operator=(const MysqlStatement&) = delete;

  void bindNull(int index) override;
  void bindInt(int index, int64_t value) override;
  void bindDouble(int index, double value) override;
  void bindText(int index, std::string_view value) override;
  void bindBlob(int index, std::string_view bytes) override;

  int64_t execute() override;
  bool step() override;
  bool isNull(int column) override;
  int64_t getInt(int column) override;
  double getDouble(int column) override;
  std::string getText(int column) override;
  std::string_view getTextView(int column) override;
  std::string getBlob(int column) override;

  // Called by MysqlDatabase before its connection goes away.
  void dropPrepared();
  // Called by MysqlDatabase when it is destroyed.
  void orphan();

 private:
  struct Binding {
    enum class Type { kUnset, kNull, kInt, kDouble, kText } type = Type::kUnset;
    int64_t int_value = 0;
    double double_value = 0;
    std::string text;  // reused between rows, so rebinding rarely allocates
  };

  MysqlDatabase& database();
  // The server-side statement, prepared (again) with every binding applied.
  sql::PreparedStatement& prepared();
  Binding& binding(int index);
  void apply(int index);  // binding(index) onto the prepared statement, if any
  sql::ResultSet& row();

  MysqlDatabase* db_;
  std::string sql_;
  bool single_row_upsert_;  // see execute()
  std::vector<Binding> bindings_;
  std::string text_view_;  // what getTextView() last returned
  std::unique_ptr<sql::PreparedStatement> prepared_;
  std::unique_ptr<sql::ResultSet> result_;
};

}  // namespace hc::store

#endif  // HC_STORE_MYSQL_STATEMENT_H_
