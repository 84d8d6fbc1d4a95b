// Mailings: every kind of message the service sends on its own (survey
// invitations and reminders, the members' report, the weekly action
// digests), registered with the background sender in one place, so that
// the web server and `healthcheck mail send` write and schedule them alike.
//
//   mail::MailSenderOptions sender;
//   sender.settings = mail_settings;
//   mailings::addMailings(sender, mailings_options);
//   mail::MailSender mail_sender(db_url, sender);
//
// Each mailing adds a writer (composes its message at send time, so a link
// or a report is made at that moment and never stored in the queue) and,
// where it has times of its own, a schedule (see mail_sender.h).
//
// Thread-safety: addMailings is called once, before the sender starts.
#ifndef HC_MAILINGS_MAILINGS_H_
#define HC_MAILINGS_MAILINGS_H_

#include <chrono>
#include <string>

#include "mail/mail_sender.h"
#include "mailings/action_digest.h"

namespace hc::mailings {

struct MailingsOptions {
  // The database the messages are written from (reports open their own
  // connections to it).
  std::string db_url;
  // The address the service is reached at ("https://healthcheck.northshire.gov.uk"):
  // links in messages start with it. Empty: messages that need a link are
  // given up with a message saying to set base-url.
  std::string base_url;
  // Reminders an address may receive for one survey run, at most.
  int max_reminders = 2;
  // How long the set of unused survey links must stay the same before a
  // reminder batch goes (reminder_batches.h): never less than a minute in
  // service; shorter only in tests.
  std::chrono::seconds reminder_quiet{60};
  // Chromium, for messages that carry a PDF ("" finds it on the PATH).
  std::string chromium;
  // The smallest group whose figures are shown (suppression), as served.
  int min_group_size = 5;
  // The weekly action digest: when (digest-day, digest-time) and where the
  // director's copy goes (mail-director).
  DigestOptions digest;
};

void addMailings(mail::MailSenderOptions& sender, const MailingsOptions& options);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_MAILINGS_H_
