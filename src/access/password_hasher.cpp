#include "access/password_hasher.h"

#include <argon2.h>

#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "access/secure_random.h"

namespace hc::access {
namespace {

constexpr size_t kSaltBytes = 16;
constexpr size_t kTagBytes = 32;

// A counting semaphore (C++17 has none) bounding concurrent hashes.
class HashSlots {
 public:
  void acquire() {
    std::unique_lock<std::mutex> lock(mutex_);
    freed_.wait(lock, [&] { return in_use_ < kMaxConcurrentHashes; });
    ++in_use_;
  }
  void release() {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      --in_use_;
    }
    freed_.notify_one();
  }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  int in_use_ = 0;
};

HashSlots& slots() {
  static HashSlots s;
  return s;
}

struct Slot {
  Slot() { slots().acquire(); }
  ~Slot() { slots().release(); }
};

std::vector<unsigned char> randomBytes(size_t n) {
  const std::string hex = randomHex(n);
  std::vector<unsigned char> out(n);
  for (size_t i = 0; i < n; ++i) out[i] = static_cast<unsigned char>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
  return out;
}

}  // namespace

std::string hashPassword(const std::string& password) {
  const auto salt = randomBytes(kSaltBytes);
  const size_t length =
      argon2_encodedlen(kArgonPasses, kArgonMemoryKiB, kArgonLanes, kSaltBytes, kTagBytes, Argon2_id);
  std::string encoded(length, '\0');
  Slot slot;
  const int rc = argon2id_hash_encoded(kArgonPasses, kArgonMemoryKiB, kArgonLanes, password.data(), password.size(),
                                       salt.data(), salt.size(), kTagBytes, &encoded[0], encoded.size());
  if (rc != ARGON2_OK) throw std::runtime_error(std::string("password hashing failed: ") + argon2_error_message(rc));
  encoded.resize(encoded.find('\0'));
  return encoded;
}

bool verifyPassword(const std::string& password, const std::string& encoded) {
  if (encoded.rfind("$argon2id$", 0) != 0) return false;
  Slot slot;
  return argon2id_verify(encoded.c_str(), password.data(), password.size()) == ARGON2_OK;
}

bool verifyDummy(const std::string& password) {
  // Hashed once per process with the same parameters as real hashes, so
  // the dummy verification costs the same as a real one.
  static const std::string dummy = hashPassword(randomHex(16));
  verifyPassword(password, dummy);
  return false;
}

std::string passwordProblem(const std::string& password) {
  if (password.size() < 12) return "the password must be at least 12 characters long";
  if (password.size() > 1024) return "the password must be at most 1024 bytes long";
  return "";
}

}  // namespace hc::access
