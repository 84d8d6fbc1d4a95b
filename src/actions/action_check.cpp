#include "actions/action_check.h"

#include "core/records.h"
#include "metrics/catalogue.h"
#include "metrics/period.h"

namespace hc::actions {
namespace {

bool isService(const std::string& id) { return parseService(id).has_value(); }

bool serviceHasTeams(store::Database& db, const std::string& service) {
  auto st = db.prepare("SELECT COUNT(*) FROM teams WHERE service = ?");
  st->bindText(0, service);
  return st->step() && st->getInt(0) > 0;
}

std::string areaList() {
  std::string out;
  for (const auto& a : metrics::areas()) out += (out.empty() ? "" : ", ") + std::string(a.id);
  return out;
}

}  // namespace

std::string serviceOfTeam(store::Database& db, const std::string& scope_id) {
  auto st = db.prepare("SELECT service FROM teams WHERE team_id = ?");
  st->bindText(0, scope_id);
  std::string service;
  while (st->step()) service = st->getText(0);
  return service;
}

std::string checkAction(store::Database& db, const Action& a) {
  if (a.scope_id.empty()) return "give a scope: a team id, a service (children, adults, other) or 'council'";
  if (a.scope_id != "council" && !(isService(a.scope_id) && serviceHasTeams(db, a.scope_id)) &&
      serviceOfTeam(db, a.scope_id).empty())
    return "unknown scope '" + a.scope_id + "': give a team id, a service (children, adults, other) or 'council'";
  const metrics::AreaInfo* area = metrics::findArea(a.area);
  if (!area) return "unknown area '" + a.area + "': give one of " + areaList();
  if (!a.metric.empty()) {
    const metrics::MetricInfo* m = metrics::findMetric(a.metric);
    if (!m) return "unknown metric '" + a.metric + "' (see 'healthcheck metrics' for the ids)";
    if (m->area != area->area)
      return "metric '" + a.metric + "' belongs to the area " + std::string(metrics::info(m->area).id) + ", not " +
             a.area;
  }
  if (a.title.empty()) return "give a title: what will be done, in a few words";
  if (a.title.size() > kMaxTitle) return "the title is too long (at most " + std::to_string(kMaxTitle) + " characters)";
  if (a.owner.empty()) return "give an owner: the person or role who will do it";
  if (a.owner.size() > kMaxOwner) return "the owner is too long (at most " + std::to_string(kMaxOwner) + " characters)";
  if (a.description.size() > kMaxText)
    return "the description is too long (at most " + std::to_string(kMaxText) + " characters)";
  if (a.due == Date()) return "give a due date (YYYY-MM-DD)";
  std::string why;
  if (!metrics::Period::parse(a.agreed_period, &why))
    return "agreed period '" + a.agreed_period + "': " + why;
  return "";
}

}  // namespace hc::actions
