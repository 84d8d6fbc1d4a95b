#include "load/health_check_loader.h"

#include "load/figure_settings.h"
#include "load/trend_loader.h"
#include "metrics/coverage.h"
#include "store/record_dates.h"
#include "national/council_setting.h"
#include "store/schema.h"

namespace hc::load {

metrics::HealthCheck loadHealthCheck(const HealthCheckRequest& request) {
  const metrics::Period& period = request.period;
  auto db = store::openDatabase(request.db_url);
  store::migrate(*db);
  const metrics::Thresholds thresholds =
      request.thresholds ? *request.thresholds : loadFigureSettings(*db).thresholds;
  metrics::HealthCheckOptions options = request.options;
  const std::string name = national::loadCouncil(*db).name;  // the council scope's name
  if (!name.empty()) options.council_name = name;
  // The trend signals look back over the periods before: their figures
  // come stored, or are computed in one load and stored.
  return TrendWindow::load(*db, period, 1, options).compute(period, thresholds, options);
}

std::optional<metrics::Period> latestCompletePeriod(store::Database& db, metrics::Period::Kind kind) {
  const std::optional<Date> last = store::lastRecordDate(db);
  if (!last) return std::nullopt;
  return metrics::Period::latestEndingBy(kind, *last);
}

std::optional<std::string> periodAfterRecords(store::Database& db, const metrics::Period& period) {
  const std::optional<Date> last = store::lastRecordDate(db);
  if (!metrics::isAfterRecords(period, last)) return std::nullopt;
  if (!last)
    return "No records have been imported, so there is nothing to report for " + period.label +
           ". Import data first (healthcheck import DIR).";
  const std::optional<store::ExtractDateGiven> extract = store::latestExtractDate(db);
  std::string why = period.label + " ends on " + period.to.iso() + ", after the last day the imported records cover (" +
                    last->iso() + (extract ? ", the latest extract date, given with " + extract->file : "") +
                    "), so its figures would be incomplete. The latest complete " + period.noun() + " is " +
                    metrics::Period::latestEndingBy(period.kind, *last).label + ".";
  // An export taken on a day no record is dated (staff who all started
  // earlier) reaches further than its dates: only its extract date says so.
  if (!extract)
    why += " If the exports were taken later than " + last->iso() +
           ", say when: healthcheck import --extracted YYYY-MM-DD FILE|DIR.";
  return why;
}

}  // namespace hc::load
