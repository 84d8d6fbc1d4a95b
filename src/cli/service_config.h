// ServiceConfig: the settings a server repeats on every command line, read
// from a configuration file (by default /etc/healthcheck/healthcheck.conf)
// with Poco's PropertyFileConfiguration:
//
//   # /etc/healthcheck/healthcheck.conf
//   db = sqlite:/var/lib/healthcheck/healthcheck.db
//   council = Northshire Council
//   port = 8080
//   uploads = /var/lib/healthcheck/uploads
//   max-upload-mb = 500
//   smtp-host = smtp.northshire.gov.uk
//   mail-from = Northshire health check <healthcheck@northshire.gov.uk>
//
// Precedence, strongest first: the command line (--db, --port, ...), the
// environment (HEALTHCHECK_DB, HEALTHCHECK_SURVEYS, HEALTHCHECK_ASSETS),
// this file, then the built-in defaults. A setting left out, or the
// default file missing altogether, keeps the built-in default.
//
// Thread-safety: a plain value once read; share freely.
#ifndef HC_CLI_SERVICE_CONFIG_H_
#define HC_CLI_SERVICE_CONFIG_H_

#include <optional>
#include <stdexcept>
#include <string>

namespace hc::cli {

struct ServiceConfig {
  std::optional<std::string> db;       // database URL, as --db
  std::optional<std::string> council;  // the council's name, as serve --council
  std::optional<std::string> host;     // serve --host
  std::optional<int> port;             // serve --port, 0 to 65535
  std::optional<std::string> tls_cert;  // serve --tls-cert
  std::optional<std::string> tls_key;   // serve --tls-key
  std::optional<bool> behind_tls_proxy;  // serve --behind-tls-proxy
  std::optional<std::string> surveys;  // folder of survey definitions
  std::optional<std::string> assets;   // govuk-frontend's dist/govuk folder
  std::optional<std::string> base_url;  // serve --base-url: the address staff reach the server at
  // Where the browser's uploads are kept, a folder per upload (serve
  // --uploads); and the largest upload taken, in megabytes (1 to 100000).
  std::optional<std::string> uploads;
  std::optional<int> max_upload_mb;
  // The council's mail relay (mail/mail_settings.h); the password comes
  // from HEALTHCHECK_SMTP_PASSWORD, never from this file.
  std::optional<std::string> smtp_host;
  std::optional<int> smtp_port;
  std::optional<std::string> smtp_tls;  // starttls, tls or none (checked as read)
  std::optional<std::string> smtp_user;
  std::optional<std::string> smtp_ca_file;
  std::optional<std::string> mail_from;
  std::optional<std::string> mail_reply_to;
  std::optional<int> mail_per_minute;
  // Signing in with the council's directory (directory/directory_settings.h,
  // cli/directory_config.h); the LDAP service account's password comes from
  // HEALTHCHECK_LDAP_PASSWORD, never from this file.
  std::optional<std::string> directory_roles;    // the role mapping file (role_mapping.h)
  std::optional<std::string> directory_contact;  // whom a person without access should ask
  std::optional<std::string> local_sign_in;      // admins-only or all (checked as read)
  std::optional<std::string> ldap_url;
  std::optional<std::string> ldap_bind_dn;
  std::optional<std::string> ldap_base_dn;
  std::optional<std::string> ldap_user_filter;
  std::optional<std::string> ldap_group_filter;
  std::optional<std::string> ldap_ca_file;
  std::optional<bool> ldap_starttls;
  std::optional<bool> ldap_allow_plain;  // tests only
  // OpenID Connect (directory/oidc/oidc_settings.h); the secret is HEALTHCHECK_OIDC_CLIENT_SECRET.
  std::optional<std::string> oidc_issuer;
  std::optional<std::string> oidc_client_id;
  std::optional<std::string> oidc_redirect_url;
  std::optional<std::string> oidc_ca_file;
  std::optional<std::string> oidc_scopes;
  std::optional<std::string> oidc_client_auth;  // post (default) or basic
  // Reminders one address may receive for a survey run (0 to 10; default 2).
  std::optional<int> mail_max_reminders;
  // The weekly action digest (mailings/action_digest.h): digest-day
  // (monday..sunday, as 0..6), digest-time (HH:MM, as minutes of the day),
  // both in the server's local time; mail-director, where the copy of the
  // overdue actions goes (else the directors whose username is an address).
  std::optional<int> digest_weekday;
  std::optional<int> digest_minute;
  std::optional<std::string> mail_director;
};

// A configuration file that cannot be used; what() names the file, and for
// a bad setting its line and key ("healthcheck.conf:4: port: 'eighty' is
// not a port number (0 to 65535)").
class ConfigError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Where the configuration is looked for when --config is not given.
inline constexpr const char* kDefaultConfigPath = "/etc/healthcheck/healthcheck.conf";

// Reads the file at `path`. A missing file is an empty configuration when
// `required` is false (the default file) and a ConfigError naming it when
// true (--config). An unknown key or a bad value is a ConfigError naming
// the line and key.
ServiceConfig readServiceConfig(const std::string& path, bool required);

}  // namespace hc::cli

#endif  // HC_CLI_SERVICE_CONFIG_H_
