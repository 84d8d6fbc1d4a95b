// SignInQueue: the sign-ins being checked at once. Each costs one Argon2
// hash, of which kMaxConcurrentHashes run at a time (password_hasher.h);
// a few more may wait for a slot, and a sign-in beyond those is refused at
// once (the page answers 429) instead of parking a request thread behind
// the hashes while pages and surveys wait for threads.
//
// Example:
//   auto place = SignInQueue::enter();
//   if (!place) answer "too many sign-ins at once";
//   ... Login(db).attempt(...) ...   // the place is given back with `place`
//
// Thread-safety: safe from any thread (one process-wide count).
#ifndef HC_ACCESS_SIGN_IN_QUEUE_H_
#define HC_ACCESS_SIGN_IN_QUEUE_H_

#include <optional>

#include "access/password_hasher.h"

namespace hc::access {

// Sign-ins that may wait for a hashing slot beyond those hashing.
constexpr int kMaxWaitingSignIns = 4;

// The one message for a sign-in refused because too many are in progress.
constexpr const char* kTooManySignInsMessage = "Too many sign-ins at once: try again in a minute.";

class SignInQueue {
 public:
  class Place {
   public:
    Place(Place&& other) noexcept : held_(other.held_) { other.held_ = false; }
    Place(const Place&) = delete;
    Place& operator=(const Place&) = delete;
    ~Place();

   private:
    friend class SignInQueue;
    Place() = default;
    bool held_ = true;
  };

  // A place, or nullopt when kMaxConcurrentHashes + kMaxWaitingSignIns
  // sign-ins are in progress already.
  static std::optional<Place> enter();
};

}  // namespace hc::access

#endif  // HC_ACCESS_SIGN_IN_QUEUE_H_
