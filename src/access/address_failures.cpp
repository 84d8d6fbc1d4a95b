#include "access/address_failures.h"

namespace hc::access {

int64_t AddressFailures::blockedFor(const std::string& address, int64_t now) {
  if (address.empty()) return 0;
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = windows_.find(address);
  if (it == windows_.end()) return 0;
  const int64_t ends = it->second.start + kAddressWindowSeconds;
  if (now >= ends) {
    windows_.erase(it);
    return 0;
  }
  return it->second.failures >= kAddressFailures ? ends - now : 0;
}

void AddressFailures::recordFailure(const std::string& address, int64_t now) {
  if (address.empty()) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (windows_.size() >= kMaxAddresses && !windows_.count(address)) {
    for (auto it = windows_.begin(); it != windows_.end();)
      it = now >= it->second.start + kAddressWindowSeconds ? windows_.erase(it) : std::next(it);
    if (windows_.size() >= kMaxAddresses) return;  // a flood from everywhere: the per-account limit still holds
  }
  Window& window = windows_[address];
  if (window.failures == 0 || now >= window.start + kAddressWindowSeconds) window = Window{now, 0};
  ++window.failures;
}

}  // namespace hc::access
