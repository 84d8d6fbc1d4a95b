#include "web/http/web_server.h"

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/ThreadPool.h>
#include <Poco/URI.h>

#include <chrono>
#include <cstdio>
#include <sstream>
#include <stdexcept>

#include "store/database.h"
#include "web/http/log_redaction.h"
#include "web/http/security_headers.h"

namespace hc::web::http {
namespace {

using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;

// A refusal of a request whose body is not read: a modest body is drained
// so the client sees the answer rather than a reset connection; beyond
// that the connection is closed after the answer.
Response refuse(HTTPServerRequest& http, int status, const char* text) {
  constexpr int64_t kDrainLimit = 1 << 20;
  Response r = Response::text(status, text);
  if (http.hasContentLength() && http.getContentLength64() <= kDrainLimit) {
    char sink[8192];
    while (http.stream().read(sink, sizeof sink) || http.stream().gcount() > 0) {
    }
  } else {
    r.headers.emplace_back("Connection", "close");
  }
  return r;
}

// Reads the request into `out`; returns a response to send instead when
// the request breaks a limit or cannot be parsed.
std::optional<Response> readRequest(HTTPServerRequest& http, const WebServerOptions& options, Request& out) {
  out.method = http.getMethod();
  try {
    Poco::URI uri(http.getURI());
    out.path = uri.getPath();
    for (auto& [k, v] : uri.getQueryParameters()) out.query.emplace(k, v);
  } catch (const Poco::Exception&) {
    return Response::text(400, "Bad request\n");
  }
  Poco::Net::NameValueCollection cookies;
  http.getCookies(cookies);
  for (const auto& [k, v] : cookies) out.cookies.emplace(k, v);
  if (out.method != "POST") return std::nullopt;

  if (http.hasContentLength() && http.getContentLength64() > static_cast<int64_t>(options.max_body_bytes))
    return refuse(http, 413, "The form is too large\n");
  const std::string type = http.getContentType();
  if (type.rfind("application/x-www-form-urlencoded", 0) != 0)
    return refuse(http, 415, "Forms must be sent as application/x-www-form-urlencoded\n");
  // Sized by the Content-Length (already checked against the limit) when
  // there is one: a survey page's form is a few hundred bytes, and a 64 KB
  // buffer cleared and freed per request showed in the profile.
  const size_t expected =
      http.hasContentLength() ? static_cast<size_t>(http.getContentLength64()) : options.max_body_bytes;
  std::string body(expected + 1, '\0');
  http.stream().read(&body[0], static_cast<std::streamsize>(body.size()));
  body.resize(static_cast<size_t>(http.stream().gcount()));
  if (body.size() > options.max_body_bytes) return refuse(http, 413, "The form is too large\n");
  try {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(options.max_fields);
    form.setValueLengthLimit(static_cast<int>(options.max_field_bytes));
    std::istringstream in(body);
    form.read(in);
    for (const auto& [k, v] : form) out.form.emplace(k, v);  // first value of a repeated name
  } catch (const Poco::Exception&) {
    return Response::text(413, "The form has too many or too long fields\n");
  }
  return std::nullopt;
}

// The answer to a request whose database failed. An unreachable database
// and one that cannot be written (disk full, read-only file) are both the
// operator's to fix and pass: 503 with Retry-After, so that clients and a
// proxy try again later (or another instance); anything else is a 500.
Response databaseFailure(store::DatabaseError::Kind kind) {
  using Kind = store::DatabaseError::Kind;
  if (kind != Kind::kConnection && kind != Kind::kReadOnlyOrFull)
    return Response::text(500, "Sorry, something went wrong. Please try again in a few minutes.\n");
  Response r = Response::text(503, kind == Kind::kConnection
                                       ? "The service is unavailable at the moment: it cannot reach its database. "
                                         "Please try again in a few minutes.\n"
                                       : "The service cannot save anything at the moment: its database cannot be "
                                         "written. Please try again in a few minutes.\n");
  r.headers.emplace_back("Retry-After", "30");
  return r;
}

void writeResponse(const Response& r, bool head, bool tls, HTTPServerResponse& http) {
  http.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(r.status));
  http.setContentType(r.content_type);
  for (const auto& [k, v] : securityHeaders()) http.set(k, v);
  if (tls) http.set("Strict-Transport-Security", "max-age=31536000");
  http.set("Cache-Control", r.cache_control);
  for (const auto& [k, v] : r.headers) {
    if (k == "Connection") http.setKeepAlive(false);
    else http.add(k, v);
  }
  // sendBuffer writes the header once and the body straight to the socket
  // (send() would format the header twice, once only to count its bytes,
  // and copy the body through a stream buffer). It sets Content-Length and
  // leaves out the body of a HEAD request.
  http.sendBuffer(head ? nullptr : r.body.data(), r.body.size());
}

class Adapter : public Poco::Net::HTTPRequestHandler {
 public:
  Adapter(const Router& router, const WebServerOptions& options) : router_(router), options_(options) {}

