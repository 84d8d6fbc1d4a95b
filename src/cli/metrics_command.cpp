// healthcheck metrics: the health-check figures for a period, for the
// council, its services and its teams.
#include <ostream>

#include "actions/action_store.h"
#include "cli/command.h"
#include "cli/command_options.h"
#include "cli/figure_options.h"
#include "core/utc_clock.h"
#include "load/health_check_loader.h"
#include "metrics/output.h"
#include "metrics/period.h"
#include "national/metric_benchmarks.h"
#include "store/database.h"
#include "store/schema.h"

namespace hc::cli {
namespace {

bool keepScope(const metrics::ScopeResult& scope, const std::string& level, const std::string& team) {
  if (!team.empty()) return scope.level == metrics::Level::kTeam && scope.id == team;
  if (level.empty()) return true;
  switch (scope.level) {
    case metrics::Level::kCouncil: return level == "council";
    case metrics::Level::kService: return level == "service";
    case metrics::Level::kTeam: return level == "team";
  }
  return false;
}

// Actions agreed in a period that starts on or before `last_day`.
std::vector<Action> actionsAgreedBy(store::Database& db, Date last_day) {
  std::vector<Action> out;
  for (auto& s : actions::ActionStore(db).list()) {
    const auto agreed = metrics::Period::parse(s.action.agreed_period);
    if (agreed && agreed->from <= last_day) out.push_back(std::move(s.action));
  }
  return out;
}

}  // namespace

int runMetrics(const std::vector<std::string>& args, Context& context) {
  namespace po = boost::program_options;
  load::HealthCheckRequest request;
  std::string period;
  std::string level, team, format = "text";
  po::options_description options("Options");
  options.add_options()
      ("period", po::value<std::string>(&period)->required(),
       "2025-07 (month), 2025-Q3 (quarter), 2025 (year), 2025/26 (financial year) or csww-2025 (census year)")
      ("level", po::value<std::string>(&level), "only this level: council, service or team")
      ("team", po::value<std::string>(&team), "only this team (its team_id)")
      ("format", po::value<std::string>(&format)->default_value(format), "text, json or csv");
  std::string thresholds_path;
  load::FigureSettings given;
  addFigureOptions(options, &thresholds_path, &given);
  options.add_options()("published", po::bool_switch(&request.options.published),
                        "apply the small-numbers suppression meant for elected members and the public");
  po::variables_map vm;
  if (!parseCommandOptions(args, "healthcheck [--db URL] metrics --period P [OPTIONS]",
                           "Computes every health-check metric for the council, each service and each\n"
                           "team (in that order), with red/amber/green status, the previous period's\n"
                           "value and the change, each metric's signals (against the council, over\n"
                           "time), area scores and the teams' order of attention. A period that ends\n"
                           "after the imported records is refused (exit 1).",
                           options, {}, vm, context)) {
    return kOk;
  }
  if (!level.empty() && level != "council" && level != "service" && level != "team") {
    throw UsageError("--level must be council, service or team, not '" + level + "'");
  }
  if (format != "text" && format != "json" && format != "csv") {
    throw UsageError("--format must be text, json or csv, not '" + format + "'");
  }
  // The database's settings, as the dashboard shows them, under this command's own.
  const load::FigureSettings settings = figureSettings(context.db_url, vm, thresholds_path, given);
  request.options = settings.applyTo(request.options);
  request.thresholds = settings.thresholds;
  std::string period_error;
  const auto parsed_period = metrics::Period::parse(period, &period_error);
  if (!parsed_period) throw UsageError("--period: " + period_error);
  request.period = *parsed_period;
  request.db_url = context.db_url;
  {
    // metrics.md "Periods with no data": refused, naming the latest complete period.
    auto db = store::openDatabase(context.db_url);
    store::migrate(*db);
    if (const std::optional<std::string> why = load::periodAfterRecords(*db, request.period)) {
      context.err << *why << "\n";
      return kFailed;
    }
  }

  metrics::HealthCheck result = load::loadHealthCheck(request);
  if (!result.has_data) {
    context.err << "No records fall in or before " << result.period.label << " ("
                << result.period.from.iso() << " to " << result.period.to.iso()
                << "): there is nothing to report. Import data first, or choose another period.\n";
    return kFailed;
  }
  if (!team.empty()) {
    bool found = false;
    for (const auto& s : result.scopes) found = found || (s.level == metrics::Level::kTeam && s.id == team);
    if (!found) throw UsageError("there is no team '" + team + "'");
  }
  std::vector<metrics::ScopeResult> kept;
  for (auto& s : result.scopes) {
    if (keepScope(s, level, team)) kept.push_back(std::move(s));
  }
  result.scopes = std::move(kept);

  if (format == "json") {
    // The DfE's figures for the matching year, where imported (benchmarks import).
    // and the actions agreed by the period's end, under their scope and area.
    auto db = store::openDatabase(context.db_url);
    metrics::writeJson(context.out, result, national::loadMetricBenchmarks(*db, result.period),
                       actionsAgreedBy(*db, result.period.to), utcToday());
    context.out << "\n";
  } else if (format == "csv") {
    metrics::writeCsv(context.out, result);
  } else {
    metrics::writeText(context.out, result);
  }
  return kOk;
}

}  // namespace hc::cli
