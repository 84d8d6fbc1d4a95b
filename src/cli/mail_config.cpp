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

mailings::MailingsOptions mailingsOptionsOf(const ServiceConfig& config,
                                            const std::function<void(const std::string&)>& log) {
  mailings::MailingsOptions o;
  o.base_url = config.base_url.value_or("");
  o.max_reminders = config.mail_max_reminders.value_or(2);
  o.digest.schedule.weekday = config.digest_weekday.value_or(o.digest.schedule.weekday);
  o.digest.schedule.minute_of_day = config.digest_minute.value_or(o.digest.schedule.minute_of_day);
  o.digest.director_address = config.mail_director.value_or("");
  if (const char* quiet = std::getenv("HEALTHCHECK_TEST_REMINDER_QUIET_SECONDS")) {
    const std::string text = quiet;
    if (!text.empty() && text.size() < 4 && text.find_first_not_of("0123456789") == std::string::npos) {
      o.reminder_quiet = std::chrono::seconds(std::stoi(text));
      if (log)
        log("warning: HEALTHCHECK_TEST_REMINDER_QUIET_SECONDS=" + text +
            ": reminder batches wait " + text + " s after a change instead of 60 s (for tests only)");
    }
  }
  return o;
}

}  // namespace hc::cli
