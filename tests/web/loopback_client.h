// A plain HTTP/1.1 client over loopback for the connection-layer tests,
// with the source address chosen (127.0.0.2 is another client to the
// server than 127.0.0.1) and every wait bounded.
#ifndef HC_TESTS_WEB_LOOPBACK_CLIENT_H_
#define HC_TESTS_WEB_LOOPBACK_CLIENT_H_

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace hc::testing {

// One connection from `source` to 127.0.0.1:port; closed with the object.
class LoopbackClient {
 public:
  LoopbackClient(const std::string& source, uint16_t port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in from{};
    from.sin_family = AF_INET;
    ::inet_pton(AF_INET, source.c_str(), &from.sin_addr);
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    ::inet_pton(AF_INET, "127.0.0.1", &to.sin_addr);
    if (::bind(fd_, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0 ||
        ::connect(fd_, reinterpret_cast<sockaddr*>(&to), sizeof to) != 0) {
      ::close(fd_);
      throw std::runtime_error("cannot connect from " + source);
    }
  }
  ~LoopbackClient() { ::close(fd_); }
  LoopbackClient(const LoopbackClient&) = delete;
  LoopbackClient& operator=(const LoopbackClient&) = delete;

  // False when the server has closed or reset the connection.
  bool send(const std::string& bytes) {
    return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size());
  }

  // Bytes until `done(received)` or the server closes, within `timeout`;
  // `closed` says whether the server closed (or reset) the connection.
  template <class Done>
  std::string receive(std::chrono::milliseconds timeout, Done done) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    std::string got;
    while (!done(got)) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
      if (left.count() <= 0) return got;
      pollfd p{fd_, POLLIN, 0};
      if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
      char buffer[8192];
      const ssize_t n = ::recv(fd_, buffer, sizeof buffer, 0);
      if (n <= 0) {
        closed = true;
        return got;
      }
      got.append(buffer, static_cast<size_t>(n));
    }
    return got;
  }

  // One whole answer (head and Content-Length body), or what came.
  std::string answer(std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    return receive(timeout, [](const std::string& got) {
      const size_t end = got.find("\r\n\r\n");
      if (end == std::string::npos) return false;
      const size_t at = got.find("Content-Length: ");
      const size_t length = at < end ? std::stoul(got.substr(at + 16)) : 0;
      return got.size() >= end + 4 + length;
    });
  }
  // Everything until the server closes (or `timeout`).
  std::string untilClosed(std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    return receive(timeout, [](const std::string&) { return false; });
  }

  bool closed = false;

 private:
  int fd_ = -1;
};

inline int statusOf(const std::string& answer) {
  return answer.rfind("HTTP/1.1 ", 0) == 0 && answer.size() >= 12 ? std::stoi(answer.substr(9, 3)) : 0;
}

}  // namespace hc::testing

#endif  // HC_TESTS_WEB_LOOPBACK_CLIENT_H_
