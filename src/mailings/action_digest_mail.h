// The weekly digest's message (action_digest.h), written when it is sent
// from the actions as they are at that moment: to an owner, their open
// actions overdue or due in the next 14 days; to the director, every
// overdue action. Each action with its team, area (and metric), what will
// be done, due date, status and a link to its page (base_url +
// /dashboard/actions/ID). A digest with nothing left to list (done or
// moved since it was queued) is given up with the reason, not sent.
//
//   addActionDigest(sender, options.base_url, options.digest);   // in mailings.cpp
//
// Thread-safety: the writer is called on the sender's thread only.
#ifndef HC_MAILINGS_ACTION_DIGEST_MAIL_H_
#define HC_MAILINGS_ACTION_DIGEST_MAIL_H_

#include <string>
#include <variant>

#include "core/date.h"
#include "mail/mail_sender.h"
#include "mailings/action_digest.h"

namespace hc::mailings {

// The message for queued row `mail` (ref "<week> owner" or "<week>
// director"), its actions judged on `today`; or why it cannot be written.
std::variant<mail::OutgoingMail, std::string> writeActionDigest(store::Database& db, const mail::QueuedMail& mail,
                                                                const std::string& base_url, Date today);

// writeActionDigest with today's local date, as the sender calls it.
mail::MailWriter actionDigestWriter(std::string base_url);

// Registers the writer and the weekly schedule (runDigestSchedule, whose
// failures go to sender.log: set it first) with the sender.
void addActionDigest(mail::MailSenderOptions& sender, const std::string& base_url, const DigestOptions& options);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_ACTION_DIGEST_MAIL_H_
