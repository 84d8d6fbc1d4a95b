// ReportModelLoader: the report model (reports/report_model.h) of a period
// as one viewer may see it, with everything both reports state beside the
// figures: the council's name, the thresholds and minimum group size, the
// DfE's comparators for the period, the actions agreed, and the period's
// staff survey results. One loader, so that the command line's report and
// workbook and the web's members' report and download are built alike.
//
// The caller computes the health check (the command line from a trend
// window, the web from its cache or on demand); the loader adds the rest.
//
// Example:
//   ReportModelLoader loader(figures, db_url, wording);
//   ReportModel model = loader.load(figures.period(period, true), ReportViewer{}, today);
//
// Thread-safety: holds a reference to `figures` (which must outlive it)
// and is otherwise immutable; load() may run on several threads at once,
// each on its own connection. load() throws DatabaseError.
#ifndef HC_LOAD_REPORT_MODEL_LOADER_H_
#define HC_LOAD_REPORT_MODEL_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "load/figure_loader.h"
#include "metrics/health_check.h"
#include "reports/report_model.h"
#include "surveys/survey_catalogue.h"

namespace hc::load {

// Whose copy the report is.
struct ReportViewer {
  // Figures computed with the small-numbers rule (a member's, a
  // manager's, every members' report); false: a director's, as computed.
  // Survey results follow: published ones carry no comments.
  bool published = true;
  // Scopes the viewer sees as computed though the copy is published (a
  // manager's own teams), named in the workbook's banner.
  std::vector<std::string> shown_as_computed;
  // The figures are a filtered view (a service or a locality on the
  // dashboard): only the actions of the scopes it holds are kept.
  bool filtered = false;
};

class ReportModelLoader {
 public:
  // `db_url`: where the actions are read (the database `figures` loads
  // from). `wording` may be null: survey questions are then named by id.
  ReportModelLoader(const FigureLoader& figures, std::string db_url, const surveys::SurveyCatalogue* wording);

  // The model of `current`, computed with HealthCheckOptions::published ==
  // viewer.published; `trend`, the health checks of the trend periods
  // oldest first and ending with `current`'s (the workbook's Trends
  // sheet), or none. Actions are overdue as of `written`.
  reports::ReportModel load(const metrics::HealthCheck& current, const ReportViewer& viewer,
                            std::optional<Date> written, const std::vector<metrics::HealthCheck>& trend = {}) const;

 private:
  const FigureLoader& figures_;
  std::string db_url_;
  const surveys::SurveyCatalogue* wording_;
};

}  // namespace hc::load

#endif  // HC_LOAD_REPORT_MODEL_LOADER_H_
