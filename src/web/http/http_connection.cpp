#include "web/http/http_connection.h"

#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>

#include <array>
#include <chrono>
#include <cstdio>
#include <memory>

#include "store/database.h"
#include "web/http/body_spool.h"
#include "web/http/multipart_form.h"
#include "web/http/request_decoding.h"
#include "web/http/request_head.h"
#include "web/http/response_bytes.h"

namespace hc::web::http {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

// How long a closing connection reads what the client still sends, so that
// it reads our answer before a reset (a close with unread bytes) loses it.
constexpr auto kLinger = std::chrono::seconds(2);

// The answer to a request whose database failed. An unreachable database
// and one that cannot be written (disk full, read-only file) are both the
// operator's to fix and pass: 503 with Retry-After, so that clients and a
// proxy try again later (or another instance); anything else is a 500.
// The router's error page (the site's own, for the visitor's role) says
// so, plain text when it has none or the page cannot be made.
Response databaseFailure(const Router& router, Request& request, store::DatabaseError::Kind kind) {
  using Kind = store::DatabaseError::Kind;
  constexpr const char* kSorry = "Sorry, something went wrong. Please try again in a few minutes.\n";
  const int status = kind != Kind::kConnection && kind != Kind::kReadOnlyOrFull ? 500 : 503;
  const std::string why = status == 500              ? ""
                          : kind == Kind::kConnection ? "The service is unavailable at the moment: it cannot reach its "
                                                        "database. Please try again in a few minutes."
                                                      : "The service cannot save anything at the moment: its database "
                                                        "cannot be written. Please try again in a few minutes.";
  Response r;
  try {
    r = router.errorPage(status, request, why, status == 500 ? kSorry : why + "\n");
  } catch (const std::exception&) {
    r = Response::text(status, status == 500 ? kSorry : why + "\n");  // the page itself failed: plain words
  }
  if (status == 503 && r.header("Retry-After").empty()) r.headers.emplace_back("Retry-After", "30");
  return r;
}

Response busy(int status, const char* text, const char* retry_after) {
  Response r = Response::text(status, text);
  r.headers.emplace_back("Retry-After", retry_after);
  return r;
}

// The client's address: the peer, or the entry a trusted proxy appended.
std::string clientAddress(const RequestHead& head, const std::string& peer, bool trust_forwarded_for) {
  if (!trust_forwarded_for) return peer;
  const std::vector<std::string> forwarded = head.fields_named("X-Forwarded-For");
  if (forwarded.empty()) return peer;
  std::string last = forwarded.back().substr(forwarded.back().rfind(',') + 1);
  const size_t begin = last.find_first_not_of(" \t");
  if (begin == std::string::npos) return peer;
  last = last.substr(begin, last.find_last_not_of(" \t") + 1 - begin);
  return last;
}

template <class Stream>
tcp::socket& socketOf(Stream& stream) {
  if constexpr (std::is_same_v<Stream, tcp::socket>) return stream;
  else return stream.next_layer();
}

template <class Stream>
class Connection : public std::enable_shared_from_this<Connection<Stream>> {
 public:
  Connection(ServerCore& core, Stream stream, std::string peer)
      : core_(core), stream_(std::move(stream)), timer_(stream_.get_executor()), peer_(std::move(peer)) {}

  ~Connection() {
    core_.limits.closeConnection(peer_);
    --core_.connections;
  }

  void start() {
    arm(core_.options.head_read_limit);
    if constexpr (std::is_same_v<Stream, tcp::socket>) {
      read();
    } else {
      stream_.async_handshake(asio::ssl::stream_base::server, [self = this->shared_from_this()](error_code ec) {
        if (ec) return self->close();
        self->read();
      });
    }
  }

 private:
  enum class Stage { kHead, kBody, kHandling, kClosing };

