// WebServer: the HTTP/1.1 server in front of a Router. Connections are
// read and written on Boost.Asio's event loop (epoll) by io_threads
// threads, without a thread per connection (http_connection.h); a request
// that has arrived whole runs on one of max_threads workers, whose answer
// goes back through the event loop. So slow or idle clients hold memory,
// never a worker, and one client address can hold at most
// max_client_connections connections and max_client_requests requests in
// flight. Boost.Asio rather than Poco's SocketReactor: its ssl::stream
// gives TLS on the same non-blocking sockets, and its timers the per
// connection deadlines, where Poco's SecureStreamSocket is blocking.
//
// Heads are parsed strictly (request_head.h: the RFC 9112 shapes a proxy
// might read differently get 400 and the connection closed). Every status
// line carries its own reason phrase, every answer the security headers
// (security_headers.h). A port already taken makes start() fail with a
// message naming the address and the cause.
//
// Limits, so that no request can make the server read or hold much: the
// head is at most max_head_bytes (431), the body of a request at most
// max_body_bytes (413, connection closed), forms only
// application/x-www-form-urlencoded or multipart/form-data (415) with at
// most max_fields fields of max_field_bytes (413). The one exception is an
// upload: a multipart/form-data body above max_body_bytes and at most
// max_upload_bytes is spooled to a file in spool_folder as it arrives
// (body_spool.h), never held in memory, and its file parts handed to the
// handler as files (request.h UploadedFile); above max_upload_bytes it gets
// the upload_too_large page (413) at once. Before a byte of an upload's
// body is read, vet_upload (on a worker thread, never an event-loop one)
// may refuse it from its head alone, so that no one can fill the disk
// without being signed in with the right role.
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
// Thread-safety: start() and stop() from one thread; handlers run on the
// workers, so the Router's handlers must be thread-safe.
#ifndef HC_WEB_HTTP_WEB_SERVER_H_
#define HC_WEB_HTTP_WEB_SERVER_H_

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <memory>
#include <string>

#include "web/http/router.h"

namespace hc::web::http {

struct WebServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (see WebServer::port())
  // Worker threads, which run whole requests: a connection holds none
  // while it is read or idle, so a few dozen serve thousands.
  int max_threads = 32;
  // Event-loop threads reading and writing every connection (and doing
  // the TLS handshakes).
  int io_threads = 2;
  // Whole requests waiting for a worker; beyond, 503 at once.
  size_t max_queued = 1024;
  size_t max_head_bytes = 16 * 1024;
  size_t max_body_bytes = 64 * 1024;
  int max_fields = 200;
  size_t max_field_bytes = 16 * 1024;
  // Uploads (multipart/form-data) above max_body_bytes, up to this, go to
  // a file in spool_folder ("": the system's temporary folder); 0: none.
  // Their body's deadline is body_read_limit between two reads rather
  // than for the whole body, so a slow link can send a large file.
  uint64_t max_upload_bytes = 0;
  std::string spool_folder;
  // The answer to an upload above max_upload_bytes (a page saying the
  // limit); null: a plain 413.
  std::function<Response()> upload_too_large;
  // Asked, on a worker, with the head of an upload about to be spooled
  // (method, path, query, cookies: no body); an answer refuses it and the
  // connection is closed unread. Null: every upload within the limit is read.
  std::function<std::optional<Response>(Request&)> vet_upload;
  // TLS when both are set: PEM files of the certificate chain and its
  // private key. TLS 1.2 or later only.
  std::string tls_cert;
  std::string tls_key;
  // The head (request line and header fields), from when the connection
  // opens or the previous answer is written; the body, from the end of
  // the head; the answer, once it starts going out. Past one, the
  // connection is closed.
  std::chrono::milliseconds head_read_limit{5000};
  std::chrono::milliseconds body_read_limit{10000};
  std::chrono::milliseconds write_limit{60000};
  // Open connections in all, and per client address (429 and close beyond);
  // requests in flight per client address (429 beyond). 0: no cap.
  int max_connections = 10000;
  int max_client_connections = 128;
  int max_client_requests = 8;
  // A proxy in front (serve --behind-tls-proxy): the client address is the
  // last X-Forwarded-For entry, and the proxy's own connections are not
  // capped per address (the proxy should cap its clients').
  bool trust_forwarded_for = false;
  // One line per request; empty: no access log.
  std::function<void(const std::string&)> access_log;
};

class WebServer {
 public:
  WebServer(const Router& router, WebServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds and starts serving; throws std::runtime_error naming the address
  // and the cause when it cannot listen, or the file when the certificate
  // or key cannot be read.
  void start();
  // Stops accepting, waits for the handlers running, and closes every
  // connection.
  void stop();
  uint16_t port() const;

 private:
  struct Running;
  const Router& router_;
  WebServerOptions options_;
  std::unique_ptr<Running> running_;
};

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_WEB_SERVER_H_
