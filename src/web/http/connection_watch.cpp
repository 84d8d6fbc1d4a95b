#include "web/http/connection_watch.h"

#include <sys/socket.h>

#include <algorithm>

namespace hc::web::http {

ConnectionWatch::ConnectionWatch(std::chrono::milliseconds limit) : limit_(limit), thread_([this] { run(); }) {}

ConnectionWatch::~ConnectionWatch() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ConnectionWatch::arm(const Poco::Net::StreamSocket& socket) {
  std::lock_guard<std::mutex> lock(mutex_);
  Clock& clock = clocks_[socket.impl()];
  clock.socket = socket;
  clock.deadline = std::chrono::steady_clock::now() + limit_;
  clock.running = true;
}

void ConnectionWatch::disarm(const Poco::Net::StreamSocket& socket) {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = clocks_.find(socket.impl());
  if (it != clocks_.end()) it->second.running = false;
}

void ConnectionWatch::run() {
  const auto tick = std::min<std::chrono::milliseconds>(std::chrono::milliseconds(250), limit_ / 4);
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, tick);
    const auto now = std::chrono::steady_clock::now();
    for (auto it = clocks_.begin(); it != clocks_.end();) {
      const poco_socket_t fd = it->second.socket.impl()->sockfd();
      if (fd == POCO_INVALID_SOCKET) {  // Poco closed it: the connection is over
        it = clocks_.erase(it);
      } else if (it->second.running && now > it->second.deadline) {
        // The raw shutdown, not Poco's: a TLS socket's would run
        // SSL_shutdown on this thread while another reads.
        ::shutdown(fd, SHUT_RDWR);
        it = clocks_.erase(it);
      } else {
        ++it;
      }
    }
  }
}

}  // namespace hc::web::http
