#include "mailings/mailings.h"

#include "mailings/survey_invitation_mail.h"

namespace hc::mailings {

void addMailings(mail::MailSenderOptions& sender, const MailingsOptions& options) {
  // One line per mailing: its writer and, where it has one, its schedule.
  addSurveyInvitationMail(sender, options);  // survey invitations, reminders and their batches
}

}  // namespace hc::mailings