  // The deadline of the stage in progress; a later arm() or disarm() makes
  // an earlier deadline's wake-up a no-op.
  void arm(std::chrono::milliseconds limit) {
    const unsigned generation = ++generation_;
    if (limit.count() <= 0) return;
    timer_.expires_after(limit);
    timer_.async_wait([self = this->shared_from_this(), generation](error_code ec) {
      if (ec || generation != self->generation_) return;
      self->close();
    });
  }
  void disarm() {
    ++generation_;
    timer_.cancel();
  }

  void read() {
    stream_.async_read_some(asio::buffer(chunk_), [self = this->shared_from_this()](error_code ec, size_t n) {
      if (ec) return self->close();
      if (self->stage_ == Stage::kClosing) return self->read();  // lingering: drop it
      self->buffer_.append(self->chunk_.data(), n);
      self->consume();
    });
  }

  // Makes what progress the bytes received allow, then reads for more.
  void consume() {
    if (stage_ == Stage::kHead) {
      const HeadParse parsed = parseRequestHead(buffer_, core_.options.max_head_bytes, head_);
      if (parsed.status == HeadParse::kIncomplete) return read();
      if (parsed.status == HeadParse::kRefused) {
        Response r = Response::text(parsed.refusal_status, "Bad request: " + parsed.reason + "\n");
        return answer(r, true, "-", "(rejected)");
      }
      buffer_.erase(0, parsed.consumed);
      client_ = clientAddress(head_, peer_, core_.options.trust_forwarded_for);
      if (head_.content_length > core_.options.max_body_bytes) {
        if (!spoolable()) return answer(tooLarge(), true, head_.method, "(rejected)");
        if (core_.options.vet_upload) return vetUpload();
        if (!startSpool()) return answer(tooLarge(), true, head_.method, "(rejected)");
      }
      beginBody();
      return;
    }
    continueBody();
  }

  // The head is in and the body may be read: its deadline, and the interim
  // answer a client that sent Expect: 100-continue waits for.
  void beginBody() {
    stage_ = Stage::kBody;
    arm(core_.options.body_read_limit);
    if (head_.expect_continue && head_.content_length > buffer_.size()) {
      auto interim = std::make_shared<std::string>("HTTP/1.1 100 Continue\r\n\r\n");
      asio::async_write(stream_, asio::buffer(*interim),
                        [self = this->shared_from_this(), interim](error_code ec, size_t) {
                          if (ec) return self->close();
                          self->consume();
                        });
      return;
    }
    continueBody();
  }

  void continueBody() {
    if (stage_ == Stage::kBody) {
      const uint64_t have = spool_ ? spool_->size() : body_.size();
      const size_t take = static_cast<size_t>(std::min<uint64_t>(head_.content_length - have, buffer_.size()));
      if (spool_) {
        if (!spool_->append(buffer_.data(), take)) return answer(spoolFailed(), true, head_.method, "(spool)");
        arm(core_.options.body_read_limit);  // an upload's deadline is between reads
      } else {
        body_.append(buffer_, 0, take);
      }
      buffer_.erase(0, take);
      if (have + take < head_.content_length) return read();
      if (spool_ && !spool_->close()) return answer(spoolFailed(), true, head_.method, "(spool)");
      disarm();
      dispatch();
    }
  }

  // A body above max_body_bytes may be read only as an upload within
  // max_upload_bytes; anything else gets 413.
  bool spoolable() const {
    return head_.field("Content-Type").rfind("multipart/form-data", 0) == 0 &&
           head_.content_length <= core_.options.max_upload_bytes;
  }

