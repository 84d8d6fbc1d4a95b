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
#ifndef HC_WEB_SURVEY_PAGES_H_
#define HC_WEB_SURVEY_PAGES_H_

#include <optional>
#include <string>

#include "surveys/response_store.h"
#include "surveys/survey_catalogue.h"
#include "web/csrf.h"
#include "web/database_pool.h"
#include "web/router.h"
#include "web/survey_views.h"

namespace hc::web {

class SurveyPages {
 public:
  SurveyPages(DatabasePool& pool, const surveys::SurveyCatalogue& catalogue, const SurveyViews& views,
              const CsrfProtection& csrf)
      : pool_(pool), catalogue_(catalogue), views_(views), csrf_(csrf) {}

  void addRoutes(Router& router);

 private:
  // A usable link and its survey (and with `draft`, its answers so far), or
  // the response to send instead.
  struct Opened {
    surveys::Link link;
    const surveys::SurveyDefinition* survey = nullptr;
    std::string base;  // "/s/<token>"
    std::optional<Response> problem;
  };
  Opened openLink(surveys::ResponseStore& store, const Request& request, surveys::Answers* draft = nullptr) const;
  Response csrfFailure(const std::string& back) const;

  Response start(Request& request);
  Response section(Request& request);
  Response saveSection(Request& request);
  Response check(Request& request);
  Response submit(Request& request);
  Response openStart(Request& request);
  Response openBegin(Request& request);

  DatabasePool& pool_;
  const surveys::SurveyCatalogue& catalogue_;
  const SurveyViews& views_;
  const CsrfProtection& csrf_;
};

}  // namespace hc::web

#endif  // HC_WEB_SURVEY_PAGES_H_
