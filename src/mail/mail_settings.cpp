#include "mail/mail_settings.h"

namespace hc::mail {

const char* tlsModeName(TlsMode mode) {
  switch (mode) {
    case TlsMode::kStartTls: return "starttls";
    case TlsMode::kImplicit: return "tls";
    case TlsMode::kNone: return "none";
  }
  return "starttls";
}

std::optional<TlsMode> parseTlsMode(std::string_view text) {
  for (TlsMode m : {TlsMode::kStartTls, TlsMode::kImplicit, TlsMode::kNone})
    if (text == tlsModeName(m)) return m;
  if (text == "implicit" || text == "ssl") return TlsMode::kImplicit;
  return std::nullopt;
}

std::string addressOf(std::string_view mailbox) {
  const size_t open = mailbox.rfind('<');
  const size_t close = mailbox.rfind('>');
  if (open != std::string_view::npos && close != std::string_view::npos && close > open)
    mailbox = mailbox.substr(open + 1, close - open - 1);
  while (!mailbox.empty() && (mailbox.front() == ' ' || mailbox.front() == '\t')) mailbox.remove_prefix(1);
  while (!mailbox.empty() && (mailbox.back() == ' ' || mailbox.back() == '\t')) mailbox.remove_suffix(1);
  return std::string(mailbox);
}

bool plausibleAddress(std::string_view address) {
  if (address.size() < 3 || address.size() > 254) return false;
  const size_t at = address.rfind('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size()) return false;
  if (address.substr(at + 1).find('.') == std::string_view::npos) return false;
  for (char c : address) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"' || c == '(' ||
        c == ')' || c == '[' || c == ']' || c == '\\')
      return false;
  }
  return true;
}

std::optional<std::string> settingsProblem(const MailSettings& s) {
  if (!s.configured()) return std::nullopt;
  if (s.port < 1 || s.port > 65535) return "smtp-port must be 1 to 65535";
  if (s.from.empty()) return "mail-from is missing: give the address messages come from";
  if (!plausibleAddress(addressOf(s.from))) return "mail-from is not an email address: '" + s.from + "'";
  if (!s.reply_to.empty() && !plausibleAddress(addressOf(s.reply_to)))
    return "mail-reply-to is not an email address: '" + s.reply_to + "'";
  if (s.tls == TlsMode::kNone && s.host != "127.0.0.1" && s.host != "::1" && s.host != "localhost")
    return "smtp-tls = none is for a relay on this machine only (127.0.0.1): use starttls or tls for " + s.host;
  if (s.tls == TlsMode::kNone && !s.user.empty())
    return "smtp-user needs TLS: a password is never sent in the clear (smtp-tls = starttls or tls)";
  if (!s.user.empty() && s.password.empty()) return "smtp-user is set but HEALTHCHECK_SMTP_PASSWORD is empty";
  if (s.per_minute < 1 || s.per_minute > 6000) return "mail-per-minute must be 1 to 6000";
  return std::nullopt;
}

}  // namespace hc::mail
