#include "ingest/key_set.h"

namespace hc::ingest {

uint32_t KeySet::hashOf(std::string_view key) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix for the low bits used as the index
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  return static_cast<uint32_t>(h ^ (h >> 32));
}

size_t KeySet::slotOf(std::string_view key, uint32_t hash) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.answer == Answer::kAbsent) return i;
    if (s.hash == hash && std::string_view(keys_.data() + s.offset, s.length) == key) return i;
  }
}

KeySet::Answer KeySet::find(std::string_view key) const { return slots_[slotOf(key, hashOf(key))].answer; }

void KeySet::add(std::string_view key, bool yes) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const uint32_t hash = hashOf(key);
  Slot& s = slots_[slotOf(key, hash)];
  if (s.answer != Answer::kAbsent) return;
  s = Slot{hash, static_cast<uint32_t>(keys_.size()), static_cast<uint8_t>(key.size()), yes ? Answer::kYes : Answer::kNo};
  keys_.append(key);
  ++size_;
}

void KeySet::clear() {
  slots_.assign(1024, Slot{});
  keys_.clear();
  size_ = 0;
}

void KeySet::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.answer == Answer::kAbsent) continue;
    size_t i = s.hash & mask;
    while (slots_[i].answer != Answer::kAbsent) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace hc::ingest
