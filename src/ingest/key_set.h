// KeySet: a compact map from short strings (identifiers) to a yes/no
// answer, for the reference checks' cache. Open addressing over one flat
// slot array with the keys packed in one buffer: a lookup touches two cache
// lines and allocates nothing, where a std::unordered_map<std::string, bool>
// chases a node per key (it was a fifth of a visits import's time).
//
// Thread-safety: one thread.
#ifndef HC_INGEST_KEY_SET_H_
#define HC_INGEST_KEY_SET_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace hc::ingest {

class KeySet {
 public:
  enum class Answer : uint8_t { kAbsent, kNo, kYes };

  Answer find(std::string_view key) const;
  // Records the answer for a key (at most 255 bytes) not yet in the set.
  void add(std::string_view key, bool yes);
  size_t size() const { return size_; }
  void clear();

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t offset = 0;  // into keys_
    uint8_t length = 0;   // keys are identifiers: at most 64 bytes
    Answer answer = Answer::kAbsent;
  };

  static uint32_t hashOf(std::string_view key);
  size_t slotOf(std::string_view key, uint32_t hash) const;  // its slot, or the empty one it would take
  void grow();

  std::vector<Slot> slots_ = std::vector<Slot>(1024);
  std::string keys_;
  size_t size_ = 0;
};

}  // namespace hc::ingest

#endif  // HC_INGEST_KEY_SET_H_
