// SurveyPages: the staff survey form's routes, all public (a link is its
// own authority) and all answering with no-store pages:
//
//   GET  /s/{token}          start page (or where to carry on)
//   GET  /s/{token}/{n}      section n of N
//   POST /s/{token}/{n}      saves section n's answers, then the next page
//   GET  /s/{token}/check    check your answers
//   POST /s/{token}/check    stores the response; the link is then used up
//   GET  /o/{token}          a team's open link: a start page...
//   POST /o/{token}          ...whose button makes a single-use link of one's own
//                            (remembered in a cookie for that open link: a
//                            browser that answered is told so, one that
//                            started is sent back to its link; at most
//                            kOpenLinkStartsPerAddressHour starts per address)
//   GET  /thank-you
//
// Every POST is CSRF-checked (scope: the link). A used, unknown or closed
// link gets a plain page saying so, never an error code's jargon.
//
// Speed: a page is one query (the link with its draft); a save or a
// submission is one transaction, and only that transaction waits in line
// for SQLite's one writer (DatabasePool::writeLock).
//
// Thread-safety: handlers run concurrently; each borrows its own database
// connection from the pool; everything else they use is immutable.
#ifndef HC_WEB_SURVEY_SURVEY_PAGES_H_
#define HC_WEB_SURVEY_SURVEY_PAGES_H_

#include <optional>
#include <string>

#include "surveys/open_link_limit.h"
#include "surveys/response_store.h"
#include "surveys/survey_catalogue.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/survey/survey_views.h"

namespace hc::web::survey {

class SurveyPages {
 public:
  SurveyPages(http::DatabasePool& pool, const surveys::SurveyCatalogue& catalogue, const SurveyViews& views,
              const http::CsrfProtection& csrf, bool secure_cookies = false)
      : pool_(pool), catalogue_(catalogue), views_(views), csrf_(csrf), secure_cookies_(secure_cookies) {}

  void addRoutes(http::Router& router);

 private:
  // A usable link and its survey (and with `draft`, its answers so far), or
  // the response to send instead.
  struct Opened {
    surveys::Link link;
    const surveys::SurveyDefinition* survey = nullptr;
    std::string base;  // "/s/<token>"
    std::optional<http::Response> problem;
  };
  // The page for a link that cannot be used, naming the survey contact of
  // `run_id` (or the latest one: surveys/survey_publication.h), with its
  // status: 404 for an unknown link, 410 for a used or closed one.
  http::Response linkProblem(surveys::LinkState state, const std::string& run_id) const;
  // The smallest group whose results are shown, as set at /admin/settings.
  int groupSize(store::Database& db) const;
  Opened openLink(surveys::ResponseStore& store, const http::Request& request, surveys::Answers* draft = nullptr) const;
  http::Response csrfFailure(const std::string& back) const;

  http::Response start(http::Request& request);
  http::Response section(http::Request& request);
  http::Response saveSection(http::Request& request);
  http::Response check(http::Request& request);
  http::Response submit(http::Request& request);
  http::Response openStart(http::Request& request);
  http::Response openBegin(http::Request& request);
  // Where this browser's earlier start from the open link leads (already
  // answered, or carry on), or nullopt for none.
  std::optional<http::Response> earlierStart(surveys::ResponseStore& store, const http::Request& request) const;

  http::DatabasePool& pool_;
  const surveys::SurveyCatalogue& catalogue_;
  const SurveyViews& views_;
  const http::CsrfProtection& csrf_;
  bool secure_cookies_;
  surveys::OpenLinkLimit open_starts_;
};

}  // namespace hc::web::survey

#endif  // HC_WEB_SURVEY_SURVEY_PAGES_H_
