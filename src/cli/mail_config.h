// The mail settings of healthcheck.conf (service_config.h) as the mail
// component takes them, with the relay's password from the environment
// (HEALTHCHECK_SMTP_PASSWORD, as HEALTHCHECK_DB_PASSWORD for the database)
// and the port following smtp-tls when none is given (587 for starttls,
// 465 for tls, 25 for none).
//
// Thread-safety: reads the environment; call before starting threads.
#ifndef HC_CLI_MAIL_CONFIG_H_
#define HC_CLI_MAIL_CONFIG_H_

#include <functional>
#include <string>

#include "cli/service_config.h"
#include "mail/mail_settings.h"
#include "mailings/mailings.h"

namespace hc::cli {

mail::MailSettings mailSettingsOf(const ServiceConfig& config);

// What the messages sent on their own need of the configuration (base-url,
// mail-max-reminders; digest-day, digest-time, mail-director), as serve,
// `mail send` and `action digest` take them alike. The reminders' quiet
// window is a minute; HEALTHCHECK_TEST_REMINDER_QUIET_SECONDS shortens it
// for the browser tests only (a warning says so in `log`).
mailings::MailingsOptions mailingsOptionsOf(const ServiceConfig& config,
                                            const std::function<void(const std::string&)>& log = {});

}  // namespace hc::cli

#endif  // HC_CLI_MAIL_CONFIG_H_
