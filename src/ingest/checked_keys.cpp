#include "ingest/checked_keys.h"

#include <algorithm>

namespace hc::ingest {

CheckedKeys::CheckedKeys() {
  for (const FileKind& kind : fileKinds()) {
    for (const Column& col : kind.columns) {
      if (col.references.empty()) continue;
      const bool known = std::any_of(sets_.begin(), sets_.end(), [&](const auto& s) { return s.first == col.references; });
      if (!known) sets_.emplace_back(col.references, KeySet{});
    }
  }
}

KeySet* CheckedKeys::setOf(std::string_view kind) {
  for (auto& [name, set] : sets_)
    if (name == kind) return &set;
  return nullptr;
}

void CheckedKeys::add(const FileKind& kind, std::string_view key) {
  KeySet* set = setOf(kind.name);
  if (set && key.size() <= 255 && set->find(key) == KeySet::Answer::kAbsent) set->add(key, true);
}

bool CheckedKeys::contains(std::string_view kind, std::string_view key) const {
  for (const auto& [name, set] : sets_)
    if (name == kind) return set.find(key) == KeySet::Answer::kYes;
  return false;
}

}  // namespace hc::ingest
