#include "cli/service_config.h"

#include <Poco/AutoPtr.h>
#include <Poco/Exception.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "ingest/text.h"
#include "mail/mail_settings.h"
#include "mailings/action_digest.h"

namespace hc::cli {
namespace {

const char* const kUnknown =
    "unknown setting (known: db, council, host, port, tls-cert, tls-key, behind-tls-proxy, surveys, assets, base-url, "
    "uploads, max-upload-mb, smtp-host, smtp-port, smtp-tls, smtp-user, smtp-ca-file, mail-from, mail-reply-to, "
    "mail-per-minute, mail-max-reminders, digest-day, digest-time, mail-director, directory-roles, directory-contact, local-sign-in, ldap-url, ldap-bind-dn, ldap-base-dn, "
    "ldap-user-filter, ldap-group-filter, ldap-ca-file, ldap-starttls, ldap-allow-plain, "
    "oidc-issuer, oidc-client-id, oidc-redirect-url, oidc-ca-file, oidc-scopes, oidc-client-auth)";

// The line each key was last set on (Poco's rule too: the last one wins),
// so that a message can point at it. Poco's property files end a key at
// '=' or ':' and take '#' and '!' lines as comments.
std::map<std::string, int> keyLines(const std::string& path) {
  std::map<std::string, int> lines;
  std::ifstream in(path);
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string_view text = ingest::trim(line);
    if (text.empty() || text[0] == '#' || text[0] == '!') continue;
    const size_t end = text.find_first_of("=:");
    lines[std::string(ingest::trim(text.substr(0, end)))] = number;
  }
  return lines;
}

// The setting a key names, for the settings that are plain text.
std::optional<std::string>* textSetting(ServiceConfig& config, const std::string& key) {
  if (key == "db") return &config.db;
  if (key == "council") return &config.council;
  if (key == "host") return &config.host;
  if (key == "tls-cert") return &config.tls_cert;
  if (key == "tls-key") return &config.tls_key;
  if (key == "surveys") return &config.surveys;
  if (key == "assets") return &config.assets;
  if (key == "base-url") return &config.base_url;
  if (key == "uploads") return &config.uploads;
  if (key == "smtp-host") return &config.smtp_host;
  if (key == "smtp-user") return &config.smtp_user;
  if (key == "smtp-ca-file") return &config.smtp_ca_file;
  if (key == "mail-from") return &config.mail_from;
  if (key == "mail-reply-to") return &config.mail_reply_to;
  if (key == "directory-roles") return &config.directory_roles;
  if (key == "directory-contact") return &config.directory_contact;
  if (key == "ldap-url") return &config.ldap_url;
  if (key == "ldap-bind-dn") return &config.ldap_bind_dn;
  if (key == "ldap-base-dn") return &config.ldap_base_dn;
  if (key == "ldap-user-filter") return &config.ldap_user_filter;
  if (key == "ldap-group-filter") return &config.ldap_group_filter;
  if (key == "ldap-ca-file") return &config.ldap_ca_file;
  if (key == "oidc-issuer") return &config.oidc_issuer;
  if (key == "oidc-client-id") return &config.oidc_client_id;
  if (key == "oidc-redirect-url") return &config.oidc_redirect_url;
  if (key == "oidc-ca-file") return &config.oidc_ca_file;
  if (key == "oidc-scopes") return &config.oidc_scopes;
  return nullptr;
}

std::optional<int> parsePort(const std::string& text) {
  if (text.empty() || text.size() > 5 || text.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
  const int port = std::stoi(text);
  if (port > 65535) return std::nullopt;
  return port;
}

std::optional<bool> parseSwitch(const std::string& text) {
  if (text == "true" || text == "yes" || text == "on" || text == "1") return true;
  if (text == "false" || text == "no" || text == "off" || text == "0") return false;
  return std::nullopt;
}

}  // namespace

ServiceConfig readServiceConfig(const std::string& path, bool required) {
  ServiceConfig config;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    if (!required && !std::filesystem::exists(path, ec)) return config;
    throw ConfigError(path + ": cannot read the configuration file: " +
                      (std::filesystem::exists(path, ec) ? "not a file" : "no such file"));
  }
  Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> file;
  try {
    file = new Poco::Util::PropertyFileConfiguration(path);
  } catch (const Poco::Exception& e) {
    throw ConfigError(path + ": cannot read the configuration file: " + e.displayText());
  }
  const std::map<std::string, int> lines = keyLines(path);
  Poco::Util::AbstractConfiguration::Keys keys;
  file->keys(keys);
  for (const std::string& key : keys) {
    const auto at = lines.find(key);
    const std::string line = at == lines.end() ? std::string("?") : std::to_string(at->second);
    const std::string where = path + ":" + line + ": " + key + ": ";
    if (!file->has(key)) throw ConfigError(where + kUnknown);  // "tls.cert": a section, not a setting
    const std::string value(ingest::trim(file->getRawString(key)));
    if (value.empty()) continue;  // "tls-cert =" keeps the default
    if (key == "port") {
      config.port = parsePort(value);
      if (!config.port) throw ConfigError(where + "'" + value + "' is not a port number (0 to 65535)");
    } else if (key == "max-upload-mb") {
      const bool digits = value.size() <= 6 && value.find_first_not_of("0123456789") == std::string::npos;
      const int mb = digits ? std::stoi(value) : 0;
      if (mb < 1 || mb > 100000)
        throw ConfigError(where + "'" + value + "' is not a number of megabytes (1 to 100000)");
      config.max_upload_mb = mb;
    } else if (key == "smtp-port") {
      config.smtp_port = parsePort(value);
      if (!config.smtp_port || *config.smtp_port == 0)
        throw ConfigError(where + "'" + value + "' is not a port number (1 to 65535)");
    } else if (key == "smtp-tls") {
      if (value != "starttls" && value != "tls" && value != "none")
        throw ConfigError(where + "'" + value + "' is not starttls, tls or none");
      config.smtp_tls = value;
    } else if (key == "mail-per-minute") {
      const std::optional<int> n = parsePort(value);  // digits only, at most 5
      if (!n || *n < 1 || *n > 6000) throw ConfigError(where + "'" + value + "' is not 1 to 6000 messages a minute");
      config.mail_per_minute = n;
    } else if (key == "mail-max-reminders") {
      const std::optional<int> n = parsePort(value);  // digits only
      if (!n || *n > 10) throw ConfigError(where + "'" + value + "' is not 0 to 10 reminders");
      config.mail_max_reminders = n;
    } else if (key == "digest-day") {
      config.digest_weekday = mailings::parseWeekday(value);
      if (!config.digest_weekday) throw ConfigError(where + "'" + value + "' is not a day of the week (monday to sunday)");
    } else if (key == "digest-time") {
      config.digest_minute = mailings::parseTimeOfDay(value);
      if (!config.digest_minute) throw ConfigError(where + "'" + value + "' is not a time of day (HH:MM, e.g. 08:00)");
    } else if (key == "mail-director") {
      if (!mail::plausibleAddress(value)) throw ConfigError(where + "'" + value + "' is not an email address");
      config.mail_director = value;
    } else if (key == "behind-tls-proxy") {
      config.behind_tls_proxy = parseSwitch(value);
      if (!config.behind_tls_proxy) throw ConfigError(where + "'" + value + "' is not true or false");
    } else if (key == "local-sign-in") {
      if (value != "admins-only" && value != "all") throw ConfigError(where + "'" + value + "' is not admins-only or all");
      config.local_sign_in = value;
    } else if (key == "ldap-starttls" || key == "ldap-allow-plain") {
      auto& setting = key == "ldap-starttls" ? config.ldap_starttls : config.ldap_allow_plain;
      setting = parseSwitch(value);
      if (!setting) throw ConfigError(where + "'" + value + "' is not yes or no");
    } else if (key == "oidc-client-auth") {
      if (value != "post" && value != "basic") throw ConfigError(where + "'" + value + "' is not post or basic");
      config.oidc_client_auth = value;
    } else if (auto* text = textSetting(config, key)) {
      *text = value;
    } else {
      throw ConfigError(where + kUnknown);
    }
  }
  return config;
}

}  // namespace hc::cli
