#include "load/report_model_loader.h"

#include <utility>

#include "actions/action_store.h"
#include "store/database.h"

namespace hc::load {
namespace {

// Every action agreed so far, or with `current` filtered only those of the
// scopes it holds. The members' report lists the open ones, the
// workbook's Actions sheet all of them.
std::vector<Action> agreedActions(const std::string& db_url, const metrics::HealthCheck* shown) {
  std::vector<Action> out;
  for (actions::StoredAction& a : actions::ActionStore(*store::openDatabase(db_url)).list()) {
    bool kept = shown == nullptr;
    for (size_t i = 0; !kept && i < shown->scopes.size(); ++i) kept = shown->scopes[i].id == a.action.scope_id;
    if (kept) out.push_back(std::move(a.action));
  }
  return out;
}

}  // namespace

ReportModelLoader::ReportModelLoader(const FigureLoader& figures, std::string db_url,
                                     const surveys::SurveyCatalogue* wording)
    : figures_(figures), db_url_(std::move(db_url)), wording_(wording) {}

reports::ReportModel ReportModelLoader::load(const metrics::HealthCheck& current, const ReportViewer& viewer,
                                             std::optional<Date> written,
                                             const std::vector<metrics::HealthCheck>& trend) const {
  reports::ReportOptions options;
  // The banner and the members' report's refusal both rest on this.
  options.published = viewer.published;
  options.shown_as_computed = viewer.shown_as_computed;
  options.min_group_size = figures_.options().min_group_size;
  options.thresholds = figures_.thresholds();
  // The council scope carries the stored council name (the engine's
  // HealthCheckOptions::council_name).
  for (const metrics::ScopeResult& s : current.scopes)
    if (s.level == metrics::Level::kCouncil) options.council_name = s.name;
  options.national = figures_.benchmarks(current.period);  // "the England rate was ..."
  options.actions = agreedActions(db_url_, viewer.filtered ? &current : nullptr);
  options.written = written;
  reports::ReportModel model = reports::buildReportModel(current, options, trend);
  model.surveys = figures_.staffSurveys(current.period, viewer.published, wording_);
  return model;
}

}  // namespace hc::load
