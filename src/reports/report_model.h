// The report model: one period's health check resolved against the metric
// catalogue and the thresholds, with the trend over earlier periods and
// optional national benchmarks. Both the members' report (HTML) and the
// workbook (XLSX) are written from this one model, so they never disagree
// about which figures exist, their order, labels or suppression.
//
// Example:
//   ReportOptions options;
//   options.published = true;  // figures computed with published = true
//   ReportModel model = buildReportModel(health_check, options);
//   std::string html = membersReportHtml(model);
//
// Thread-safety: buildReportModel is a pure function; a built model is an
// immutable value that any number of threads may read.
#ifndef HC_REPORTS_REPORT_MODEL_H_
#define HC_REPORTS_REPORT_MODEL_H_

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/action.h"
#include "core/date.h"
#include "metrics/benchmark.h"
#include "metrics/catalogue.h"
#include "metrics/health_check.h"
#include "metrics/period.h"
#include "metrics/thresholds.h"
#include "surveys/period_surveys.h"

namespace hc::reports {

// One metric of one scope.
struct MetricFigure {
  const metrics::MetricInfo* info = nullptr;  // never null in a built model
  std::optional<double> value;                // nullopt: no figure, or suppressed
  std::optional<double> previous;
  std::optional<double> change;
  int64_t n = 0;
  metrics::Status status = metrics::Status::kNone;
  bool suppressed = false;
};

struct AreaFigures {
  const metrics::AreaInfo* info = nullptr;
  // The engine's area rating (metrics.md "Area scores"): the mean of its
  // measures' points (green 100, amber 50, red 0) and its band.
  metrics::Status status = metrics::Status::kNone;
  std::optional<double> score;
  int measures = 0;      // measures the score rests on
  int red_measures = 0;  // of those, red
  int withheld = 0;      // measures not published (small numbers): not counted
  // The area's status last period, scored the same way from the previous
  // values rated with the same thresholds: what "what changed" compares
  // against.
  metrics::Status previous_status = metrics::Status::kNone;
  std::vector<MetricFigure> metrics;  // every metric of the area, catalogue order
};

struct ScopeFigures {
  metrics::Level level = metrics::Level::kCouncil;
  std::string id, name, service, locality;  // cleaned of invalid UTF-8
  std::vector<AreaFigures> areas;           // all five, catalogue order
  std::optional<double> score;              // the mean of the area scores
  std::optional<int> rank;                  // teams: attention order, 1 = most in need
  std::optional<double> ranked_score;       // teams: the published score the rank rests on
};

// One metric of one scope over the trend periods.
struct TrendSeries {
  metrics::Level level = metrics::Level::kCouncil;
  std::string scope_id, scope_name;
  std::string service;  // for teams: their service id; empty otherwise
  const metrics::MetricInfo* info = nullptr;
  std::vector<std::optional<double>> values;  // one per ReportModel::trend_periods
};

// The cover's particulars for the meeting the report goes to: the
// meeting ("Corporate Parenting Panel, 14 January 2027"), the author (a
// name and role) and whom to contact (an email or telephone). From
// `healthcheck report --meeting --author --contact` or the browser report's
// form; each may be empty, and the cover then leaves its line out.
struct ReportCover {
  std::string meeting, author, contact;
};

// The cover's text with invalid UTF-8 and control characters cleaned
// (core/clean_text.h), as every other text of the model.
ReportCover cleanCover(const ReportCover& cover);

struct ReportOptions {
  // The figures were computed with HealthCheckOptions::published. The
  // members' report refuses a model without it.
  bool published = false;
  // With `published`: the scopes this copy's reader sees as computed (a
  // manager's own teams, by name), for the workbook's banner.
  std::vector<std::string> shown_as_computed;
  int min_group_size = 5;  // as computed: for the suppression explanations
  std::string council_name = "Council";
  metrics::Thresholds thresholds = metrics::Thresholds::defaults();
  // The DfE's comparators per metric id (national::loadMetricBenchmarks),
  // for "the England rate was ..." and the workbook's Benchmarks sheet.
  // Empty until the DfE's figures are imported.
  metrics::MetricBenchmarks national;
  // The actions agreed so far (any status), from the action store: the
  // members' "What we are doing" and "Decisions for members", and the
  // workbook's Actions sheet. Empty: the report says none are recorded.
  std::vector<Action> actions;
  // The day the report is written: its date on the cover, and the day
  // against which actions are overdue. Default: the period's last day.
  std::optional<Date> written;
};

struct ReportModel {
  metrics::Period period;
  std::string council_name;
  bool published = false;
  std::vector<std::string> shown_as_computed;  // as ReportOptions
  int min_group_size = 5;
  metrics::Thresholds thresholds;
  std::array<std::optional<metrics::MetricBenchmark>, metrics::kMetricCount> national;  // by Metric
  std::vector<ScopeFigures> scopes;  // council, then services, then teams

  std::vector<Action> actions;  // as given, text cleaned, ordered by area, due date, id
  Date written;                 // the day written; overdue is judged against it
  ReportCover cover;            // set by the caller after buildReportModel, text cleaned
  std::optional<Date> records_up_to;  // the last day the records cover (HealthCheck's); nullopt: not known

  // Trend: period labels oldest first (the reported period last) and one
  // series per metric for every scope (council, services, teams), in scope
  // order within metric order. Empty when no history was given.
  std::vector<std::string> trend_periods;
  std::vector<TrendSeries> trend;

  // The period's staff survey runs (surveys::loadPeriodSurveys), set by the
  // caller after buildReportModel: the members' "What staff told us" page
  // and the workbook's "Staff survey" sheet. Empty: neither is written.
  // For the members' report, loaded with ResultsOptions::published.
  surveys::PeriodSurveys surveys;

  const ScopeFigures* council() const;  // nullptr when there are no scopes
  std::vector<const ScopeFigures*> services() const;
  std::vector<const ScopeFigures*> teams() const;
  // The scope with this id, or nullptr.
  const ScopeFigures* scope(const std::string& id) const;
  // The name members read for an action's scope: "Children's services",
  // "the whole council", a team's name, or the id when unknown.
  std::string scopeName(const std::string& id) const;
};

// Resolves `current` against the catalogue. Every scope gets every area and
// metric of the catalogue, in its order; a metric `current` lacks is an
// empty figure. `history`: the health checks of the trend periods, oldest
// first, ending with `current`'s period (may be empty). Throws
// std::invalid_argument for a metric or area id the catalogue does not know.
ReportModel buildReportModel(const metrics::HealthCheck& current, const ReportOptions& options,
                             const std::vector<metrics::HealthCheck>& history = {});

}  // namespace hc::reports

#endif  // HC_REPORTS_REPORT_MODEL_H_
