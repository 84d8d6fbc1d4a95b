// ThresholdPages: every metric's green and amber limits in one table, for
// admins, checked cell by cell as a thresholds file's lines are
// (metrics::Thresholds::checkLimits), with "Check the change" first: how
// many of the latest quarter's team area ratings would change colour, and
// whose (load/threshold_preview.h), then "Save the thresholds"
// (load::saveThresholds: stored with a settings-change audit row; the
// dashboard recomputes from its next page).
//
//   GET  /admin/settings/thresholds   the table with the limits in force (admin)
//   POST /admin/settings/thresholds   step=check: the table as typed and the preview;
//                                     step=save: checked again, stored, then to /admin/settings
//
// The form has two inputs a metric (64) and a CSRF field: within the
// server's form limit (http::FormLimits, 200 fields).
//
// Thread-safety: handlers run concurrently, each on its own pool connection.
#ifndef HC_WEB_ADMIN_THRESHOLD_PAGES_H_
#define HC_WEB_ADMIN_THRESHOLD_PAGES_H_

#include <map>
#include <optional>
#include <string>

#include "load/figure_settings.h"
#include "load/threshold_preview.h"
#include "web/http/csrf.h"
#include "web/http/database_pool.h"
#include "web/http/router.h"
#include "web/view/page_layout.h"

namespace hc::web::admin {

class ThresholdPages {
 public:
  ThresholdPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                 load::FigureSettings fallback)
      : pool_(pool), layout_(layout), csrf_(csrf), fallback_(std::move(fallback)) {}

  void addRoutes(http::Router& router);

  // The form's field names of a metric's limits: "green-vacancy_rate".
  static std::string greenField(std::string_view metric_id) { return "green-" + std::string(metric_id); }
  static std::string amberField(std::string_view metric_id) { return "amber-" + std::string(metric_id); }

 private:
  using Fields = std::map<std::string, std::string>;
  http::Response table(http::Request& request, const Fields& values, const Fields& errors,
                       const std::optional<load::ThresholdPreview>& preview, const std::string& changes,
                       bool unchanged);
  http::Response post(http::Request& request);

  http::DatabasePool& pool_;
  const view::PageLayout& layout_;
  const http::CsrfProtection& csrf_;
  load::FigureSettings fallback_;
};

}  // namespace hc::web::admin

#endif  // HC_WEB_ADMIN_THRESHOLD_PAGES_H_
