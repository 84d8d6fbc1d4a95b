#include "ingest/known_keys.h"

namespace hc::ingest {

KnownKeys::KnownKeys(store::Database& db, const FileKind& kind, const CheckedKeys* checked)
    : kind_(kind.name), checked_(checked) {
  const std::string table(kind.name), key(kind.columns.front().name);
  lookup_ = db.prepare("SELECT 1 FROM " + table + " WHERE " + key + " = ?");
}

bool KnownKeys::contains(std::string_view key) {
  const KeySet::Answer cached = cache_.find(key);
  if (cached != KeySet::Answer::kAbsent) return cached == KeySet::Answer::kYes;
  lookup_->bindText(0, key);
  bool found = lookup_->step();
  while (found && lookup_->step()) {
  }
  found = found || (checked_ && checked_->contains(kind_, key));
  if (cache_.size() >= kMaxCached) cache_.clear();
  cache_.add(key, found);
  return found;
}

}  // namespace hc::ingest