  // The upload's head vetted on a worker (it may ask the database who the
  // session is), reading nothing more meanwhile; then, back on the strand,
  // its refusal sent or its body spooled.
  void vetUpload() {
    stage_ = Stage::kHandling;
    disarm();
    if (!core_.limits.startRequest(client_))
      return answer(busy(429, "Too many requests at once from your address: try again in a moment.\n", "1"), true,
                    head_.method, "(too many from one client)");
    auto self = this->shared_from_this();
    const bool queued = core_.workers.submit([self] {
      Request request;
      request.client_address = self->client_;
      std::optional<Response> refusal = decodeHead(self->head_, request);
      if (!refusal) {
        try {
          refusal = self->core_.options.vet_upload(request);
        } catch (const std::exception& e) {
          if (self->core_.options.access_log) self->core_.options.access_log(std::string("upload not vetted: ") + e.what());
          refusal = busy(503, "The service cannot check who is uploading at the moment: try again shortly.\n", "30");
        }
      }
      self->core_.limits.finishRequest(self->client_);
      asio::post(self->stream_.get_executor(), [self, refusal = std::move(refusal)] {
        if (refusal) return self->answer(*refusal, true, self->head_.method, "(upload refused)");
        if (!self->startSpool()) return self->answer(self->tooLarge(), true, self->head_.method, "(rejected)");
        self->beginBody();
      });
    });
    if (!queued) {
      core_.limits.finishRequest(client_);
      answer(busy(503, "The service is very busy: please try again in a moment.\n", "5"), true, head_.method,
             "(queue full)");
    }
  }

  // A spoolable body: a file to write it to; false when none can be made.
  bool startSpool() {
    spool_ = std::make_unique<BodySpool>(core_.options.spool_folder);
    if (spool_->ok()) return true;
    if (core_.options.access_log) core_.options.access_log("upload not spooled: " + spool_->error());
    spool_.reset();
    return false;
  }

  Response tooLarge() const {
    const bool upload = head_.field("Content-Type").rfind("multipart/form-data", 0) == 0;
    if (upload && core_.options.upload_too_large && head_.content_length > core_.options.max_upload_bytes) {
      Response r = core_.options.upload_too_large();
      r.status = 413;
      return r;
    }
    return Response::text(413, "The form is too large\n");
  }

  Response spoolFailed() {
    if (core_.options.access_log) core_.options.access_log("upload not spooled: " + spool_->error());
    spool_.reset();
    return busy(503, "The upload cannot be saved at the moment: the server's disk refused it.\n", "30");
  }

  void dispatch() {
    stage_ = Stage::kHandling;
    if (!core_.limits.startRequest(client_))
      return answer(busy(429, "Too many requests at once from your address: try again in a moment.\n", "1"),
                    !head_.keep_alive, head_.method, "(too many from one client)");
    auto self = this->shared_from_this();
    const bool queued = core_.workers.submit([self] { self->handle(); });
    if (!queued) {
      core_.limits.finishRequest(client_);
      answer(busy(503, "The service is very busy: please try again in a moment.\n", "5"), !head_.keep_alive,
             head_.method, "(queue full)");
    }
  }

  // On a worker thread: the handler, then the answer back on the strand.
  void handle() {
    const auto started = std::chrono::steady_clock::now();
    Request request;
    request.client_address = client_;
    std::string route = "(rejected)";
    FormLimits limits{core_.options.max_fields, core_.options.max_field_bytes};
    std::optional<Response> response = decodeRequest(head_, body_, limits, request, spool_ ? spool_->path() : "",
                                                     core_.options.spool_folder);
    const std::function<void(const std::string&)>& log = core_.options.access_log;
    if (!response) {
      try {
        response = core_.router.dispatch(request, route);
      } catch (const store::DatabaseError& e) {
        if (log) log("error in " + route + ": " + e.what());
        response = databaseFailure(core_.router, request, e.kind());
      } catch (const std::exception& e) {
        // The message is logged, never shown: it may describe internals.
        if (log) log("error in " + route + ": " + e.what());
        response = databaseFailure(core_.router, request, store::DatabaseError::Kind::kOther);
      }
    }
    removeUploadedFiles(request);  // those the handler kept it has moved
    core_.limits.finishRequest(client_);
    const bool close = !head_.keep_alive || closesConnection(*response);
    auto bytes = std::make_shared<std::string>(responseBytes(*response, head_.method == "HEAD", core_.tls, close));
    if (log) {
      const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
      char line[512];
      std::snprintf(line, sizeof line, "%s %s %d %.1f ms", head_.method.c_str(), route.c_str(), response->status, ms);
      log(line);
    }
    asio::post(stream_.get_executor(), [self = this->shared_from_this(), bytes, close] { self->write(bytes, close); });
  }

