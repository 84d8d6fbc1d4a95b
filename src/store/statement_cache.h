// StatementCache: the prepared statements of one connection, kept for the
// connection's life and reused by SQL text.
//
// Preparing is most of the cost of a short statement: SQLite parses and
// plans it (tens of microseconds), MySQL needs a round trip to prepare and
// another to close. A web request runs a handful of short statements, so a
// connection that serves thousands of requests prepares each one once.
//
// A cached statement keeps its bindings between uses (as any Statement
// does); callers bind every parameter each time. Queries must be stepped
// until step() returns false before the statement is used again; a request
// that fails half way must drop the connection (and with it the cache), as
// DatabasePool's users do.
//
// Thread-safety: as its Database: one thread at a time.
#ifndef HC_STORE_STATEMENT_CACHE_H_
#define HC_STORE_STATEMENT_CACHE_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/database.h"

namespace hc::store {

class StatementCache {
 public:
  explicit StatementCache(Database& db) : db_(db) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  Database& db() { return db_; }
  // The statement for `sql`, prepared on first use.
  Statement& get(std::string_view sql);
  size_t size() const { return statements_.size(); }

 private:
  struct Entry {
    std::string sql;  // the key's storage
    std::unique_ptr<Statement> statement;
  };
  Database& db_;
  // Keyed by views of Entry::sql, so a lookup copies nothing.
  std::unordered_map<std::string_view, std::unique_ptr<Entry>> statements_;
};

}  // namespace hc::store

#endif  // HC_STORE_STATEMENT_CACHE_H_
