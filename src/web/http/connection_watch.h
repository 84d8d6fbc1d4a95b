// ConnectionWatch: a bound on how long a client may take to send a
// request's headers and body. Poco's receive timeout restarts with every
// byte, so a client sending a header line every few seconds would hold a
// server thread for ever, and a few hundred such clients every thread
// (slowloris). The watch starts a connection's clock when a thread begins
// serving it and again after each response (the next request's turn),
// stops it once a request has been read in full (the handler's time is not
// the client's), and shuts down the socket of any connection whose clock
// runs out, which frees its thread.
//
// Example:
//   ConnectionWatch watch(std::chrono::seconds(10));
//   watch.arm(socket);     // a thread took the connection
//   watch.disarm(socket);  // the request is read
//
// Thread-safety: every member function is safe from any thread; one thread
// of its own checks the clocks (every limit / 4, at most 250 ms).
#ifndef HC_WEB_HTTP_CONNECTION_WATCH_H_
#define HC_WEB_HTTP_CONNECTION_WATCH_H_

#include <Poco/Net/StreamSocket.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace hc::web::http {

class ConnectionWatch {
 public:
  explicit ConnectionWatch(std::chrono::milliseconds limit);
  ~ConnectionWatch();
  ConnectionWatch(const ConnectionWatch&) = delete;
  ConnectionWatch& operator=(const ConnectionWatch&) = delete;

  // The client has `limit` from now to send a whole request.
  void arm(const Poco::Net::StreamSocket& socket);
  // The request is in: no limit until the next arm().
  void disarm(const Poco::Net::StreamSocket& socket);

 private:
  struct Clock {
    Poco::Net::StreamSocket socket;  // shares the connection's socket; its fd is closed by Poco
    std::chrono::steady_clock::time_point deadline;
    bool running = false;
  };
  void run();

  const std::chrono::milliseconds limit_;
  std::mutex mutex_;  // guards everything below
  std::condition_variable wake_;
  bool stopping_ = false;
  std::map<const Poco::Net::SocketImpl*, Clock> clocks_;
  std::thread thread_;  // last: starts once the rest is built
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_CONNECTION_WATCH_H_
