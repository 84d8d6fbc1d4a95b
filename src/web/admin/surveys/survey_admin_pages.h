// SurveyAdminPages: the admin area's survey runs: the list of runs, the
// form that opens one (the checks of `healthcheck survey open`,
// surveys/run_opening.h) and a run's status page (per team: links issued
// and used, responses, response rate, the teams too small ever to be shown,
// as the dashboard's survey page shows them), from which each step of the
// run (survey_run_steps.h) is reached.
//
//   GET  /admin/surveys              the runs, open and closed
//   GET  /admin/surveys/open         the "Open a survey" form
//   POST /admin/surveys/open         opens the run (audited), or the form with its errors
//   GET  /admin/surveys/run?run=ID   the run's status and next steps
//
// All admin only (access_tag::kAdmin); the sign-in filter checks every
// POST's CSRF token.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_SURVEYS_SURVEY_ADMIN_PAGES_H_
#define HC_WEB_ADMIN_SURVEYS_SURVEY_ADMIN_PAGES_H_

#include "surveys/run_opening.h"
#include "web/admin/surveys/survey_admin_context.h"
#include "web/http/router.h"

namespace hc::web::admin {

class SurveyAdminPages {
 public:
  explicit SurveyAdminPages(const SurveyAdminContext& context) : context_(context) {}

  void addRoutes(http::Router& router);

 private:
  http::Response list(http::Request& request) const;
  http::Response openForm(http::Request& request, const surveys::RunOpening& values,
                          const std::vector<surveys::OpeningProblem>& problems) const;
  http::Response open(http::Request& request) const;
  http::Response status(http::Request& request) const;

  const SurveyAdminContext& context_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_SURVEYS_SURVEY_ADMIN_PAGES_H_
