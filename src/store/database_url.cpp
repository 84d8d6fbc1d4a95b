#include "store/database_url.h"

#include <cstdlib>

namespace hc::store {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kMysqlPrefix = "mysql://";

[[noreturn]] void fail(const std::string& what) {
  throw DatabaseError(DatabaseError::Kind::kOther, "invalid database URL: " + what);
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes %XX escapes; `what` names the part for the error, which must not
// quote the text itself (it may be the password).
std::string percentDecode(std::string_view s, const char* what) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '%') {
      out.push_back(s[i]);
      continue;
    }
    const int hi = i + 2 < s.size() ? hexValue(s[i + 1]) : -1;
    const int lo = hi >= 0 ? hexValue(s[i + 2]) : -1;
    if (lo < 0) fail(std::string("bad %-escape in the ") + what + " (use %XX with two hex digits)");
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return out;
}

void parseMysql(std::string_view rest, DatabaseUrl& u) {
  // USER[:PASSWORD]@HOST[:PORT]/DATABASE. The password may contain '@' only
  // percent-encoded, so the last '@' ends the credentials.
  const size_t at = rest.rfind('@');
  if (at == std::string_view::npos) fail("expected mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE (no USER@ found)");
  const std::string_view credentials = rest.substr(0, at);
  const std::string_view location = rest.substr(at + 1);

  const size_t colon = credentials.find(':');
  u.user = percentDecode(credentials.substr(0, colon), "user name");
  if (u.user.empty()) fail("the user name is empty in mysql://USER@HOST/DATABASE");
  if (colon != std::string_view::npos) {
    u.password = percentDecode(credentials.substr(colon + 1), "password");
  } else if (const char* env = std::getenv("HEALTHCHECK_DB_PASSWORD")) {
    u.password = env;
  }

  const size_t slash = location.find('/');
  if (slash == std::string_view::npos) fail("no /DATABASE after the host in mysql://USER@HOST[:PORT]/DATABASE");
  std::string_view host = location.substr(0, slash);
  u.database = percentDecode(location.substr(slash + 1), "database name");
  if (u.database.empty()) fail("the database name is empty in mysql://USER@HOST[:PORT]/DATABASE");
  if (u.database.find_first_of("/?#") != std::string::npos) fail("the database name may not contain '/', '?' or '#'");

  const size_t port_colon = host.rfind(':');
  const bool bracketed = !host.empty() && host.front() == '[';  // [IPv6]:PORT
  if (port_colon != std::string_view::npos && (!bracketed || port_colon > host.find(']'))) {
    const std::string_view port = host.substr(port_colon + 1);
    host = host.substr(0, port_colon);
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos)
      fail("the port '" + std::string(port) + "' is not a number");
    u.port = std::atoi(std::string(port).c_str());
    if (u.port < 1 || u.port > 65535) fail("the port " + std::string(port) + " is out of range 1..65535");
  }
  if (host.empty()) fail("the host is empty in mysql://USER@HOST[:PORT]/DATABASE");
  u.host = std::string(host);
}

}  // namespace

DatabaseUrl DatabaseUrl::parse(const std::string& url) {
  DatabaseUrl u;
  const std::string_view text = url;
  if (text.substr(0, kSqlitePrefix.size()) == kSqlitePrefix) {
    u.dialect = Dialect::kSqlite;
    u.path = url.substr(kSqlitePrefix.size());
    if (u.path.empty()) fail("no file after 'sqlite:' (expected sqlite:PATH)");
    return u;
  }
  if (text.substr(0, kMysqlPrefix.size()) == kMysqlPrefix) {
    u.dialect = Dialect::kMysql;
    parseMysql(text.substr(kMysqlPrefix.size()), u);
    return u;
  }
  // Quote only the scheme: the rest might be a password typed in the wrong place.
  const size_t colon = text.find(':');
  fail("unknown scheme '" + std::string(text.substr(0, colon == std::string_view::npos ? 0 : colon)) +
       "' (expected sqlite:PATH or mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE)");
}

std::string DatabaseUrl::describe() const {
  if (dialect == Dialect::kSqlite) return "sqlite:" + path;
  return "mysql://" + user + "@" + host + ":" + std::to_string(port) + "/" + database;
}

}  // namespace hc::store
