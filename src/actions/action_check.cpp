#include "actions/action_check.h"

#include <cctype>

#include "core/records.h"
#include "mail/mail_settings.h"
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

std::string normalOwnerEmail(std::string_view typed) {
  const size_t first = typed.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  std::string out(typed.substr(first, typed.find_last_not_of(" \t\r\n") - first + 1));
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::vector<ActionProblem> actionProblems(store::Database& db, const Action& a) {
  std::vector<ActionProblem> out;
  const auto problem = [&out](const char* field, std::string message) { out.push_back({field, std::move(message)}); };
  if (a.scope_id.empty()) problem("scope", "give a scope: a team id, a service (children, adults, other) or 'council'");
  else if (a.scope_id != "council" && !(isService(a.scope_id) && serviceHasTeams(db, a.scope_id)) &&
           serviceOfTeam(db, a.scope_id).empty())
    problem("scope", "unknown scope '" + a.scope_id + "': give a team id, a service (children, adults, other) or 'council'");
  const metrics::AreaInfo* area = metrics::findArea(a.area);
  if (!area) problem("area", "unknown area '" + a.area + "': give one of " + areaList());
  if (!a.metric.empty()) {
    const metrics::MetricInfo* m = metrics::findMetric(a.metric);
    if (!m) problem("metric", "unknown metric '" + a.metric + "' (see 'healthcheck metrics' for the ids)");
    else if (area && m->area != area->area)
      problem("metric", "metric '" + a.metric + "' belongs to the area " + std::string(metrics::info(m->area).id) +
                            ", not " + a.area);
  }
  if (a.title.empty()) problem("title", "give a title: what will be done, in a few words");
  else if (a.title.size() > kMaxTitle)
    problem("title", "the title is too long (at most " + std::to_string(kMaxTitle) + " characters)");
  if (a.owner.empty()) problem("owner", "give an owner: the person or role who will do it");
  else if (a.owner.size() > kMaxOwner)
    problem("owner", "the owner is too long (at most " + std::to_string(kMaxOwner) + " characters)");
  if (!a.owner_email.empty() && !mail::plausibleAddress(a.owner_email))
    problem("owner_email", "the owner's email address '" + a.owner_email +
                               "' is not an email address: give one like name@example.gov.uk, or leave it out");
  if (a.description.size() > kMaxText)
    problem("description", "the description is too long (at most " + std::to_string(kMaxText) + " characters)");
  if (a.due == Date()) problem("due", "give a due date (YYYY-MM-DD)");
  std::string why;
  if (!metrics::Period::parse(a.agreed_period, &why)) problem("agreed_period", "agreed period '" + a.agreed_period + "': " + why);
  return out;
}

std::string checkAction(store::Database& db, const Action& a) {
  const std::vector<ActionProblem> problems = actionProblems(db, a);
  return problems.empty() ? "" : problems.front().message;
}

}  // namespace hc::actions
