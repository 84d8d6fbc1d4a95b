#include "mailings/mailings.h"

#include "mailings/survey_invitation_mail.h"
#include "mailings/members_report_mail.h"
#include "mailings/action_digest_mail.h"

namespace hc::mailings {

void addMailings(mail::MailSenderOptions& sender, const MailingsOptions& options) {
  // One line per mailing: its writer and, where it has one, its schedule.
  addSurveyInvitationMail(sender, options);  // survey invitations, reminders and their batches
  addMembersReportMail(sender, {options.db_url, options.base_url, options.chromium, options.min_group_size});
  addActionDigest(sender, options.base_url, options.digest);
}

}  // namespace hc::mailings
