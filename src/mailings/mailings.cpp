#include "mailings/mailings.h"

#include "mailings/action_digest_mail.h"

namespace hc::mailings {

void addMailings(mail::MailSenderOptions& sender, const MailingsOptions& options) {
  // One line per mailing: its writer and, where it has one, its schedule.
  addActionDigest(sender, options.base_url, options.digest);
}

}  // namespace hc::mailings
