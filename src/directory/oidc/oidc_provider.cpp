#include "directory/oidc/oidc_provider.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <Poco/Base64Encoder.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include <sstream>

#include "directory/oidc/base64url.h"

namespace hc::directory::oidc {
namespace {

constexpr int64_t kDiscoverySeconds = 3600;
constexpr int kTimeoutSeconds = 10;
constexpr size_t kMaxBody = 1 << 20;

std::string formEncode(const std::string& s) {
  std::string out;
  Poco::URI::encode(s, "!#$&'()*+,/:;=?@[]~ ", out);
  return out;
}

std::string base64(const std::string& s) {
  std::ostringstream out;
  Poco::Base64Encoder enc(out, Poco::BASE64_NO_PADDING);
  enc.rdbuf()->setLineLength(0);
  enc << s;
  enc.close();
  std::string t = out.str();
  while (t.size() % 4) t += '=';
  return t;
}

Poco::JSON::Object::Ptr parseObject(const std::string& body, const std::string& what) {
  try {
    auto o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
    if (o) return o;
  } catch (const std::exception&) {
  }
  throw ProviderError(what + " is not JSON");
}

}  // namespace

std::string randomToken() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) throw std::runtime_error("no random bytes");
  return base64UrlEncode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

std::string pkceChallenge(const std::string& verifier) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_Digest(verifier.data(), verifier.size(), digest, &size, EVP_sha256(), nullptr);
  return base64UrlEncode(std::string_view(reinterpret_cast<const char*>(digest), size));
}

OidcProvider::OidcProvider(OidcSettings settings)
    : settings_(std::move(settings)), keys_([this] { return fetch(discovery(0).jwks_uri); }) {}

std::string OidcProvider::fetch(const std::string& url, const std::string& form_body, bool post,
                                const std::string& authorization) const {
  if (!allowedUrl(url)) throw ProviderError("the provider's address '" + url + "' is not https");
  try {
    Poco::URI uri(url);
    std::unique_ptr<Poco::Net::HTTPClientSession> session;
    if (uri.getScheme() == "https") {
      Poco::Net::Context::Ptr context = new Poco::Net::Context(
          Poco::Net::Context::TLS_CLIENT_USE, "", "", settings_.ca_file, Poco::Net::Context::VERIFY_STRICT, 9,
          settings_.ca_file.empty());
      session = std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), context);
    } else {
      session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
    }
    session->setTimeout(Poco::Timespan(kTimeoutSeconds, 0));
    Poco::Net::HTTPRequest request(post ? Poco::Net::HTTPRequest::HTTP_POST : Poco::Net::HTTPRequest::HTTP_GET,
                                   uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
    request.set("Accept", "application/json");
    if (!authorization.empty()) request.set("Authorization", authorization);
    if (post) {
      request.setContentType("application/x-www-form-urlencoded");
      request.setContentLength(static_cast<std::streamsize>(form_body.size()));
      session->sendRequest(request) << form_body;
    } else {
      session->sendRequest(request);
    }
    Poco::Net::HTTPResponse response;
    std::istream& in = session->receiveResponse(response);
    std::string body;
    char buffer[8192];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      body.append(buffer, static_cast<size_t>(in.gcount()));
      if (body.size() > kMaxBody) throw ProviderError(url + " answered with more than 1 MB");
    }
    if (response.getStatus() / 100 != 2) {
      std::string error;
      try {
        auto o = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        if (o) error = o->optValue<std::string>("error", "");
      } catch (const std::exception&) {
      }
      throw ProviderError(url + " answered " + std::to_string(response.getStatus()) +
                          (error.empty() ? "" : " (" + error + ")"));
    }
    return body;
  } catch (const ProviderError&) {
    throw;
  } catch (const Poco::Exception& e) {
    throw ProviderError("cannot reach " + url + ": " + e.displayText());
  } catch (const std::exception& e) {
    throw ProviderError("cannot reach " + url + ": " + e.what());
  }
}

