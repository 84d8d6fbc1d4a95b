#include "directory/ldap/ldap_connection.h"

#include <ldap.h>
#include <sys/time.h>

#include <algorithm>
#include <cctype>

namespace hc::directory::ldap {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

}  // namespace

const std::vector<std::string>& LdapEntry::operator[](const std::string& lower_name) const {
  static const std::vector<std::string> kNone;
  const auto it = values.find(lower_name);
  return it == values.end() ? kNone : it->second;
}

bool invalidCredentials(const LdapResult& r) { return r.code == LDAP_INVALID_CREDENTIALS; }
bool sizeLimitExceeded(const LdapResult& r) { return r.code == LDAP_SIZELIMIT_EXCEEDED; }

LdapConnection::LdapConnection(const LdapSettings& settings) : settings_(settings) {
  int rc = ldap_initialize(&ld_, settings.url.c_str());
  if (rc != LDAP_SUCCESS) {
    init_ = {rc, std::string("the address is not usable: ") + ldap_err2string(rc)};
    ld_ = nullptr;
    return;
  }
  const int version = LDAP_VERSION3;
  ldap_set_option(ld_, LDAP_OPT_PROTOCOL_VERSION, &version);
  ldap_set_option(ld_, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);  // AD's referrals lead off to other servers
  timeval timeout{settings.timeout_seconds, 0};
  ldap_set_option(ld_, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
  ldap_set_option(ld_, LDAP_OPT_TIMEOUT, &timeout);
  // The certificate is always checked, against the named CA or the system's.
  const int demand = LDAP_OPT_X_TLS_DEMAND;
  rc = ldap_set_option(ld_, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
  if (rc == LDAP_SUCCESS && !settings.ca_file.empty())
    rc = ldap_set_option(ld_, LDAP_OPT_X_TLS_CACERTFILE, settings.ca_file.c_str());
  const int client = 0;
  if (rc == LDAP_SUCCESS) rc = ldap_set_option(ld_, LDAP_OPT_X_TLS_NEWCTX, &client);  // this handle's options take effect
  if (rc != LDAP_SUCCESS) init_ = {rc, "the TLS settings are not usable (ldap-ca-file " + settings.ca_file + "): " +
                                           ldap_err2string(rc)};
}

LdapConnection::~LdapConnection() {
  if (ld_) ldap_unbind_ext_s(ld_, nullptr, nullptr);
}

LdapResult LdapConnection::result(int code) const {
  if (code == LDAP_SUCCESS) return {};
  std::string message = ldap_err2string(code);
  char* diagnostic = nullptr;
  if (ld_ && ldap_get_option(ld_, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_SUCCESS && diagnostic) {
    if (*diagnostic) message += std::string(" (") + diagnostic + ")";
    ldap_memfree(diagnostic);
  }
  return {code, message};
}

LdapResult LdapConnection::connect() {
  if (!init_.ok() || !ld_) return init_.ok() ? LdapResult{LDAP_PARAM_ERROR, "no connection"} : init_;
  return result(ldap_connect(ld_));
}

LdapResult LdapConnection::startTls() {
  if (!ld_) return init_;
  return result(ldap_start_tls_s(ld_, nullptr, nullptr));
}

LdapResult LdapConnection::bind(const std::string& dn, const std::string& password) {
  if (!ld_) return init_;
  if (password.empty()) return {LDAP_INVALID_CREDENTIALS, "an empty password is never sent (it would bind unauthenticated)"};
  berval credentials{static_cast<ber_len_t>(password.size()), const_cast<char*>(password.data())};
  return result(ldap_sasl_bind_s(ld_, dn.c_str(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, nullptr));
}

LdapResult LdapConnection::search(const std::string& base, const std::string& filter,
                                  const std::vector<std::string>& attributes, int size_limit,
                                  std::vector<LdapEntry>& found) {
  found.clear();
  if (!ld_) return init_;
  std::vector<char*> attrs;
  for (const std::string& a : attributes) attrs.push_back(const_cast<char*>(a.c_str()));
  attrs.push_back(nullptr);
  timeval timeout{settings_.timeout_seconds, 0};
  LDAPMessage* res = nullptr;
  const int rc = ldap_search_ext_s(ld_, base.c_str(), LDAP_SCOPE_SUBTREE, filter.c_str(), attrs.data(), 0, nullptr,
                                   nullptr, &timeout, size_limit, &res);
  if (res) {
    for (LDAPMessage* e = ldap_first_entry(ld_, res); e; e = ldap_next_entry(ld_, e)) {
      LdapEntry entry;
      if (char* dn = ldap_get_dn(ld_, e)) {
        entry.dn = dn;
        ldap_memfree(dn);
      }
      BerElement* ber = nullptr;
      for (char* a = ldap_first_attribute(ld_, e, &ber); a; a = ldap_next_attribute(ld_, e, ber)) {
        auto& values = entry.values[lower(a)];
        if (berval** vals = ldap_get_values_len(ld_, e, a)) {
          for (berval** v = vals; *v; ++v) values.emplace_back((*v)->bv_val, (*v)->bv_len);
          ldap_value_free_len(vals);
        }
        ldap_memfree(a);
      }
      if (ber) ber_free(ber, 0);
      found.push_back(std::move(entry));
    }
    ldap_msgfree(res);
  }
  return result(rc);
}

}  // namespace hc::directory::ldap
