#include "surveys/open_link_limit.h"

namespace hc::surveys {

bool OpenLinkLimit::admit(const std::string& open_link_hash, const std::string& address, int64_t now) {
  if (address.empty()) return true;
  std::lock_guard<std::mutex> lock(mutex_);
  const int64_t hour = now / 3600;
  if (hour != hour_) {
    starts_.clear();
    hour_ = hour;
  }
  int& n = starts_[open_link_hash + "|" + address];
  if (n >= per_hour_) return false;
  ++n;
  return true;
}

}  // namespace hc::surveys