Discovery OidcProvider::fetchDiscovery() const {
  std::string base = settings_.issuer;
  while (!base.empty() && base.back() == '/') base.pop_back();
  const std::string url = base + "/.well-known/openid-configuration";
  auto o = parseObject(fetch(url), "the provider's discovery document");
  Discovery d;
  d.issuer = o->optValue<std::string>("issuer", "");
  d.authorization_endpoint = o->optValue<std::string>("authorization_endpoint", "");
  d.token_endpoint = o->optValue<std::string>("token_endpoint", "");
  d.jwks_uri = o->optValue<std::string>("jwks_uri", "");
  // OpenID Connect Discovery §4.3: the document names the issuer it was asked for.
  if (d.issuer != settings_.issuer)
    throw ProviderError("the discovery document names the issuer '" + d.issuer + "', not '" + settings_.issuer + "'");
  if (d.authorization_endpoint.empty() || d.token_endpoint.empty() || d.jwks_uri.empty())
    throw ProviderError("the discovery document lacks an authorization, token or jwks address");
  return d;
}

Discovery OidcProvider::discovery(int64_t now, bool fresh) {
  if (fresh) {
    Discovery d = fetchDiscovery();  // not under the lock: other sign-ins need not wait for it
    std::lock_guard<std::mutex> lock(mutex_);
    discovery_ = d;
    discovered_at_ = now;
    return d;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  // now == 0: the key cache asking; whatever is cached will do.
  if (discovered_at_ != 0 && (now == 0 || now - discovered_at_ < kDiscoverySeconds)) return discovery_;
  discovery_ = fetchDiscovery();
  discovered_at_ = now == 0 ? 1 : now;
  return discovery_;
}

std::string OidcProvider::authorizationUrl(const std::string& state, const std::string& nonce,
                                           const std::string& code_challenge, int64_t now) {
  const Discovery d = discovery(now, true);
  std::string url = d.authorization_endpoint;
  url += url.find('?') == std::string::npos ? '?' : '&';
  url += "response_type=code&client_id=" + formEncode(settings_.client_id) +
         "&redirect_uri=" + formEncode(settings_.redirect_url) + "&scope=" + formEncode(settings_.scopes) +
         "&state=" + formEncode(state) + "&nonce=" + formEncode(nonce) +
         "&code_challenge=" + formEncode(code_challenge) + "&code_challenge_method=S256";
  return url;
}

std::string OidcProvider::redeemCode(const std::string& code, const std::string& code_verifier, int64_t now) {
  const Discovery d = discovery(now);
  std::string body = "grant_type=authorization_code&code=" + formEncode(code) +
                     "&redirect_uri=" + formEncode(settings_.redirect_url) +
                     "&code_verifier=" + formEncode(code_verifier);
  std::string authorization;
  if (settings_.secret_in_basic) {
    authorization = "Basic " + base64(formEncode(settings_.client_id) + ":" + formEncode(settings_.client_secret));
  } else {
    body += "&client_id=" + formEncode(settings_.client_id) + "&client_secret=" + formEncode(settings_.client_secret);
  }
  auto o = parseObject(fetch(d.token_endpoint, body, true, authorization), "the provider's token answer");
  const std::string id_token = o->optValue<std::string>("id_token", "");
  if (id_token.empty()) throw ProviderError("the provider's token answer has no id_token");
  return id_token;
}

std::vector<ConnectionStep> OidcProvider::testConnection(int64_t now) {
  std::vector<ConnectionStep> steps;
  Discovery d;
  try {
    d = fetchDiscovery();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      discovery_ = d;
      discovered_at_ = now;
    }
    steps.push_back({"Discovery document", true, d.issuer});
  } catch (const ProviderError& e) {
    steps.push_back({"Discovery document", false, e.what()});
    return steps;
  }
  try {
    auto parsed = parseJwks(fetch(d.jwks_uri));
    if (auto* problem = std::get_if<std::string>(&parsed)) {
      steps.push_back({"Signing keys (JWKS)", false, *problem});
    } else {
      const size_t n = std::get<SigningKeys>(parsed).size();
      steps.push_back({"Signing keys (JWKS)", n > 0, n > 0 ? std::to_string(n) + " RSA key(s) at " + d.jwks_uri
                                                           : "no usable RSA signing key at " + d.jwks_uri});
    }
  } catch (const ProviderError& e) {
    steps.push_back({"Signing keys (JWKS)", false, e.what()});
  }
  return steps;
}

}  // namespace hc::directory::oidc
