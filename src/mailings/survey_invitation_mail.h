// Survey invitations and reminders by email (README "Survey invitations by
// email"): queuing an invitation for each address an admin gives, and the
// two writers that compose them at sending time, when each message's
// single-use link is made (surveys/email_invitations.h: only its hash is
// kept, never in the queue). A reminder carries a new link that replaces
// the earlier one (answers saved on it move across).
//
//   auto out = inviteByEmail(db, "health-check-2026-Q3", "T0001", list.addresses, "admin", nowSeconds());
//   // out.queued messages in the mail queue; out.already addresses invited before, not again
//
// The words say who runs the survey, that answers are anonymous and what
// that means, the closing date and the contact, and carry the link; no
// images, nothing that tracks the reader (mail/letter.h).
//
// Thread-safety: functions over the Database given, one thread at a time.
#ifndef HC_MAILINGS_SURVEY_INVITATION_MAIL_H_
#define HC_MAILINGS_SURVEY_INVITATION_MAIL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "mail/letter.h"
#include "mail/mail_sender.h"
#include "mailings/mailings.h"
#include "store/database.h"

namespace hc::mailings {

struct EmailInviteOutcome {
  int64_t queued = 0;   // new addresses: one invitation each, queued
  int64_t already = 0;  // addresses the run had already: nothing sent again
};

// Queues an invitation for each of `addresses` (checked and lower-cased:
// address_list.h) for a team of an open run, in one transaction. Throws
// surveys::SurveyRunError for an unknown or closed run or a team not in it.
EmailInviteOutcome inviteByEmail(store::Database& db, const std::string& run_id, const std::string& team_id,
                                 const std::vector<std::string>& addresses, const std::string& queued_by,
                                 int64_t now);

// What a message says, given who runs the survey and the run.
struct SurveyLetterFacts {
  std::string council;
  std::string survey;  // "Social work health check 2026-Q3"
  std::optional<Date> closes_on;
  std::string contact;  // "" for none
  int min_group_size = 5;
  std::string link;
};
mail::Letter invitationLetter(const SurveyLetterFacts& facts);
mail::Letter reminderLetter(const SurveyLetterFacts& facts);
std::string invitationSubject(const std::string& survey);
std::string reminderSubject(const std::string& survey);

// Registers the "invitation" and "reminder" writers and the reminder
// batches' schedule (reminder_batches.h).
void addSurveyInvitationMail(mail::MailSenderOptions& sender, const MailingsOptions& options);

}  // namespace hc::mailings

#endif  // HC_MAILINGS_SURVEY_INVITATION_MAIL_H_
