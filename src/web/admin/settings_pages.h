// SettingsPages: the service's settings in the browser, for admins: the
// council's name and DfE code, the minimum group size and caseload limit,
// and (ThresholdPages, which it owns) the ratings' thresholds. Each save is
// the command line's own code (national::councilNameProblem,
// load::figure_settings.h), writes a settings-change audit row, and the
// dashboard recomputes from its next page (its cache keys on the settings'
// version, store/figure_settings_table.h).
//
//   GET  /admin/settings            what is set, with Change links (admin)
//   GET  /admin/settings/council    the council's name and DfE code (admin)
//   POST /admin/settings/council
//   GET  /admin/settings/figures    minimum group size, caseload limit (admin)
//   POST /admin/settings/figures
//   GET  /admin/settings/thresholds and POST: threshold_pages.h
//
// Thread-safety: handlers run concurrently, each on its own pool
// connection; the layout's council name is thread-safe.
#ifndef HC_WEB_ADMIN_SETTINGS_PAGES_H_
#define HC_WEB_ADMIN_SETTINGS_PAGES_H_

#include <map>
#include <string>

#include "load/figure_settings.h"
#include "web/admin/threshold_pages.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class SettingsPages {
 public:
  // `fallback`: what the server was started with, for a setting the
  // database does not hold (load::loadFigureSettings).
  SettingsPages(http::DatabasePool& pool, view::PageLayout& layout, const http::CsrfProtection& csrf,
                load::FigureSettings fallback);

  void addRoutes(http::Router& router);

 private:
  using Fields = std::map<std::string, std::string>;
  http::Response home(http::Request& request);
  http::Response councilForm(http::Request& request, const Fields& values, const Fields& errors);
  http::Response saveCouncil(http::Request& request);
  http::Response figuresForm(http::Request& request, const Fields& values, const Fields& errors);
  http::Response saveFigures(http::Request& request);

  http::DatabasePool& pool_;
  view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  load::FigureSettings fallback_;
  ThresholdPages thresholds_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_SETTINGS_PAGES_H_
