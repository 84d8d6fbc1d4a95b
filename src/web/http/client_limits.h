// ClientLimits: the connections each client address holds open and the
// requests it has in flight (arrived whole, waiting for a worker or being
// handled), each capped, so that one client cannot take every worker or
// every file descriptor while others wait. Counts only: an address is
// forgotten as soon as it holds nothing, and none is ever logged.
//
// Example:
//   ClientLimits limits(128, 8);
//   if (!limits.openConnection(peer)) close it;   ... limits.closeConnection(peer);
//   if (!limits.startRequest(client)) answer 429; ... limits.finishRequest(client);
//
// Thread-safety: every member function is safe from any thread.
#ifndef HC_WEB_HTTP_CLIENT_LIMITS_H_
#define HC_WEB_HTTP_CLIENT_LIMITS_H_

#include <mutex>
#include <string>
#include <unordered_map>

namespace hc::web::http {

class ClientLimits {
 public:
  // 0: no cap.
  ClientLimits(int max_connections, int max_requests)
      : max_connections_(max_connections), max_requests_(max_requests) {}

  // False (and nothing counted) when the address holds its cap already.
  bool openConnection(const std::string& address);
  void closeConnection(const std::string& address);
  bool startRequest(const std::string& address);
  void finishRequest(const std::string& address);

 private:
  struct Held {
    int connections = 0;
    int requests = 0;
  };
  bool take(const std::string& address, int Held::*count, int cap);
  void give(const std::string& address, int Held::*count);

  const int max_connections_;
  const int max_requests_;
  std::mutex mutex_;  // guards held_
  std::unordered_map<std::string, Held> held_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_CLIENT_LIMITS_H_
