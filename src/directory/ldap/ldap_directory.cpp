#include "directory/ldap/ldap_directory.h"

#include <ldap.h>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Exception.h>

#include <algorithm>
#include <cctype>

#include "directory/ldap/ldap_connection.h"
#include "directory/ldap/ldap_filter.h"

namespace hc::directory::ldap {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

std::string hex(const std::string& bytes) {
  static const char* const kHex = "0123456789abcdef";
  std::string out;
  for (const char c : bytes) {
    out += kHex[static_cast<unsigned char>(c) >> 4];
    out += kHex[static_cast<unsigned char>(c) & 15];
  }
  return out;
}

bool plain(const LdapSettings& s) { return s.url.rfind("ldap://", 0) == 0; }

LdapProblem down(const std::string& step, const LdapResult& r) {
  return {LdapProblem::Kind::kDirectoryDown, step + ": " + r.message};
}

// Connected, encrypted and bound as the service account, or why not.
std::optional<LdapProblem> open(LdapConnection& c, const LdapSettings& s) {
  if (auto problem = settingsProblem(s)) return LdapProblem{LdapProblem::Kind::kDirectoryDown, *problem};
  if (LdapResult r = c.connect(); !r.ok()) return down("connecting", r);
  if (s.starttls)
    if (LdapResult r = c.startTls(); !r.ok()) return down("StartTLS", r);
  if (!s.bind_dn.empty())
    if (LdapResult r = c.bind(s.bind_dn, s.bind_password); !r.ok()) return down("the service account's bind", r);
  return std::nullopt;
}

const std::string& first(const LdapEntry& e, const std::string& attribute) {
  static const std::string kEmpty;
  const auto& v = e[lower(attribute)];
  return v.empty() ? kEmpty : v.front();
}

}  // namespace

LdapAnswer LdapDirectory::authenticate(const std::string& username, const std::string& password) const {
  const LdapSettings& s = settings_;
  auto refused = [](std::string why) { return LdapProblem{LdapProblem::Kind::kRefused, std::move(why)}; };
  if (username.empty() || password.empty()) return refused("an empty user name or password");
  LdapConnection c(s);
  if (auto problem = open(c, s)) return *problem;

  const std::string name_attribute = nameAttributeOf(s.user_filter);
  std::vector<std::string> attributes{"entryUUID", "objectGUID", "displayName", "cn", "mail", "memberOf"};
  if (!name_attribute.empty()) attributes.push_back(name_attribute);
  if (!s.team_attribute.empty()) attributes.push_back(s.team_attribute);
  std::vector<LdapEntry> found;
  const LdapResult searched = c.search(s.base_dn, fillFilter(s.user_filter, "user", username), attributes, 2, found);
  if (sizeLimitExceeded(searched) || found.size() > 1) return refused("the name matches several entries");
  if (!searched.ok()) return down("searching for the person", searched);
  if (found.empty()) return refused("no such name in the directory");
  const LdapEntry& entry = found.front();

  DirectoryIdentity who;
  who.source = "ldap";
  who.subject = !first(entry, "entryUUID").empty() ? first(entry, "entryUUID")
                : !first(entry, "objectGUID").empty() ? hex(first(entry, "objectGUID"))
                                                      : lower(entry.dn);
  who.username = name_attribute.empty() || first(entry, name_attribute).empty() ? username : first(entry, name_attribute);
  who.display_name = !first(entry, "displayName").empty() ? first(entry, "displayName") : first(entry, "cn");
  who.email = first(entry, "mail");
  if (!s.team_attribute.empty()) who.team_ids = entry[lower(s.team_attribute)];
  if (s.group_filter.empty()) {
    who.groups = entry["memberof"];
  } else {
    std::vector<LdapEntry> groups;
    const LdapResult r = c.search(s.base_dn, fillFilter(s.group_filter, "dn", entry.dn), {"1.1"}, 0, groups);
    if (!r.ok() && !sizeLimitExceeded(r)) return down("searching for the person's groups", r);
    for (const LdapEntry& g : groups) who.groups.push_back(g.dn);
  }

  // Last, as the person: after it the connection has their rights only.
  const LdapResult bound = c.bind(entry.dn, password);
  if (invalidCredentials(bound)) return refused("wrong password (" + bound.message + ")");
  if (!bound.ok()) return down("the person's bind", bound);
  return who;
}

std::vector<ConnectionStep> LdapDirectory::testConnection() const {
  const LdapSettings& s = settings_;
  std::vector<ConnectionStep> steps;
  if (auto problem = settingsProblem(s)) {
    steps.push_back({"Settings", false, *problem});
    return steps;
  }
  // The TCP connection alone first, so that "cannot reach" and "TLS
  // refused" read as the different faults they are.
  LDAPURLDesc* url = nullptr;
  if (ldap_url_parse(s.url.c_str(), &url) != LDAP_SUCCESS || !url || !url->lud_host) {
    if (url) ldap_free_urldesc(url);
    steps.push_back({"Connect", false, "ldap-url " + s.url + " is not an LDAP address with a host"});
    return steps;
  }
  const std::string host = url->lud_host;
  const int port = url->lud_port ? url->lud_port : (plain(s) ? 389 : 636);
  ldap_free_urldesc(url);
  const std::string where = host + " port " + std::to_string(port);
  try {
    Poco::Net::StreamSocket socket;
    socket.connect(Poco::Net::SocketAddress(host, static_cast<Poco::UInt16>(port)),
                   Poco::Timespan(s.timeout_seconds, 0));
    socket.close();
    steps.push_back({"Connect", true, "reached " + where});
  } catch (const Poco::Exception& e) {
    steps.push_back({"Connect", false, "cannot reach " + where + ": " + e.displayText()});
    return steps;
  }
  LdapConnection c(s);
  LdapResult r = c.connect();
  if (r.ok() && s.starttls) r = c.startTls();
  const bool encrypted = !plain(s) || s.starttls;
  if (!r.ok()) {
    steps.push_back({encrypted ? "TLS" : "Connect", false,
                     (encrypted ? "the TLS connection failed (is ldap-ca-file the CA that signed the directory's "
                                  "certificate, and is its name " + host + "?): "
                                : "connecting failed: ") + r.message});
    return steps;
  }
  steps.push_back({"TLS", encrypted,
                   encrypted ? (s.starttls ? "StartTLS accepted, certificate checked" : "LDAPS, certificate checked")
                             : "not encrypted (ldap-allow-plain: for tests only)"});
  if (!encrypted) steps.back().ok = true;  // allowed by the settings, and said so
  if (s.bind_dn.empty()) {
    steps.push_back({"Service account bind", true, "no ldap-bind-dn: searching anonymously"});
  } else if (LdapResult b = c.bind(s.bind_dn, s.bind_password); !b.ok()) {
    steps.push_back({"Service account bind", false, "binding as " + s.bind_dn + " failed: " + b.message});
    return steps;
  } else {
    steps.push_back({"Service account bind", true, "bound as " + s.bind_dn});
  }
  std::vector<LdapEntry> found;
  const LdapResult searched = c.search(s.base_dn, "(objectClass=*)", {"1.1"}, 1, found);
  if (!searched.ok() && !sizeLimitExceeded(searched)) {
    steps.push_back({"Search", false, "searching " + s.base_dn + " failed: " + searched.message});
    return steps;
  }
  steps.push_back({"Search", true, "searched " + s.base_dn});
  return steps;
}

}  // namespace hc::directory::ldap
