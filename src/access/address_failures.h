// AddressFailures: failed sign-ins counted per client address, so that one
// address cannot keep guessing across many accounts (the per-account
// back-off of login.h cannot see that). From kAddressFailures failures in
// a window of kAddressWindowSeconds, every sign-in from the address is
// refused before any hashing until the window ends. Kept in memory only,
// per process: addresses are never stored or logged. A council office
// behind one address shares its allowance, which is why it is generous.
//
// Example:
//   AddressFailures failures;
//   if (int64_t wait = failures.blockedFor(address, now)) answer 429, Retry-After: wait;
//   if (!signedIn) failures.recordFailure(address, now);
//
// Thread-safety: every member function is safe from any thread.
#ifndef HC_ACCESS_ADDRESS_FAILURES_H_
#define HC_ACCESS_ADDRESS_FAILURES_H_

#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

namespace hc::access {

constexpr int kAddressFailures = 20;
constexpr int64_t kAddressWindowSeconds = 600;

// The message for a sign-in refused for its address.
constexpr const char* kAddressBlockedMessage =
    "Too many failed sign-ins from your network: try again in a few minutes.";

class AddressFailures {
 public:
  // Seconds until the address may try again; 0 when it may now. An empty
  // address (no socket: in-process tests) is never blocked.
  int64_t blockedFor(const std::string& address, int64_t now);
  void recordFailure(const std::string& address, int64_t now);

 private:
  struct Window {
    int64_t start = 0;
    int failures = 0;
  };
  // Bounds memory under a flood from many addresses.
  static constexpr size_t kMaxAddresses = 100000;

  std::mutex mutex_;  // guards windows_
  std::unordered_map<std::string, Window> windows_;
};

}  // namespace hc::access

#endif  // HC_ACCESS_ADDRESS_FAILURES_H_
