#include "web/http/web_server.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>

#include <openssl/ssl.h>

#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "web/http/http_connection.h"
#include "web/http/log_redaction.h"

namespace hc::web::http {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using boost::system::error_code;

// Declared in the order they must outlive each other: the connections
// (owned by the io_context's handlers) use the core and the TLS context.
struct WebServer::Running {
  Running(const Router& router, const WebServerOptions& options) : core(router, options) {}
  ServerCore core;
  std::optional<asio::ssl::context> tls;
  asio::io_context io;
  asio::strand<asio::io_context::executor_type> accepting{io.get_executor()};
  tcp::acceptor acceptor{accepting};
  std::vector<std::thread> threads;
  uint16_t port = 0;

  void accept() {
    acceptor.async_accept(asio::make_strand(io), [this](error_code ec, tcp::socket socket) {
      if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
      if (!ec) {
        error_code no_peer;
        const tcp::endpoint peer = socket.remote_endpoint(no_peer);
        const std::string address = no_peer ? "" : peer.address().to_string();
        if (tls) serveConnection(core, asio::ssl::stream<tcp::socket>(std::move(socket), *tls), address);
        else serveConnection(core, std::move(socket), address);
      }
      accept();  // out of descriptors (EMFILE) included: keep serving those open
    });
  }
};

namespace {

// --- TLS (access component) ---
// TLS 1.2+ with the configured certificate chain and key, forward-secret
// AEAD ciphers only.
void configureTls(asio::ssl::context& context, const WebServerOptions& options) {
  context.set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                      asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 |
                      asio::ssl::context::no_tlsv1_1 | asio::ssl::context::single_dh_use);
  SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
  SSL_CTX_set_cipher_list(context.native_handle(), "ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5:!RC4");
  error_code ec;
  context.use_certificate_chain_file(options.tls_cert, ec);
  if (ec) throw std::runtime_error("cannot read the TLS certificate " + options.tls_cert + ": " + ec.message());
  context.use_private_key_file(options.tls_key, asio::ssl::context::pem, ec);
  if (ec) throw std::runtime_error("cannot read the TLS key " + options.tls_key + ": " + ec.message());
  if (SSL_CTX_check_private_key(context.native_handle()) != 1)
    throw std::runtime_error("the TLS key " + options.tls_key + " is not the key of " + options.tls_cert);
}

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

void WebServer::start() {
  auto running = std::make_unique<Running>(router_, options_);
  if (!options_.tls_cert.empty() || !options_.tls_key.empty()) {
    running->tls.emplace(asio::ssl::context::tls_server);
    configureTls(*running->tls, options_);
  }
  const std::string where = options_.host + ":" + std::to_string(options_.port);
  error_code ec;
  tcp::resolver resolver(running->io);
  const auto found = resolver.resolve(options_.host, std::to_string(options_.port),
                                      tcp::resolver::passive | tcp::resolver::numeric_service, ec);
  if (ec || found.empty()) throw std::runtime_error("cannot listen on " + where + ": " + ec.message());
  const tcp::endpoint endpoint = *found.begin();
  tcp::acceptor& acceptor = running->acceptor;
  acceptor.open(endpoint.protocol(), ec);
  // SO_REUSEADDR (a restart while old connections linger in TIME_WAIT) but
  // never SO_REUSEPORT: a second server on a taken port must fail to start,
  // not share the port and take half the requests.
  if (!ec) acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(1024, ec);
  if (ec) {
    std::string cause = ec.message();
    if (ec == asio::error::address_in_use) cause += " (another server, perhaps another healthcheck serve, is listening there)";
    if (ec == asio::error::access_denied) cause += " (ports below 1024 need privileges)";
    throw std::runtime_error("cannot listen on " + where + ": " + cause);
  }
  running->port = acceptor.local_endpoint().port();
  running->accept();
  for (int i = 0; i < std::max(1, options_.io_threads); ++i)
    running->threads.emplace_back([io = &running->io] { io->run(); });
  running_ = std::move(running);
}

void WebServer::stop() {
  if (!running_) return;
  asio::post(running_->accepting, [r = running_.get()] {
    error_code ignored;
    r->acceptor.close(ignored);
  });
  running_->core.workers.stop();  // the handlers running finish
  running_->io.stop();
  for (auto& t : running_->threads) t.join();
  running_.reset();  // every connection closed with the io_context
}

uint16_t WebServer::port() const { return running_ ? running_->port : 0; }

}  // namespace hc::web::http
