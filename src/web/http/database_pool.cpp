#include "web/http/database_pool.h"

namespace hc::web::http {

DatabasePool::Lease::~Lease() {
  if (pool_ && connection_ && !discard_) pool_->giveBack(std::move(connection_));
}

DatabasePool::DatabasePool(std::string url, size_t max_idle) : url_(std::move(url)), max_idle_(max_idle) {}

DatabasePool::Lease DatabasePool::acquire() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
  }
  return Lease(*this, std::make_unique<Connection>(store::openDatabase(url_)));  // opened outside the lock
}

void DatabasePool::giveBack(std::unique_ptr<Connection> connection) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (idle_.size() < max_idle_) idle_.push_back(std::move(connection));
}

std::unique_lock<std::mutex> DatabasePool::writeLock(store::Dialect dialect) {
  if (dialect != store::Dialect::kSqlite) return {};
  return std::unique_lock<std::mutex>(sqlite_writer_);
}

}  // namespace hc::web::http
