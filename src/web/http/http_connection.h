// serveConnection: one client connection, read and written without a
// thread of its own (Boost.Asio on epoll). The head and the body are read
// as they arrive, each within its deadline; only a request that has
// arrived whole goes to a worker thread (worker_pool.h), and the answer is
// written back as the client reads it. So an idle or slow connection costs
// its buffers (some 10 kB, more over TLS), never a thread.
//
// Per connection, in order: the TLS handshake (over TLS) and the head
// within head_read_limit of the connection opening or of the previous
// answer; a refused head (request_head.h) is answered and the connection
// closed; a body longer than max_body_bytes gets 413 and close; the body
// within body_read_limit; a client address (the peer, or with
// trust_forwarded_for the last X-Forwarded-For entry, which the proxy
// added) already at max_client_requests in flight gets 429, a full queue
// 503; then the handler runs on a worker and its answer is written within
// write_limit. Closing shuts down the sending side first and reads what the
// client still sends for a moment, so that the answer is read rather than
// lost to a reset.
//
// The body goes to one string, capped at max_body_bytes, except an
// upload (multipart/form-data up to max_upload_bytes), which is spooled to
// a file as it arrives (body_spool.h): the one place a large body is read.
//
// Thread-safety: ServerCore is shared by every connection and worker (its
// members are thread-safe); each connection's own handlers run one at a
// time on its strand.
#ifndef HC_WEB_HTTP_HTTP_CONNECTION_H_
#define HC_WEB_HTTP_HTTP_CONNECTION_H_

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/stream.hpp>

#include <atomic>
#include <string>

#include "web/http/client_limits.h"
#include "web/http/router.h"
#include "web/http/web_server.h"
#include "web/http/worker_pool.h"

namespace hc::web::http {

struct ServerCore {
  ServerCore(const Router& r, const WebServerOptions& o)
      : router(r),
        options(o),
        tls(!o.tls_cert.empty()),
        limits(o.trust_forwarded_for ? 0 : o.max_client_connections, o.max_client_requests),
        workers(o.max_threads, o.max_queued) {}
  const Router& router;
  const WebServerOptions& options;
  const bool tls;
  ClientLimits limits;
  WorkerPool workers;
  std::atomic<int> connections{0};
};

// Takes a freshly accepted connection; `peer` is its remote address.
void serveConnection(ServerCore& core, boost::asio::ip::tcp::socket socket, const std::string& peer);
void serveConnection(ServerCore& core, boost::asio::ssl::stream<boost::asio::ip::tcp::socket> stream,
                     const std::string& peer);

}  // namespace hc::web::http

#endif  // HC_WEB_HTTP_HTTP_CONNECTION_H_
