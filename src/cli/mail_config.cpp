#include "cli/mail_config.h"

#include <cstdlib>

namespace hc::cli {

mail::MailSettings mailSettingsOf(const ServiceConfig& config) {
  mail::MailSettings s;
  s.host = config.smtp_host.value_or("");
  s.tls = mail::parseTlsMode(config.smtp_tls.value_or("starttls")).value_or(mail::TlsMode::kStartTls);
  s.port = config.smtp_port.value_or(s.tls == mail::TlsMode::kImplicit ? 465 : s.tls == mail::TlsMode::kNone ? 25 : 587);
  s.user = config.smtp_user.value_or("");
  if (const char* password = std::getenv("HEALTHCHECK_SMTP_PASSWORD")) s.password = password;
  s.ca_file = config.smtp_ca_file.value_or("");
  s.from = config.mail_from.value_or("");
  s.reply_to = config.mail_reply_to.value_or("");
  s.per_minute = config.mail_per_minute.value_or(60);
  return s;
}

mailings::MailingsOptions mailingsOptionsOf(const ServiceConfig& config) {
  mailings::MailingsOptions m;
  m.base_url = config.base_url.value_or("");
  m.digest.schedule.weekday = config.digest_weekday.value_or(m.digest.schedule.weekday);
  m.digest.schedule.minute_of_day = config.digest_minute.value_or(m.digest.schedule.minute_of_day);
  m.digest.director_address = config.mail_director.value_or("");
  return m;
}

}  // namespace hc::cli
