// WebApp: the health check's web application assembled from its parts: a
// connection pool, the survey catalogue, the page layout, CSRF protection,
// the static stylesheets and the routes. `healthcheck serve` runs one in a
// WebServer; tests call handle() directly, without a socket.
//
// Extending it (the directors' dashboard, sign-in and roles): add routes to
// router() with an access tag other than "public", and install a request
// filter with router().setFilter() that checks the tag against the signed-in
// user (setting request.attributes for the handlers), before serving.
// Pages use layout() and csrf() as the survey form does.
//
// Thread-safety: configure before serving; handle() is then thread-safe.
#ifndef HC_WEB_WEB_APP_H_
#define HC_WEB_WEB_APP_H_

#include <memory>
#include <string>

#include "surveys/survey_catalogue.h"
#include "web/action_pages.h"
#include "web/auth_filter.h"
#include "web/csrf.h"
#include "web/database_pool.h"
#include "web/login_pages.h"
#include "web/page_layout.h"
#include "web/router.h"
#include "web/staff_results_page.h"
#include "web/static_files.h"
#include "web/survey_pages.h"
#include "web/survey_views.h"

namespace hc::web {

struct WebAppOptions {
  std::string db_url;
  std::string surveys_folder = surveys::SurveyCatalogue::defaultFolder();
  std::string assets_folder = StaticFiles::defaultFolder();
  std::string council_name = "Your council";
  std::string service_name = "Social work health check";
  std::string csrf_secret;  // empty: random per process
  size_t max_idle_connections = 32;
  // Session cookies marked Secure: set when served over TLS, directly or
  // behind a reverse proxy that terminates it.
  bool secure_cookies = false;
};

class WebApp {
 public:
  // Loads the surveys and stylesheets (throwing if either is missing or
  // invalid) and brings the database schema up to date.
  explicit WebApp(const WebAppOptions& options);

  Router& router() { return router_; }
  const Router& router() const { return router_; }
  DatabasePool& pool() { return pool_; }
  const PageLayout& layout() const { return layout_; }
  const CsrfProtection& csrf() const { return csrf_; }
  const surveys::SurveyCatalogue& catalogue() const { return catalogue_; }

  // Dispatches one request in-process (tests). Security headers are added
  // by WebServer, not here.
  Response handle(Request& request) const;

 private:
  DatabasePool pool_;
  surveys::SurveyCatalogue catalogue_;
  PageLayout layout_;
  CsrfProtection csrf_;
  StaticFiles static_files_;
  SurveyViews views_;
  SurveyPages survey_pages_;
  AuthFilter auth_filter_;  // sign-in and roles for every non-public route
  LoginPages login_pages_;
  ActionPages action_pages_;
  StaffResultsPage staff_results_;
  Router router_;
};

}  // namespace hc::web

#endif  // HC_WEB_WEB_APP_H_
