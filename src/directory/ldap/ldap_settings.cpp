#include "directory/ldap/ldap_settings.h"

namespace hc::directory::ldap {

std::optional<std::string> settingsProblem(const LdapSettings& s) {
  if (!s.configured()) return std::nullopt;
  const bool ldaps = s.url.rfind("ldaps://", 0) == 0;
  const bool ldap = s.url.rfind("ldap://", 0) == 0;
  if (!ldaps && !ldap) return "ldap-url must start with ldaps:// or ldap://";
  if (ldaps && s.starttls) return "ldap-starttls is for ldap:// addresses; ldaps:// is encrypted already";
  if (ldap && !s.starttls && !s.allow_plain)
    return "ldap-url is plain ldap://, which would send passwords unencrypted: use ldaps://, or set "
           "ldap-starttls = yes";
  if (s.base_dn.empty()) return "ldap-base-dn is not set: where should people be searched?";
  if (s.user_filter.find("{user}") == std::string::npos) return "ldap-user-filter must contain {user}";
  if (!s.group_filter.empty() && s.group_filter.find("{dn}") == std::string::npos)
    return "ldap-group-filter must contain {dn}";
  if (!s.bind_dn.empty() && s.bind_password.empty())
    return "ldap-bind-dn is set but HEALTHCHECK_LDAP_PASSWORD is not (put it in the environment file)";
  return std::nullopt;
}

}  // namespace hc::directory::ldap
