#include "ingest/key_filter.h"

#include <functional>

namespace hc::ingest {
namespace {

constexpr size_t kFirstCapacity = size_t(1) << 16;
constexpr size_t kBitsPerKey = 16;
constexpr int kProbes = 8;  // with 16 bits per key: a false "perhaps" about once in 1,700

uint64_t hashOf(std::string_view key) {
  uint64_t h = std::hash<std::string_view>{}(key);
  // A final mix, so that both halves used below are well spread.
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// The i-th bit of a key in a layer of `bits` bits (double hashing).
size_t bitOf(uint64_t hash, int i, size_t bits) {
  const uint64_t h1 = hash & 0xffffffffu, h2 = (hash >> 32) | 1;
  return static_cast<size_t>((h1 + i * h2) % bits);
}

}  // namespace

bool KeyFilter::test(const Layer& layer, uint64_t hash) {
  const size_t bits = layer.words.size() * 64;
  for (int i = 0; i < kProbes; ++i) {
    const size_t b = bitOf(hash, i, bits);
    if (!(layer.words[b / 64] & (uint64_t(1) << (b % 64)))) return false;
  }
  return true;
}

void KeyFilter::add(std::string_view key) {
  if (layers_.empty() || layers_.back().count >= layers_.back().capacity) {
    Layer layer;
    layer.capacity = layers_.empty() ? kFirstCapacity : layers_.back().capacity * 2;
    layer.words.assign(layer.capacity * kBitsPerKey / 64, 0);
    layers_.push_back(std::move(layer));
  }
  Layer& layer = layers_.back();
  const uint64_t hash = hashOf(key);
  const size_t bits = layer.words.size() * 64;
  for (int i = 0; i < kProbes; ++i) {
    const size_t b = bitOf(hash, i, bits);
    layer.words[b / 64] |= uint64_t(1) << (b % 64);
  }
  ++layer.count;
}

bool KeyFilter::mayContain(std::string_view key) const {
  const uint64_t hash = hashOf(key);
  for (const Layer& layer : layers_) {
    if (test(layer, hash)) return true;
  }
  return false;
}

}  // namespace hc::ingest
