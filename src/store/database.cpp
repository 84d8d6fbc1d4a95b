#include "store/database.h"

#include "store/database_url.h"
#include "store/mysql_database.h"
#include "store/sqlite_database.h"

namespace hc::store {
namespace {

std::string joined(const std::vector<std::string>& items, const char* separator) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += separator;
    out += items[i];
  }
  return out;
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
  for (const auto& i : items)
    if (i == item) return true;
  return false;
}

}  // namespace

std::unique_ptr<Database> openDatabase(const std::string& url) {
  const DatabaseUrl parsed = DatabaseUrl::parse(url);
  if (parsed.dialect == Dialect::kSqlite) return std::make_unique<SqliteDatabase>(parsed.path);
  return std::make_unique<MysqlDatabase>(parsed);
}

std::string upsertSql(Dialect dialect, const std::string& table, const std::vector<std::string>& columns,
                      const std::vector<std::string>& key_columns, size_t rows) {
  // Identifiers come from the caller's own fixed lists (never from input
  // files), which is what makes pasting them into SQL safe.
  if (columns.empty() || key_columns.empty())
    throw DatabaseError(DatabaseError::Kind::kOther, "internal error: upsert into " + table + " without columns");
  std::vector<std::string> updates;
  for (const auto& c : columns) {
    if (contains(key_columns, c)) continue;
    updates.push_back(c + (dialect == Dialect::kSqlite ? " = excluded." + c : " = VALUES(" + c + ")"));
  }
  std::string placeholders = "(?";
  for (size_t i = 1; i < columns.size(); ++i) placeholders += ", ?";
  placeholders += ")";

  std::string sql = "INSERT INTO " + table + " (" + joined(columns, ", ") + ") VALUES " + placeholders;
  sql.reserve(sql.size() + rows * (placeholders.size() + 2) + 64 * columns.size());
  for (size_t r = 1; r < rows; ++r) sql += ", " + placeholders;
  if (dialect == Dialect::kSqlite) {
    sql += " ON CONFLICT (" + joined(key_columns, ", ") + ")";
    sql += updates.empty() ? std::string(" DO NOTHING") : " DO UPDATE SET " + joined(updates, ", ");
  } else {
    // A table of key columns only has nothing to update; re-assigning the
    // first key to itself keeps the statement an upsert that never fails.
    if (updates.empty()) updates.push_back(key_columns.front() + " = " + key_columns.front());
    sql += " ON DUPLICATE KEY UPDATE " + joined(updates, ", ");
  }
  return sql;
}

}  // namespace hc::store
