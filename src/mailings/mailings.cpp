#include "mailings/mailings.h"

namespace hc::mailings {

void addMailings(mail::MailSenderOptions& sender, const MailingsOptions& options) {
  // One line per mailing: its writer and, where it has one, its schedule.
  (void)sender;
  (void)options;
}

}  // namespace hc::mailings
