// KeyFilter: a Bloom filter over keys, answering "certainly not added" or
// "perhaps added". The MySQL batch writer asks it, for every row, whether
// this import may already have written the row's key: "no" (nearly always)
// needs no round trip to the server; "perhaps" is settled by a lookup.
//
// It never answers "no" for a key that was added. A key never added gets
// "perhaps" about once in 1,700 per layer: once in 200 or so after 20
// million keys (9 layers), which costs 0.5% of rows a lookup. It grows in
// layers (each twice the last), so it needs no size up front, at 2 bytes
// per key of capacity: 67 MB for 20 million visits, where an exact set of
// the keys would take ten times that.
//
// Thread-safety: one thread.
#ifndef HC_INGEST_KEY_FILTER_H_
#define HC_INGEST_KEY_FILTER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace hc::ingest {

class KeyFilter {
 public:
  void add(std::string_view key);
  bool mayContain(std::string_view key) const;

 private:
  struct Layer {
    std::vector<uint64_t> words;  // 16 bits per key of capacity
    size_t capacity = 0;
    size_t count = 0;
  };

  static bool test(const Layer& layer, uint64_t hash);

  std::vector<Layer> layers_;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_KEY_FILTER_H_
