#include "store/statement_cache.h"

namespace hc::store {

Statement& StatementCache::get(std::string_view sql) {
  auto it = statements_.find(sql);
  if (it == statements_.end()) {
    auto entry = std::make_unique<Entry>();
    entry->sql.assign(sql.data(), sql.size());
    entry->statement = db_.prepare(entry->sql);
    const std::string_view key = entry->sql;
    it = statements_.emplace(key, std::move(entry)).first;
  }
  return *it->second->statement;
}

}  // namespace hc::store
