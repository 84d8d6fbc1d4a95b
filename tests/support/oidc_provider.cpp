#include "support/oidc_provider.h"

#include <Poco/Pipe.h>
#include <Poco/PipeStream.h>

#include <filesystem>
#include <stdexcept>

#include "support/test_files.h"

namespace hc::testing {

OidcProviderServer::OidcProviderServer(OidcProviderOptions options) : options_(std::move(options)) {
  dir_ = makeTempDir("hc-oidc");
  start();
}

OidcProviderServer::~OidcProviderServer() {
  stop();
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

void OidcProviderServer::start() {
  std::string roles = "{";
  for (const auto& [user, value] : options_.roles)
    roles += std::string(roles.size() > 1 ? "," : "") + "\"" + user + "\":\"" + value + "\"";
  roles += "}";
  std::vector<std::string> args{std::string(HC_SOURCE_DIR) + "/tests/support/oidc_provider.pl", "--dir", dir_,
                                "--port", std::to_string(port_), "--client-id", options_.client_id,
                                "--client-secret", options_.client_secret, "--roles", roles};
  for (const auto& uri : options_.redirect_uris) args.insert(args.end(), {"--redirect-uri", uri});
  Poco::Pipe out;
  process_ = std::make_unique<Poco::ProcessHandle>(Poco::Process::launch("/usr/bin/perl", args, nullptr, &out, nullptr));
  Poco::PipeInputStream from(out);
  std::string line;
  if (!std::getline(from, line) || line.rfind("PORT ", 0) != 0)
    throw std::runtime_error("the test OpenID Connect provider did not start: '" + line + "'");
  port_ = std::stoi(line.substr(5));
}

void OidcProviderServer::stop() {
  if (!process_) return;
  Poco::Process::kill(*process_);
  process_->wait();
  process_.reset();
}

}  // namespace hc::testing
