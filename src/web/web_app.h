// WebApp: the health check's web application assembled from its parts: a
// connection pool, the survey catalogue, the page layout, CSRF protection,
// the static stylesheets and every page set with its routes (the survey
// form, the published survey results, sign-in and accounts, the actions and
// the directors' dashboard), behind the sign-in filter. `healthcheck serve`
// fills WebAppOptions and runs one in a WebServer; tests call handle()
// directly, without a socket.
//
// A new page set is a member built here from options(), layout() and
// csrf(), its routes added to the router with an access tag (access/user.h)
// that the sign-in filter checks against the signed-in user.
//
// Thread-safety: configure before serving; handle() is then thread-safe.
#ifndef HC_WEB_WEB_APP_H_
#define HC_WEB_WEB_APP_H_

#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "directory/directory_settings.h"
#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "surveys/survey_catalogue.h"
#include "web/account/auth_filter.h"
#include "web/admin/account_pages.h"
#include "web/admin/admin_home.h"
#include "web/admin/surveys/survey_admin_pages.h"
#include "web/admin/surveys/survey_run_steps.h"
#include "web/admin/surveys/survey_email_pages.h"
#include "web/admin/audit_pages.h"
#include "web/admin/settings_pages.h"
#include "web/admin/imports/import_pages.h"
#include "web/admin/mail_pages.h"
#include "web/admin/directory/directory_pages.h"
#include "web/admin/report_mail_pages.h"
#include "web/admin/digest_pages.h"
#include "mail/mail_sender.h"
#include "mailings/mailings.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/account/login_pages.h"
#include "web/account/oidc_pages.h"
#include "web/account/password_pages.h"
#include "web/dashboard/action_pages.h"
#include "web/dashboard/dashboard_pages.h"
#include "web/dashboard/dashboard_warmer.h"
#include "web/view/error_pages.h"
#include "web/view/page_layout.h"
#include "web/http/router.h"
#include "web/http/static_files.h"
#include "web/survey/staff_results_page.h"
#include "web/survey/survey_pages.h"
#include "web/survey/survey_views.h"

namespace hc::web {

struct WebAppOptions {
  std::string db_url;
  std::string surveys_folder = surveys::SurveyCatalogue::defaultFolder();
  std::string assets_folder = http::StaticFiles::defaultFolder();
  std::string council_name = "Your council";
  std::string service_name = "Social work health check";
  std::string csrf_secret;  // empty: random per process
  size_t max_idle_connections = 32;
  // Session cookies marked Secure: set when served over TLS, directly or
  // behind a reverse proxy that terminates it.
  bool secure_cookies = false;
  // The address staff reach the server at ("https://hc.council.example"),
  // for the survey and results links the admin area shows; empty: taken
  // from each request's Host.
  std::string base_url;
  // The figures' rules: the ratings' limits, the smallest group whose
  // figures are shown (the dashboard and the published survey results) and
  // caseload_over_limit's limit in cases per FTE. What a fresh database
  // starts from: those the database holds (set at /admin/settings) win
  // (load/figure_settings.h; startNote() says which applied).
  metrics::Thresholds thresholds = metrics::Thresholds::defaults();
  int min_group_size = metrics::HealthCheckOptions{}.min_group_size;
  double caseload_limit = metrics::HealthCheckOptions{}.caseload_limit;
  // The overview's default view is computed in the background at start and
  // again this long after an import (dashboard_warmer.h); zero: only when
  // asked for (tests).
  std::chrono::milliseconds warm_every{0};
  // The browser's uploads (web/admin/imports/): a folder per upload, and
  // the largest upload taken (WebServerOptions::max_upload_bytes).
  std::string uploads_folder = "uploads";
  uint64_t max_upload_mb = 500;
  // The council's mail relay; not configured (no host): nothing is sent and
  // the admin's mail page says so. With one, the server sends the queue in
  // the background (mail/mail_sender.h).
  mail::MailSettings mail;
  // The messages sent on their own (mailings/mailings.h): base_url and
  // min_group_size above are copied in; the rest (max reminders, Chromium)
  // as configured.
  mailings::MailingsOptions mailings;
  // Signing in with the council's directory (LDAP, OpenID Connect); no
  // role mapping: local passwords only.
  directory::DirectorySettings directory;
  // Hears of a failed background load, once per failure; null: not told.
  std::function<void(const std::string&)> log;
};

class WebApp {
 public:
  // Loads the surveys and stylesheets (throwing if either is missing or
  // invalid) and brings the database schema up to date.
  explicit WebApp(const WebAppOptions& options);

