// DatabasePool: connections for a multi-threaded server. A Database belongs
// to one thread at a time (store/database.h), so each request borrows one
// for its duration and gives it back; idle connections are kept for the
// next request, up to a bound. SQLite's WAL mode and busy timeout (set by
// the store) let the borrowed connections write concurrently.
//
// SQLite has one writer at a time; when writers collide, the losers sleep
// in the busy handler (milliseconds at a time), which under a deadline rush
// costs far more than waiting in line. writeLock() puts writers of this
// process in line on a mutex instead (a no-op for MySQL, which locks rows).
//
// Each connection keeps its prepared statements (statements()) for its
// whole life, so a request's short statements are prepared once per
// connection rather than once per request.
//
// A connection that failed mid-request is dropped, not returned, so a lost
// MySQL connection (or a statement left half-read) is not handed to the
// next request.
//
// Thread-safety: acquire() and returning leases are safe from any thread.
#ifndef HC_WEB_HTTP_DATABASE_POOL_H_
#define HC_WEB_HTTP_DATABASE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/statement_cache.h"

namespace hc::web::http {

class DatabasePool {
  // A connection and the statements prepared on it (which refer to it).
  struct Connection {
    explicit Connection(std::unique_ptr<store::Database> database)
        : db(std::move(database)), statements(*db) {}
    std::unique_ptr<store::Database> db;
    store::StatementCache statements;
  };

 public:
  class Lease {
   public:
    Lease(DatabasePool& pool, std::unique_ptr<Connection> connection)
        : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    ~Lease();
    store::Database& operator*() { return *connection_->db; }
    store::Database* operator->() { return connection_->db.get(); }
    // This connection's prepared statements, kept between leases.
    store::StatementCache& statements() { return connection_->statements; }
    // Marks the connection as not to be reused (after a DatabaseError).
    void discard() { discard_ = true; }
    // Hold for the duration of a unit of work that writes.
    std::unique_lock<std::mutex> writeLock() { return pool_->writeLock(connection_->db->dialect()); }

   private:
    DatabasePool* pool_;
    std::unique_ptr<Connection> connection_;
    bool discard_ = false;
  };

  DatabasePool(std::string url, size_t max_idle);
  Lease acquire();
  const std::string& url() const { return url_; }

 private:
  void giveBack(std::unique_ptr<Connection> connection);
  std::unique_lock<std::mutex> writeLock(store::Dialect dialect);

  std::string url_;
  size_t max_idle_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
  std::mutex sqlite_writer_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_DATABASE_POOL_H_
