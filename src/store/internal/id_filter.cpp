#include "store/internal/id_filter.h"

#include <functional>

namespace hc::store::internal {

IdFilter::IdFilter(size_t expected) {
  size_t words = 1024;  // 2^16 bits
  while (words * 64 < expected * 16) words *= 2;
  words_.assign(words, 0);
  mask_ = words - 1;
}

uint64_t IdFilter::bits(uint64_t hash) {
  // The word comes from the low bits; the two bit positions from the high
  // ones, which are independent of them.
  return (uint64_t{1} << ((hash >> 52) & 63)) | (uint64_t{1} << ((hash >> 58) & 63));
}

void IdFilter::add(std::string_view id) {
  const uint64_t h = std::hash<std::string_view>()(id);
  words_[h & mask_] |= bits(h);
}

bool IdFilter::mayContain(std::string_view id) const {
  const uint64_t h = std::hash<std::string_view>()(id);
  const uint64_t b = bits(h);
  return (words_[h & mask_] & b) == b;
}

}  // namespace hc::store::internal
