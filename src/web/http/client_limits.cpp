#include "web/http/client_limits.h"

namespace hc::web::http {

bool ClientLimits::take(const std::string& address, int Held::*count, int cap) {
  std::lock_guard<std::mutex> lock(mutex_);
  Held& held = held_[address];
  if (cap > 0 && held.*count >= cap) {
    if (held.connections == 0 && held.requests == 0) held_.erase(address);
    return false;
  }
  ++(held.*count);
  return true;
}

void ClientLimits::give(const std::string& address, int Held::*count) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = held_.find(address);
  if (it == held_.end()) return;
  if (it->second.*count > 0) --(it->second.*count);
  if (it->second.connections == 0 && it->second.requests == 0) held_.erase(it);
}

bool ClientLimits::openConnection(const std::string& address) {
  return take(address, &Held::connections, max_connections_);
}
void ClientLimits::closeConnection(const std::string& address) { give(address, &Held::connections); }
bool ClientLimits::startRequest(const std::string& address) { return take(address, &Held::requests, max_requests_); }
void ClientLimits::finishRequest(const std::string& address) { give(address, &Held::requests); }

}  // namespace hc::web::http