  http::Router& router() { return router_; }
  const http::Router& router() const { return router_; }
  http::DatabasePool& pool() { return pool_; }
  const view::PageLayout& layout() const { return layout_; }
  const http::CsrfProtection& csrf() const { return csrf_; }
  const surveys::SurveyCatalogue& catalogue() const { return catalogue_; }
  // What became of the options' thresholds, group size and caseload limit
  // at start, for serve to say (load::seedFigureSettings); "" for nothing.
  const std::string& startNote() const { return start_note_; }

  // The page for an upload above max_upload_mb, which the server sends
  // without reading the body (WebServerOptions::upload_too_large).
  http::Response uploadTooLarge() const { return imports_.tooLarge(); }
  admin::ImportPages& imports() { return imports_; }

  // Whether an upload may be read, from its head alone
  // (WebServerOptions::vet_upload): only to a route that takes uploads
  // from someone signed in whom its role admits; else the page saying why
  // (404, 403, the sign-in page's redirect, or 413 for a public route).
  std::optional<http::Response> vetUpload(http::Request& request);

  // Dispatches one request in-process (tests). Security headers are added
  // by WebServer, not here.
  http::Response handle(http::Request& request) const;

 private:
  http::DatabasePool pool_;
  surveys::SurveyCatalogue catalogue_;
  view::PageLayout layout_;
  http::CsrfProtection csrf_;
  view::ErrorPages error_pages_;  // 404, 405, 500, 503 (router) and the filter's 403
  http::StaticFiles static_files_;
  survey::SurveyViews views_;
  survey::SurveyPages survey_pages_;
  account::AuthFilter auth_filter_;  // sign-in and roles for every non-public route
  account::LoginPages login_pages_;
  account::OidcPages oidc_pages_;  // "Sign in with your council account" (OpenID Connect)
  account::PasswordPages password_pages_;  // set-password links, your own password
  dashboard::ActionPages action_pages_;
  survey::StaffResultsPage staff_results_;
  dashboard::DashboardPages dashboard_;
  admin::AdminHome admin_home_;  // the admin area (web/admin/), one page set a member
  admin::SurveyAdminContext survey_admin_;  // /admin/surveys: the runs, then each run's steps
  admin::SurveyAdminPages survey_runs_;
  admin::SurveyRunSteps survey_steps_;
  admin::SurveyEmailPages survey_email_;  // a run's invitations by email and reminders
  admin::AccountPages account_pages_;
  admin::SettingsPages settings_pages_;
  admin::AuditPages audit_pages_;
  std::string start_note_;
  admin::ImportPages imports_;
  admin::MailPages mail_pages_;
  admin::DirectoryPages directory_pages_;  // /admin/directories: council sign-in, its tests
  admin::ReportMailPages report_mail_pages_;  // /admin/report-mail
  admin::DigestPages digest_pages_;  // /admin/digests: the weekly action digest
  http::Router router_;
  std::unique_ptr<mail::MailSender> mail_sender_;  // null when mail is not set up
  // Last: stopped before the dashboard whose cache it fills.
  std::unique_ptr<dashboard::DashboardWarmer> warmer_;
};

}  // namespace hc::web

#endif  // HC_WEB_WEB_APP_H_
