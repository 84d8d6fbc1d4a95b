// IdIndex: string id -> dense integer index, built once so that the inner
// loops of the metrics work on integers. Open addressing whose slots hold
// only a hash tag and the index (8 bytes): the key itself is read back from
// the records through KeyOf, so the table stays small and must not outlive
// them. With millions of ids every probe is a cache miss, so the bulk calls
// hash a batch of keys and prefetch their slots before probing any.
//
// KeyOf: a callable, int32_t index -> std::string_view id.
//
// Thread-safety: const member functions may run concurrently.
#ifndef HC_METRICS_INTERNAL_ID_INDEX_H_
#define HC_METRICS_INTERNAL_ID_INDEX_H_

#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace hc::metrics::internal {

template <typename KeyOf>
class IdIndex {
 public:
  // Room for `expected` ids (it never grows).
  IdIndex(size_t expected, KeyOf key_of) : key_of_(key_of) {
    size_t capacity = 16;
    while (capacity < expected * 2) capacity *= 2;  // load factor <= 1/2 keeps probes short
    slots_.resize(capacity);
    mask_ = capacity - 1;
  }

  // Adds index under key_of(index) unless that id is present already (the
  // first one wins, as with a duplicate key). False when it was present.
  bool insert(int32_t index) { return insertHashed(index, hash(key_of_(index))); }
  // The index of id, or -1.
  int32_t find(std::string_view id) const { return slots_[probe(id, hash(id))].value; }

  // insert(i) for i in [0, n).
  void insertAll(size_t n) {
    uint64_t hashes[kBatch];
    for (size_t start = 0; start < n; start += kBatch) {
      const size_t end = start + kBatch < n ? start + kBatch : n;
      for (size_t i = start; i < end; ++i) prefetch(hashes[i - start] = hash(key_of_(int32_t(i))));
      for (size_t i = start; i < end; ++i) insertHashed(int32_t(i), hashes[i - start]);
    }
  }
  // out[i] = find(key_at(i)) for i in [0, n).
  template <typename KeyAt>
  void findAll(size_t n, KeyAt key_at, int32_t* out) const {
    uint64_t hashes[kBatch];
    for (size_t start = 0; start < n; start += kBatch) {
      const size_t end = start + kBatch < n ? start + kBatch : n;
      for (size_t i = start; i < end; ++i) prefetch(hashes[i - start] = hash(key_at(i)));
      for (size_t i = start; i < end; ++i) out[i] = slots_[probe(key_at(i), hashes[i - start])].value;
    }
  }

 private:
  struct Slot {
    uint32_t tag = 0;    // high bits of the hash: most mismatches end here
    int32_t value = -1;  // -1: empty
  };
  static constexpr size_t kBatch = 16;

  static uint64_t hash(std::string_view id) { return std::hash<std::string_view>()(id); }
  size_t probe(std::string_view id, uint64_t h) const {
    const uint32_t tag = uint32_t(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value < 0 || (s.tag == tag && key_of_(s.value) == id)) return i;
    }
  }
  bool insertHashed(int32_t index, uint64_t h) {
    Slot& s = slots_[probe(key_of_(index), h)];
    if (s.value >= 0) return false;
    s = Slot{uint32_t(h >> 32), index};
    return true;
  }
  void prefetch(uint64_t h) const { __builtin_prefetch(&slots_[h & mask_]); }

  KeyOf key_of_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
};

// The id of record i of a vector: IdIndex<IdOf<Staff, &Staff::staff_id>>.
template <typename Record, std::string Record::*kField>
struct IdOf {
  const std::vector<Record>* records;
  std::string_view operator()(int32_t i) const { return (*records)[size_t(i)].*kField; }
};

}  // namespace hc::metrics::internal

#endif  // HC_METRICS_INTERNAL_ID_INDEX_H_
