// MailSettings: how the health check reaches the council's mail relay, as
// healthcheck.conf gives it (smtp-host, smtp-port, smtp-tls, smtp-user,
// smtp-ca-file, mail-from, mail-reply-to, mail-per-minute) with the
// password from the environment (HEALTHCHECK_SMTP_PASSWORD), as the
// database's password is.
//
//   smtp-host = smtp.northshire.gov.uk
//   smtp-port = 587
//   smtp-tls  = starttls          # starttls | tls (implicit, port 465) | none
//   smtp-user = healthcheck@northshire.gov.uk
//   mail-from = Northshire health check <healthcheck@northshire.gov.uk>
//
// Thread-safety: a plain value.
#ifndef HC_MAIL_MAIL_SETTINGS_H_
#define HC_MAIL_MAIL_SETTINGS_H_

#include <optional>
#include <string>
#include <string_view>

namespace hc::mail {

enum class TlsMode {
  kStartTls,  // connect in plain, then STARTTLS before anything else (port 587)
  kImplicit,  // TLS from the first byte (port 465)
  kNone,      // no TLS: a relay on this machine only (127.0.0.1, ::1, localhost)
};

const char* tlsModeName(TlsMode mode);  // "starttls", "tls", "none"
std::optional<TlsMode> parseTlsMode(std::string_view text);

struct MailSettings {
  std::string host;        // empty: mail is not configured, nothing is sent
  int port = 587;
  TlsMode tls = TlsMode::kStartTls;
  std::string user;        // empty: no authentication
  std::string password;    // HEALTHCHECK_SMTP_PASSWORD
  std::string ca_file;     // PEM file of the CAs that sign the relay's certificate; empty: the system's
  std::string from;        // "Name <address>" or "address"
  std::string reply_to;    // empty: none
  int per_minute = 60;     // the background sender's ceiling

  bool configured() const { return !host.empty(); }
};

// Why these settings cannot be used ("mail-from is not an email address:
// 'workforce team'"), or nullopt when they can. Not configured is fine.
std::optional<std::string> settingsProblem(const MailSettings& settings);

// The address part of "Name <address>" (or the whole text), trimmed.
std::string addressOf(std::string_view mailbox);

// True when `address` looks like one mailbox: local@domain, no spaces,
// brackets, commas or control characters, 3 to 254 bytes.
bool plausibleAddress(std::string_view address);

}  // namespace hc::mail

#endif  // HC_MAIL_MAIL_SETTINGS_H_
