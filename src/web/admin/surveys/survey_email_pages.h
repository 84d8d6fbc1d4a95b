// SurveyEmailPages: a survey run's invitations by email in the admin area
// (mailings/survey_invitation_mail.h, mailings/reminder_batches.h), the
// same as `healthcheck survey invite --emails` and `survey remind`:
//
//   GET  /admin/surveys/email?run=ID   per team: addresses invited, invitations sent,
//                                      reminders; the reminder batches; the two forms
//   POST /admin/surveys/email/invite   a team's addresses, pasted or as a file (one a
//                                      line): every wrong line named, else queued
//   POST /admin/surveys/email/remind   a reminder batch, now or at a date and time
//
// The pages show counts only, never an address or which address has used
// its link; the audit records counts only. Admin only (access_tag::kAdmin),
// CSRF on every POST (the sign-in filter).
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_SURVEYS_SURVEY_EMAIL_PAGES_H_
#define HC_WEB_ADMIN_SURVEYS_SURVEY_EMAIL_PAGES_H_

#include <functional>
#include <string>
#include <vector>

#include "web/admin/surveys/survey_admin_context.h"
#include "web/http/router.h"
#include "web/view/govuk_form.h"

namespace hc::web::admin {

class SurveyEmailPages {
 public:
  // `wake_sender` tells the background sender that messages were queued.
  SurveyEmailPages(const SurveyAdminContext& context, std::function<void()> wake_sender)
      : context_(context), wake_sender_(std::move(wake_sender)) {}

  void addRoutes(http::Router& router);

 private:
  struct Values {
    std::string team, addresses, when = "now", date, time;
  };
  http::Response page(http::Request& request, const Values& values,
                      const std::vector<view::govuk::FieldError>& errors) const;
  http::Response invite(http::Request& request) const;
  http::Response remind(http::Request& request) const;

  const SurveyAdminContext& context_;
  std::function<void()> wake_sender_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_SURVEYS_SURVEY_EMAIL_PAGES_H_
