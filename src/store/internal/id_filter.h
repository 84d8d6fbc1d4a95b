// IdFilter: a Bloom filter over string ids, answering "certainly not in the
// set" or "probably in it". The dataset loader keeps only the allocations
// of the cases it loaded; an exact hash set of ~1 million case ids costs
// three cache misses a probe and was a tenth of a national load, where
// this costs one (every id's two bits lie in one 64-bit word). The few
// false positives are harmless there: an allocation whose case was not
// loaded resolves to no case in the metrics engine and is ignored.
//
// Example:
//   IdFilter cases(ids.size());
//   for (auto& id : ids) cases.add(id);
//   if (cases.mayContain("C0001")) ...
//
// Thread-safety: const member functions may run concurrently.
#ifndef HC_STORE_INTERNAL_ID_FILTER_H_
#define HC_STORE_INTERNAL_ID_FILTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace hc::store::internal {

class IdFilter {
 public:
  // Sized for `expected` ids at 16 bits each (at least 2^16 bits): about
  // one false positive in 100.
  explicit IdFilter(size_t expected);

  void add(std::string_view id);
  bool mayContain(std::string_view id) const;

 private:
  static uint64_t bits(uint64_t hash);

  std::vector<uint64_t> words_;
  uint64_t mask_ = 0;
};

}  // namespace hc::store::internal

#endif  // HC_STORE_INTERNAL_ID_FILTER_H_