  void handleRequest(HTTPServerRequest& http, HTTPServerResponse& response) override {
    const auto started = std::chrono::steady_clock::now();
    // The header and the body go out in two writes: without TCP_NODELAY,
    // Nagle's algorithm holds the body back until the client acknowledges
    // the header, which a client waiting for the body delays (up to 40 ms).
    if (auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&http)) impl->socket().setNoDelay(true);
    Request request;
    std::string route = "(rejected)";
    std::optional<Response> answer = readRequest(http, options_, request);
    if (!answer) {
      try {
        answer = router_.dispatch(request, route);
      } catch (const store::DatabaseError& e) {
        // --- database down: 503, not 500 (access component) ---
        if (options_.access_log) options_.access_log("error in " + route + ": " + e.what());
        answer = databaseFailure(e.kind());
      } catch (const std::exception& e) {
        // The message is logged, never shown: it may describe internals.
        if (options_.access_log) options_.access_log("error in " + route + ": " + e.what());
        answer = Response::text(500, "Sorry, something went wrong. Please try again in a few minutes.\n");
      }
    }
    // A client that went away mid-response is not our error to report.
    try {
      writeResponse(*answer, request.method == "HEAD", !options_.tls_cert.empty(), response);
    } catch (const Poco::Exception&) {
    }
    if (options_.access_log) {
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      char line[512];
      std::snprintf(line, sizeof line, "%s %s %d %.1f ms", request.method.c_str(), route.c_str(), answer->status, ms);
      options_.access_log(line);
    }
  }

 private:
  const Router& router_;
  const WebServerOptions& options_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  Factory(const Router& router, const WebServerOptions& options) : router_(router), options_(options) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override {
    return new Adapter(router_, options_);
  }

 private:
  const Router& router_;
  const WebServerOptions& options_;
};

}  // namespace

WebServer::WebServer(const Router& router, WebServerOptions options) : router_(router), options_(std::move(options)) {
  // Every line the server logs passes through redactForLog: error lines
  // quote exception texts, which may hold a link or an answer.
  if (options_.access_log)
    options_.access_log = [sink = std::move(options_.access_log)](const std::string& line) {
      sink(redactForLog(line));
    };
}

WebServer::~WebServer() { stop(); }

// --- TLS (access component) ---
// A listening socket: TLS 1.2+ with the configured certificate, or plain.
static Poco::Net::ServerSocket listeningSocket(const WebServerOptions& options) {
  const Poco::Net::SocketAddress address(options.host, options.port);
  if (options.tls_cert.empty() != options.tls_key.empty())
    throw std::invalid_argument("TLS needs both a certificate and its private key");
  if (options.tls_cert.empty()) {
    Poco::Net::ServerSocket socket;
    socket.bind(address, true);
    socket.listen(512);
    return socket;
  }
  Poco::Net::initializeSSL();
  Poco::Net::Context::Ptr context = new Poco::Net::Context(
      Poco::Net::Context::TLS_SERVER_USE, options.tls_key, options.tls_cert, "", Poco::Net::Context::VERIFY_NONE, 9,
      false, "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4");
  context->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
  context->enableExtendedCertificateVerification(false);
  Poco::Net::SecureServerSocket socket(context);
  socket.bind(address, true);
  socket.listen(512);
  return socket;
}

void WebServer::start() {
  Poco::Net::ServerSocket socket = listeningSocket(options_);
  auto* params = new Poco::Net::HTTPServerParams;  // owned by the server (reference counted)
  params->setMaxThreads(options_.max_threads);
  params->setMaxQueued(options_.max_queued);
  params->setKeepAlive(true);
  params->setMaxKeepAliveRequests(options_.max_keep_alive_requests);
  params->setTimeout(Poco::Timespan(30, 0));
  // An idle keep-alive connection holds a thread: let it go soon.
  params->setKeepAliveTimeout(Poco::Timespan(2, 0));
  // Poco serves a connection on one thread for its whole keep-alive life,
  // so the pool must hold max_threads (the default pool stops at 16).
  pool_ = std::make_unique<Poco::ThreadPool>(2, options_.max_threads);
  server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(router_, options_), *pool_, socket, params);
  server_->start();
}

void WebServer::stop() {
  if (!server_) return;
  server_->stopAll(true);
  server_.reset();
  pool_->joinAll();
  pool_.reset();
}

uint16_t WebServer::port() const { return server_ ? server_->port() : 0; }

}  // namespace hc::web::http
