#include "load/figure_settings.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <sstream>

#include "access/audit_log.h"
#include "store/figure_settings_table.h"

namespace hc::load {
namespace {

std::string number(double v) {
  std::ostringstream out;
  out.precision(15);
  out << v;
  return out.str();
}

std::optional<double> parseDecimal(std::string_view text) {
  std::string s(text);
  const size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  if (b == std::string::npos) return std::nullopt;
  s = s.substr(b, e - b + 1);
  if (s.find_first_not_of("0123456789.-+") != std::string::npos) return std::nullopt;
  errno = 0;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (errno != 0 || end != s.c_str() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

void audit(store::Database& db, const std::string& actor, const std::string& subject, const std::string& detail) {
  access::AuditLog(db).record(actor, access::audit_action::kSettingsChange, subject, detail);
}

// Stores a setting with its audit row, unless it is what already applies.
bool save(store::Database& db, const char* name, const std::string& before, const std::string& after,
          const std::string& value, const std::string& actor, const std::string& detail) {
  if (before == after) return false;
  store::Transaction tx(db);
  store::writeSetting(db, name, value, actor);
  audit(db, actor, name, detail);
  tx.commit();
  return true;
}

}  // namespace

metrics::HealthCheckOptions FigureSettings::applyTo(metrics::HealthCheckOptions options) const {
  options.min_group_size = min_group_size;
  options.caseload_limit = caseload_limit;
  return options;
}

FigureSettings loadFigureSettings(store::Database& db, const FigureSettings& fallback) {
  FigureSettings s = fallback;
  if (const auto t = store::readSetting(db, setting::kThresholds)) {
    // Only checked text is stored; a metric since renamed would fail here,
    // and the figures then keep the fallback's rather than none.
    if (auto parsed = metrics::Thresholds::parse(t->value, "the stored thresholds", nullptr)) s.thresholds = *parsed;
  }
  if (const auto g = store::readSetting(db, setting::kMinGroupSize)) {
    std::string reason;
    if (auto v = parseMinGroupSize(g->value, &reason)) s.min_group_size = *v;
  }
  if (const auto c = store::readSetting(db, setting::kCaseloadLimit)) {
    std::string reason;
    if (auto v = parseCaseloadLimit(c->value, &reason)) s.caseload_limit = *v;
  }
  return s;
}

std::optional<std::string> minGroupSizeProblem(int size) {
  if (size < 1) return std::to_string(size) + " is too small: give a whole number of people, 1 or more";
  if (size > 1000) return std::to_string(size) + " is too large: give a whole number of people, 1000 at most";
  return std::nullopt;
}

std::optional<std::string> caseloadLimitProblem(double limit) {
  if (!(limit > 0)) return number(limit) + " is too small: give a number of cases per FTE above 0, such as 20";
  if (limit > 1000) return number(limit) + " is too large: give a number of cases per FTE, 1000 at most";
  return std::nullopt;
}

std::optional<int> parseMinGroupSize(std::string_view text, std::string* reason) {
  const std::optional<double> v = parseDecimal(text);
  if (!v || *v != std::floor(*v) || std::fabs(*v) > 1e9) {
    if (reason) *reason = "'" + std::string(text) + "' is not a whole number: give a number of people, such as 5";
    return std::nullopt;
  }
  const int size = static_cast<int>(*v);
  if (auto problem = minGroupSizeProblem(size)) {
    if (reason) *reason = *problem;
    return std::nullopt;
  }
  return size;
}

std::optional<double> parseCaseloadLimit(std::string_view text, std::string* reason) {
  const std::optional<double> v = parseDecimal(text);
  if (!v) {
    if (reason) *reason = "'" + std::string(text) + "' is not a number: give cases per FTE, such as 20";
    return std::nullopt;
  }
  if (auto problem = caseloadLimitProblem(*v)) {
    if (reason) *reason = *problem;
    return std::nullopt;
  }
  return v;
}

std::string thresholdChanges(const metrics::Thresholds& before, const metrics::Thresholds& after) {
  std::string out;
  for (const metrics::MetricInfo& m : metrics::catalogue()) {
    const auto b = before.limits(m.metric), a = after.limits(m.metric);
    if (!a) continue;
    std::string line;
    if (!b || b->green != a->green)
      line += "green " + (b ? number(b->green) : std::string("none")) + " -> " + number(a->green);
    if (!b || b->amber != a->amber)
      line += std::string(line.empty() ? "" : ", ") + "amber " + (b ? number(b->amber) : std::string("none")) +
              " -> " + number(a->amber);
    if (!line.empty()) out += std::string(out.empty() ? "" : "; ") + std::string(m.id) + " " + line;
  }
  return out;
}

bool saveThresholds(store::Database& db, const metrics::Thresholds& thresholds, const std::string& actor) {
  const metrics::Thresholds before = loadFigureSettings(db).thresholds;
  return save(db, setting::kThresholds, before.toText(), thresholds.toText(), thresholds.toText(), actor,
              thresholdChanges(before, thresholds));
}

bool saveMinGroupSize(store::Database& db, int size, const std::string& actor) {
  const int before = loadFigureSettings(db).min_group_size;
  return save(db, setting::kMinGroupSize, std::to_string(before), std::to_string(size), std::to_string(size), actor,
              "minimum group size " + std::to_string(before) + " -> " + std::to_string(size));
}

bool saveCaseloadLimit(store::Database& db, double limit, const std::string& actor) {
  const double before = loadFigureSettings(db).caseload_limit;
  return save(db, setting::kCaseloadLimit, number(before), number(limit), number(limit), actor,
              "caseload limit " + number(before) + " -> " + number(limit) + " cases per FTE");
}

bool saveCouncil(store::Database& db, const std::string& name, const std::optional<national::Authority>& authority,
                 const std::string& actor) {
  const national::Council before = national::loadCouncil(db);
  std::string detail;
  if (before.name != name)
    detail = "name '" + (before.name.empty() ? std::string(national::kUnnamedCouncil) : before.name) + "' -> '" +
             name + "'";
  const std::string old_code = before.authority ? before.authority->old_la_code : "none";
  if (authority && old_code != authority->old_la_code)
    detail += std::string(detail.empty() ? "" : "; ") + "DfE local authority " + old_code + " -> " +
              authority->old_la_code + " (" + authority->la_name + ")";
  if (detail.empty()) return false;
  store::Transaction tx(db);
  national::writeCouncil(db, name, authority);
  audit(db, actor, "council", detail);
  tx.commit();
  return true;
}

std::string seedFigureSettings(store::Database& db, const FigureSettings& given) {
  const FigureSettings shipped;
  std::string said;
  auto seed = [&](const char* name, const char* what, bool differs, const std::string& value) {
    if (!differs) return;
    if (const auto stored = store::readSetting(db, name)) {
      said += std::string(said.empty() ? "" : "\n") + what + ": the database's (set by " + stored->changed_by +
              " on " + stored->changed_at.substr(0, 10) + ", at /admin/settings), not those given at start";
      return;
    }
    store::Transaction tx(db);
    store::writeSetting(db, name, value, "serve");
    audit(db, "serve", name, std::string("the database's first ") + what + ": those given at start");
    tx.commit();
    said += std::string(said.empty() ? "" : "\n") + what + ": those given at start, now kept in the database";
  };
  seed(setting::kThresholds, "Thresholds", given.thresholds != shipped.thresholds, given.thresholds.toText());
  seed(setting::kMinGroupSize, "Minimum group size", given.min_group_size != shipped.min_group_size,
       std::to_string(given.min_group_size));
  seed(setting::kCaseloadLimit, "Caseload limit", given.caseload_limit != shipped.caseload_limit,
       number(given.caseload_limit));
  return said;
}

}  // namespace hc::load
