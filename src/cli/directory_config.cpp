#include "cli/directory_config.h"

#include <cstdlib>

namespace hc::cli {

directory::DirectorySettings directorySettingsOf(const ServiceConfig& config) {
  directory::DirectorySettings s;
  s.local_admins_only = config.local_sign_in.value_or("all") == "admins-only";
  if (config.directory_roles) {
    auto parsed = directory::RoleMapping::read(*config.directory_roles);
    if (auto* error = std::get_if<directory::MappingError>(&parsed)) throw ConfigError(error->message);
    auto mapping = std::make_shared<directory::RoleMapping>(std::get<directory::RoleMapping>(std::move(parsed)));
    if (config.directory_contact) mapping->setContact(*config.directory_contact);
    s.roles = std::move(mapping);
  }
  directory::ldap::LdapSettings& l = s.ldap;
  l.url = config.ldap_url.value_or("");
  l.bind_dn = config.ldap_bind_dn.value_or("");
  if (const char* password = std::getenv("HEALTHCHECK_LDAP_PASSWORD")) l.bind_password = password;
  l.base_dn = config.ldap_base_dn.value_or("");
  l.user_filter = config.ldap_user_filter.value_or(l.user_filter);
  l.group_filter = config.ldap_group_filter.value_or("");
  l.ca_file = config.ldap_ca_file.value_or("");
  l.starttls = config.ldap_starttls.value_or(false);
  l.allow_plain = config.ldap_allow_plain.value_or(false);
  if (s.roles) l.team_attribute = s.roles->teamAttribute();
  directory::oidc::OidcSettings& o = s.oidc;
  o.issuer = config.oidc_issuer.value_or("");
  o.client_id = config.oidc_client_id.value_or("");
  o.redirect_url = config.oidc_redirect_url.value_or("");
  o.ca_file = config.oidc_ca_file.value_or("");
  o.scopes = config.oidc_scopes.value_or(o.scopes);
  o.secret_in_basic = config.oidc_client_auth.value_or("post") == "basic";
  if (const char* secret = std::getenv("HEALTHCHECK_OIDC_CLIENT_SECRET")) o.client_secret = secret;
  if (o.configured() && !s.roles)
    throw ConfigError("oidc-issuer is set but directory-roles is not: without a role mapping nobody could sign in");
  if (auto problem = directory::oidc::settingsProblem(o)) throw ConfigError("OpenID Connect settings: " + *problem);
  if (l.configured() && !s.roles)
    throw ConfigError("ldap-url is set but directory-roles is not: without a role mapping nobody could sign in");
  if (auto problem = directory::ldap::settingsProblem(l)) throw ConfigError("LDAP settings: " + *problem);
  return s;
}

}  // namespace hc::cli
