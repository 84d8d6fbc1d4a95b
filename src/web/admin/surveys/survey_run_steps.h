// SurveyRunSteps: the steps of a survey run in the admin area, each the
// same code as its `healthcheck survey` action, each audited
// (survey-change, with what was done), each irreversible one behind a
// confirmation page that says exactly what it does:
//
//   GET  /admin/surveys/links?run=ID[&team=T]  issue links: a team, and how
//   POST /admin/surveys/links                  the CSV of single-use links (a download,
//                                              as `survey invite --csv`), or a page
//                                              with the team's new open link; shown once
//   GET  /admin/surveys/close?run=ID           what closing deletes and stops
//   POST /admin/surveys/close                  closes it
//   GET  /admin/surveys/publish?run=ID         publishing (again) explained
//   POST /admin/surveys/publish                publishes: the /r/ link, shown once
//   GET  /admin/surveys/unpublish?run=ID       taking the page down explained
//   POST /admin/surveys/unpublish              takes it down
//   GET  /admin/surveys/review?run=ID&team=T   a team's excess responses explained
//   POST /admin/surveys/review                 accepts them (`survey review`)
//
// Only a link's hash is stored (surveys/tokens.h), so a link is in one
// response only. All admin only (access_tag::kAdmin), CSRF on every POST.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_ADMIN_SURVEYS_SURVEY_RUN_STEPS_H_
#define HC_WEB_ADMIN_SURVEYS_SURVEY_RUN_STEPS_H_

#include <string>

#include "surveys/survey_runs.h"
#include "web/admin/surveys/survey_admin_context.h"
#include "web/http/router.h"

namespace hc::web::admin {

class SurveyRunSteps {
 public:
  explicit SurveyRunSteps(const SurveyAdminContext& context) : context_(context) {}

  void addRoutes(http::Router& router);

 private:
  struct LinksForm {
    std::string team, how = "links", count;
    std::string team_error, how_error, count_error;
  };
  http::Response linksForm(http::Request& request, const LinksForm& values) const;
  http::Response issueLinks(http::Request& request) const;
  http::Response confirmClose(http::Request& request) const;
  http::Response close(http::Request& request) const;
  http::Response confirmPublish(http::Request& request, bool publish) const;
  http::Response publish(http::Request& request) const;
  http::Response unpublish(http::Request& request) const;
  http::Response confirmReview(http::Request& request) const;
  http::Response review(http::Request& request) const;

  // A confirmation page: what the step does, and a form posting `action`
  // with the run (and team) and a button of `button` text.
  http::Response confirmation(http::Request& request, const surveys::SurveyRun& run, const std::string& title,
                              const html::Html& body, const std::string& action, const std::string& button,
                              bool warning, const std::string& team = "") const;
  // The run's status page again with a banner, after a step that shows nothing once.
  http::Response done(const std::string& run_id, const std::string& what) const;
  // A step the run's state refuses (surveys::SurveyRunError's words).
  http::Response refused(http::Request& request, const std::string& run_id, const std::string& why) const;

  const SurveyAdminContext& context_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_SURVEYS_SURVEY_RUN_STEPS_H_
