#include "web/web_app.h"

#include "web/view/govuk_content.h"
#include "access/access_scope.h"
#include "load/figure_settings.h"
#include "store/schema.h"

namespace hc::web {
namespace {

dashboard::DashboardOptions dashboardOptions(const WebAppOptions& options, const surveys::SurveyCatalogue& catalogue) {
  dashboard::DashboardOptions d;
  d.db_url = options.db_url;
  d.thresholds = options.thresholds;
  d.figures.council_name = options.council_name;
  d.figures.min_group_size = options.min_group_size;
  d.figures.caseload_limit = options.caseload_limit;
  d.surveys = &catalogue;  // the survey page's question wording
  return d;
}

// The group sizes staff are told on the survey form: those results use.
surveys::ResultsOptions surveyPrivacy(const WebAppOptions& options) {
  surveys::ResultsOptions r;
  r.min_group_size = options.min_group_size;
  return r;
}

load::FigureSettings figureSettings(const WebAppOptions& options) {
  return load::FigureSettings{options.thresholds, options.min_group_size, options.caseload_limit};
}

admin::ImportPagesOptions importOptions(const WebAppOptions& options) {
  admin::ImportPagesOptions i;
  i.db_url = options.db_url;
  i.uploads_folder = options.uploads_folder;
  i.max_upload_mb = options.max_upload_mb;
  i.figures.council_name = options.council_name;
  i.figures.min_group_size = options.min_group_size;
  i.figures.caseload_limit = options.caseload_limit;
  return i;
}

}  // namespace

WebApp::WebApp(const WebAppOptions& options)
    : pool_(options.db_url, options.max_idle_connections),
      catalogue_(options.surveys_folder),
      layout_(options.council_name, options.service_name),
      csrf_(options.csrf_secret, options.secure_cookies),
      error_pages_(pool_, csrf_, layout_),
      static_files_(options.assets_folder),
      views_(layout_, surveyPrivacy(options)),
      survey_pages_(pool_, catalogue_, views_, csrf_, options.secure_cookies),
      auth_filter_(pool_, csrf_, layout_),
      login_pages_(pool_, csrf_, layout_, options.secure_cookies, options.csrf_secret, options.directory),
      oidc_pages_(pool_, csrf_, layout_, options.directory, options.secure_cookies),
      password_pages_(pool_, layout_, csrf_),
      action_pages_(pool_, layout_, csrf_),
      staff_results_(pool_, layout_, error_pages_, catalogue_, options.min_group_size),
      dashboard_(pool_, layout_, csrf_, dashboardOptions(options, catalogue_)),
      admin_home_(layout_, csrf_),
      survey_admin_(pool_, catalogue_, layout_, csrf_,
                    {options.base_url, options.secure_cookies, options.min_group_size}),
      survey_runs_(survey_admin_),
      survey_steps_(survey_admin_),
      survey_email_(survey_admin_, [this] {
        if (mail_sender_) mail_sender_->wake();
      }),
      account_pages_(pool_, layout_, csrf_, options.base_url, options.secure_cookies),
      settings_pages_(pool_, layout_, csrf_, figureSettings(options)),
      audit_pages_(pool_, layout_, csrf_),
      imports_(pool_, layout_, csrf_, importOptions(options)),
      mail_pages_(pool_, layout_, csrf_, options.mail, [this] {
        if (mail_sender_) mail_sender_->wake();
      }),
      directory_pages_(pool_, layout_, csrf_, options.directory),
      report_mail_pages_(pool_, layout_, csrf_, options.mail.configured(), [this] {
        if (mail_sender_) mail_sender_->wake();
      }),
      digest_pages_(pool_, layout_, csrf_, {options.mailings.digest, options.mail.configured(), options.base_url}, [this] {
        if (mail_sender_) mail_sender_->wake();
      }) {
  {
    auto db = pool_.acquire();
    store::migrate(*db);
    start_note_ = load::seedFigureSettings(*db, figureSettings(options));
  }
  router_.setErrorPages([this](int status, http::Request& r, const std::string& why) {
    return error_pages_.page(status, r, why);
  });
  if (options.mail.configured()) {
    mail::MailSenderOptions sender;
    sender.settings = options.mail;
    sender.log = options.log;
    mailings::MailingsOptions mailings = options.mailings;
    mailings.base_url = options.base_url;
    mailings.db_url = options.db_url;
    mailings.min_group_size = options.min_group_size;
    mailings::addMailings(sender, mailings);
    mail_sender_ = std::make_unique<mail::MailSender>(options.db_url, sender);
  }
  router_.get("/assets/{file}", [this](http::Request& r) {
    auto file = static_files_.serve(r.path);
    return file ? *file : error_pages_.page(404, r);
  });
  router_.get("/", [this](http::Request&) {
    using namespace view::govuk;
    return http::Response::html(layout_.render(view::Page{
        "Start",
        heading("", "Social work health check") +
            paragraphs("This service runs " + layout_.councilName() +
                       "'s social work health check and its staff survey.\n\nTo answer the survey, use the "
                       "link in your invitation: you do not need an account.") +
            // Directors, managers and members have accounts: show them the way in.
            para("To see the health check's figures and reports, " + link("/login", "sign in") + "."),
        "", false}));
  });
  survey_pages_.addRoutes(router_);
  staff_results_.addRoutes(router_);  // published survey results, no account
  action_pages_.addRoutes(router_);   // the dashboard's action plans
  dashboard_.addRoutes(router_);      // the directors' dashboard and the members' report
  // --- sign-in and roles (src/access/, auth_filter.h) ---
  login_pages_.addRoutes(router_);
  oidc_pages_.addRoutes(router_);
  login_pages_.offerCouncilSignIn(oidc_pages_.on());
  password_pages_.addRoutes(router_);
  admin_home_.addRoutes(router_);  // the admin area: /admin and the page sets under it
  survey_runs_.addRoutes(router_);
  survey_steps_.addRoutes(router_);
  survey_email_.addRoutes(router_);
  account_pages_.addRoutes(router_);
  settings_pages_.addRoutes(router_);  // /admin/settings
  audit_pages_.addRoutes(router_);     // /admin/audit
  imports_.addRoutes(router_);     // /admin/imports: uploads, checks, imports, the history
  mail_pages_.addRoutes(router_);
  directory_pages_.addRoutes(router_);
  report_mail_pages_.addRoutes(router_);
  digest_pages_.addRoutes(router_);  // /admin/digests
  router_.setFilter([this](http::Request& r, const http::Route& route) { return auth_filter_(r, route); });
  if (options.warm_every.count() > 0)
    warmer_ = std::make_unique<dashboard::DashboardWarmer>(dashboard_.cache(), options.warm_every, options.log);
}

std::optional<http::Response> WebApp::vetUpload(http::Request& request) {
  bool path_known = false;
  const http::Route* route = router_.match(request, path_known);
  if (!route) return error_pages_.page(path_known ? 405 : 404, request);
  // No public form takes a file: a large body there is only a way to fill the disk.
  if (route->access == "public") return imports_.tooLarge();
  auto db = pool_.acquire();
  const std::optional<access::User> user = account::AuthFilter::sessionUser(*db, request);
  if (!user) return http::Response::redirect("/login");
  if (access::mayCall(&*user, route->access)) return std::nullopt;
  http::setSignedInUser(request, *user);
  return error_pages_.page(403, request, "Your account cannot upload files here.");
}

http::Response WebApp::handle(http::Request& request) const {
  std::string route;
  return router_.dispatch(request, route);
}

}  // namespace hc::web
