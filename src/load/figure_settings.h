// FigureSettings: what the figures rest on besides the records: the
// ratings' thresholds, the minimum group size (the smallest group whose
// figures are shown) and the caseload limit (caseload_over_limit's cases
// per FTE). The database keeps them (store/figure_settings_table.h), set
// in the browser at /admin/settings; the dashboard, `healthcheck metrics`
// and `healthcheck report` all read them here, so the web and the command
// line give the same colours.
//
// The rule: a setting the database holds wins. One it does not hold is
// what the server was started with (serve --thresholds FILE, which a fresh
// database then keeps: seedFigureSettings), else the shipped default. A
// command's own --thresholds, --min-group or --caseload-limit is for that
// command only.
//
// Validation lives here once, for the command line's options and the
// settings page alike; errors are values (nullopt and a reason).
//
// Thread-safety: free functions on the caller's Database.
#ifndef HC_LOAD_FIGURE_SETTINGS_H_
#define HC_LOAD_FIGURE_SETTINGS_H_

#include <optional>
#include <string>
#include <string_view>

#include "metrics/health_check.h"
#include "metrics/thresholds.h"
#include "national/council_setting.h"
#include "store/database.h"

namespace hc::load {

struct FigureSettings {
  metrics::Thresholds thresholds = metrics::Thresholds::defaults();
  int min_group_size = metrics::HealthCheckOptions{}.min_group_size;
  double caseload_limit = metrics::HealthCheckOptions{}.caseload_limit;

  // `options` with this minimum group size and caseload limit.
  metrics::HealthCheckOptions applyTo(metrics::HealthCheckOptions options) const;
};

// The settings' names in the figure_settings table.
namespace setting {
constexpr const char* kThresholds = "thresholds";
constexpr const char* kMinGroupSize = "min_group_size";
constexpr const char* kCaseloadLimit = "caseload_limit";
}  // namespace setting

// Each setting the database holds, else `fallback`'s. Throws DatabaseError.
FigureSettings loadFigureSettings(store::Database& db, const FigureSettings& fallback = {});

// Checks, as the command line and the settings page both apply them.
// Example: minGroupSizeProblem(0) == "0 is too small: give a whole number
// of people, 1 or more".
std::optional<std::string> minGroupSizeProblem(int size);
std::optional<std::string> caseloadLimitProblem(double limit);
// The same from text typed in a form ("6"); nullopt with *reason.
std::optional<int> parseMinGroupSize(std::string_view text, std::string* reason);
std::optional<double> parseCaseloadLimit(std::string_view text, std::string* reason);

// What changed between two sets of thresholds, for the audit log and the
// confirmation: "caseload_avg green 16 -> 18, amber 20 -> 22"; "" for none.
std::string thresholdChanges(const metrics::Thresholds& before, const metrics::Thresholds& after);

// Each stores a setting and its audit row (settings-change: what changed
// from what to what) in one transaction, as `actor`. False, storing
// nothing, when the value is what the figures already rest on. The values
// must have passed the checks above. Throw DatabaseError.
bool saveThresholds(store::Database& db, const metrics::Thresholds& thresholds, const std::string& actor);
bool saveMinGroupSize(store::Database& db, int size, const std::string& actor);
bool saveCaseloadLimit(store::Database& db, double limit, const std::string& actor);
// The council's name, and its DfE authority when given (national/council_setting.h),
// with its audit row. The name must pass national::councilNameProblem.
bool saveCouncil(store::Database& db, const std::string& name, const std::optional<national::Authority>& authority,
                 const std::string& actor);

// A server's start: each setting the database does not hold yet and
// `given` sets otherwise than the shipped default is stored (as "serve"),
// so that a fresh database keeps the file it was started with and the
// command line reads the same. Returns what was done, for serve to say:
// "" when nothing was given; "Thresholds: the database's (set by admin on
// 2026-12-07); the thresholds given at start are not used" when the
// database's win over them.
std::string seedFigureSettings(store::Database& db, const FigureSettings& given);

}  // namespace hc::load

#endif  // HC_LOAD_FIGURE_SETTINGS_H_
