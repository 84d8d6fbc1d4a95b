// WebServer: the Poco HTTP server in front of a Router. It turns each HTTP
// request into a bounded, parsed Request, runs the route, and writes the
// Response with the security headers every page carries
// (security_headers.h).
//
// Limits, so that no request can make the server read or hold much: the
// body of a POST is at most max_body_bytes (413 otherwise), forms are only
// application/x-www-form-urlencoded (415 otherwise) with at most max_fields
// fields (Poco's HTMLForm defaults to 100; a 35-question survey page plus
// its hidden fields needs fewer, but a limit is set here on purpose).
//
// With a certificate configured (tls_cert, tls_key) it serves HTTPS only,
// TLS 1.2+, and adds Strict-Transport-Security. A request whose handler
// fails because the database is unreachable, or cannot be written (disk
// full, read-only file), gets a plain 503 with Retry-After, and the next
// request tries the database afresh (the pool drops the connection).
//
// The access log records method, route pattern (never the path itself,
// which may hold a survey token), status and time: no query strings, no
// form values, no addresses, no user agents. Error lines, which quote
// exception texts, go through redactForLog (log_redaction.h) like every
// other line.
//
// Thread-safety: start() and stop() from one thread; requests are handled
// on the server's pool of max_threads threads, so the Router's handlers
// must be thread-safe.
#ifndef HC_WEB_HTTP_WEB_SERVER_H_
#define HC_WEB_HTTP_WEB_SERVER_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "web/http/router.h"

namespace Poco {
class ThreadPool;
namespace Net {
class HTTPServer;
}
}  // namespace Poco

namespace hc::web::http {

struct WebServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (see WebServer::port())
  // Poco serves a keep-alive connection on one thread for its whole life,
  // so connections beyond max_threads wait in a queue for a thread to come
  // free: with 16 threads, 200 busy connections (bench/web-load) waited up
  // to 7 s (p99) behind the served ones. An idle thread costs little (its
  // stack is mostly untouched; idle ones end after a minute), so there is
  // one for each connection a busy service expects.
  int max_threads = 256;
  // Requests on one connection before it is closed and queued afresh: a
  // connection never holds its thread for long while others wait.
  int max_keep_alive_requests = 100;
  int max_queued = 1024;
  size_t max_body_bytes = 64 * 1024;
  int max_fields = 200;
  size_t max_field_bytes = 16 * 1024;
  // TLS (Poco NetSSL) when both are set: PEM files of the certificate
  // chain and its private key. TLS 1.2 or later only.
  std::string tls_cert;
  std::string tls_key;
  // One line per request; empty: no access log.
  std::function<void(const std::string&)> access_log;
};

class WebServer {
 public:
  WebServer(const Router& router, WebServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds and starts serving; throws Poco::Exception when the address is
  // in use or not ours.
  void start();
  // Stops accepting and waits for requests in progress.
  void stop();
  uint16_t port() const;

 private:
  const Router& router_;
  WebServerOptions options_;
  std::unique_ptr<Poco::ThreadPool> pool_;  // declared first: outlives the server
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_WEB_SERVER_H_
