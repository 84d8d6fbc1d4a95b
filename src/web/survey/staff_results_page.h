// StaffResultsPage: a closed survey run's results given back to the staff
// who answered it, at the unguessable link `healthcheck survey publish RUN`
// prints (GET /r/{token}, access tag "public": no account needed; the
// server's usual security headers apply, and X-Robots-Tag keeps it out of
// search engines).
//
// The page shows published figures only: response rates, the council's
// area scores with their red/amber/green rating, each question's answers
// (suppressed below the minimum group size, as everywhere), never comments;
// then "You said, we did": the actions agreed for each area the survey
// scores, with owner, due date and status. An unknown or unpublished token
// gets the site's 404, the page any unknown address gets: it says nothing
// about which runs exist.
//
// Thread-safety: handlers run concurrently, each borrowing a connection.
#ifndef HC_WEB_SURVEY_STAFF_RESULTS_PAGE_H_
#define HC_WEB_SURVEY_STAFF_RESULTS_PAGE_H_

#include <string>
#include <vector>

#include "core/action.h"
#include "html/html.h"
#include "surveys/period_surveys.h"
#include "surveys/survey_catalogue.h"
#include "web/http/database_pool.h"
#include "web/view/error_pages.h"
#include "web/view/page_layout.h"
#include "web/http/router.h"

namespace hc::web::survey {

// The contents of <main> for one run (council scope of `data.runs[run]`)
// and the actions of any scope; pure, for tests.
html::Html staffResultsHtml(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run,
                            const std::vector<Action>& actions, Date today);

class StaffResultsPage {
 public:
  // `errors`: the site's 404, answered for a token that is not published
  // so that it reads as any other unknown address.
  StaffResultsPage(http::DatabasePool& pool, const view::PageLayout& layout, const view::ErrorPages& errors,
                   const surveys::SurveyCatalogue& catalogue, int min_group_size = 5)
      : pool_(pool), layout_(layout), errors_(errors), catalogue_(catalogue), min_group_size_(min_group_size) {}

  void addRoutes(http::Router& router);

 private:
  http::Response serve(http::Request& request);

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const view::ErrorPages& errors_;
  const surveys::SurveyCatalogue& catalogue_;
  int min_group_size_;
};

}  // namespace hc::web::survey

#endif  // HC_WEB_SURVEY_STAFF_RESULTS_PAGE_H_