  // An answer made on the strand, without a worker.
  void answer(const Response& r, bool close, const std::string& method, const char* route) {
    close = close || closesConnection(r);
    if (core_.options.access_log) core_.options.access_log(method + " " + route + " " + std::to_string(r.status) + " 0.0 ms");
    write(std::make_shared<std::string>(responseBytes(r, method == "HEAD", core_.tls, close)), close);
  }

  void write(std::shared_ptr<std::string> bytes, bool close) {
    stage_ = Stage::kHandling;
    arm(core_.options.write_limit);
    asio::async_write(stream_, asio::buffer(*bytes),
                      [self = this->shared_from_this(), bytes, close](error_code ec, size_t) {
                        if (ec) return self->close();
                        if (close) return self->linger();
                        self->next();
                      });
  }

  // Keep-alive: the next request, perhaps already received.
  void next() {
    stage_ = Stage::kHead;
    head_ = RequestHead{};
    body_.clear();
    spool_.reset();
    arm(core_.options.head_read_limit);
    if (buffer_.empty()) return read();
    consume();
  }

  void linger() {
    stage_ = Stage::kClosing;
    error_code ignored;
    socketOf(stream_).shutdown(tcp::socket::shutdown_send, ignored);
    arm(std::chrono::duration_cast<std::chrono::milliseconds>(kLinger));
    read();
  }

  void close() {
    disarm();
    error_code ignored;
    socketOf(stream_).close(ignored);
  }

  ServerCore& core_;
  Stream stream_;
  asio::steady_timer timer_;
  unsigned generation_ = 0;
  const std::string peer_;
  std::string client_;
  Stage stage_ = Stage::kHead;
  std::string buffer_;  // received, not yet part of a head or body
  RequestHead head_;
  std::string body_;
  std::unique_ptr<BodySpool> spool_;  // instead of body_, for an upload
  std::array<char, 4096> chunk_;
};

// Over a cap: a short answer straight away, then the connection closed.
// The client has sent nothing yet, so the close is a plain end, not a
// reset, and the answer is read.
void refuseConnection(tcp::socket& socket, bool tls, const char* status, const char* text) {
  if (!tls) {
    std::string bytes = std::string("HTTP/1.1 ") + status + "\r\nContent-Type: text/plain; charset=utf-8\r\n" +
                        "Retry-After: 5\r\nConnection: close\r\nContent-Length: " + std::to_string(strlen(text)) +
                        "\r\n\r\n" + text;
    error_code ignored;
    socket.non_blocking(true, ignored);
    socket.write_some(asio::buffer(bytes), ignored);
  }
  error_code ignored;
  socket.shutdown(tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
}

template <class Stream>
void serve(ServerCore& core, Stream stream, const std::string& peer) {
  tcp::socket& socket = socketOf(stream);
  if (++core.connections > core.options.max_connections) {
    --core.connections;
    return refuseConnection(socket, core.tls, "503 Service Unavailable", "The service has too many connections open.\n");
  }
  if (!core.limits.openConnection(peer)) {
    --core.connections;
    return refuseConnection(socket, core.tls, "429 Too Many Requests",
                            "Too many connections from your address: close some and try again.\n");
  }
  error_code ignored;
  socket.set_option(tcp::no_delay(true), ignored);
  std::make_shared<Connection<Stream>>(core, std::move(stream), peer)->start();
}

}  // namespace

void serveConnection(ServerCore& core, tcp::socket socket, const std::string& peer) {
  serve(core, std::move(socket), peer);
}

void serveConnection(ServerCore& core, asio::ssl::stream<tcp::socket> stream, const std::string& peer) {
  serve(core, std::move(stream), peer);
}

}  // namespace hc::web::http
