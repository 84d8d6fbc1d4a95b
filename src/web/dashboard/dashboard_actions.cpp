#include "web/dashboard/dashboard_actions.h"

#include <map>

#include "html/adopted_markup.h"
#include "metrics/catalogue.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_query.h"
#include "web/http/govuk_components.h"
#include "web/http/html.h"

namespace hc::web::dashboard {

using http::escapeHtml;
namespace govuk = http::govuk;
namespace {

const char* const kOverdueTag = " <strong class=\"hc-tag hc-status--red\">Overdue</strong>";

std::string href(int64_t id) { return "/dashboard/actions/" + std::to_string(id); }

std::string fieldError(const std::string& field, const ActionForm& form) {
  if (form.error.empty() || form.error_field != field) return "";
  return "<p id=\"" + field + "-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:"
         "</span> " + escapeHtml(form.error) + "</p>\n";
}

std::string group(const std::string& field, const ActionForm& form, const std::string& label, const std::string& hint,
                  const std::string& control) {
  const bool bad = !form.error.empty() && form.error_field == field;
  return "<div class=\"govuk-form-group" + std::string(bad ? " govuk-form-group--error" : "") +
         "\">\n<label class=\"govuk-label govuk-label--s\" for=\"" + field + "\">" + escapeHtml(label) + "</label>\n" +
         (hint.empty() ? "" : "<div id=\"" + field + "-hint\" class=\"govuk-hint\">" + escapeHtml(hint) + "</div>\n") +
         fieldError(field, form) + control + "</div>\n";
}

std::string describedBy(const std::string& field, bool hint, const ActionForm& form) {
  std::string ids = hint ? field + "-hint" : "";
  if (!form.error.empty() && form.error_field == field) ids += (ids.empty() ? "" : " ") + field + "-error";
  return ids.empty() ? "" : " aria-describedby=\"" + ids + "\"";
}

std::string input(const std::string& field, const std::string& type, const std::string& value, bool hint,
                  const ActionForm& form, const std::string& extra = "") {
  return "<input class=\"govuk-input\" id=\"" + field + "\" name=\"" + field + "\" type=\"" + type + "\" value=\"" +
         escapeHtml(value) + "\"" + describedBy(field, hint, form) + extra + ">\n";
}

std::string select(const std::string& field, const std::vector<std::pair<std::string, std::string>>& options,
                   const std::string& chosen, const ActionForm& form) {
  std::string out = "<select class=\"govuk-select\" id=\"" + field + "\" name=\"" + field + "\"" +
                    describedBy(field, false, form) + ">\n";
  for (const auto& [value, label] : options)
    out += "<option value=\"" + escapeHtml(value) + "\"" + (value == chosen ? " selected" : "") + ">" +
           escapeHtml(label) + "</option>\n";
  return out + "</select>\n";
}

std::string scopeLabel(const std::string& scope) {
  if (scope == "council") return "The whole council";
  return scope;
}

}  // namespace

std::string actionItemHtml(const Action& a, Date today) {
  std::string out = "<li><a class=\"govuk-link\" href=\"" + href(a.id) + "\">" + escapeHtml(a.title) + "</a>" +
                    (a.overdue(today) ? kOverdueTag : "") + "<br>" + escapeHtml(label(a.status)) +
                    "; owner: " + escapeHtml(a.owner) + "; due " + escapeHtml(a.due.iso());
  if (!a.metric.empty())
    if (const auto* m = metrics::findMetric(a.metric)) out += "; about " + escapeHtml(std::string(m->label));
  if (!a.notes.empty())
    out += "<br><span class=\"govuk-hint\">" + escapeHtml(a.notes.back().date.iso() + ": " + a.notes.back().text) +
           "</span>";
  return out + "</li>\n";
}

std::string areaActionsHtml(const std::vector<Action>& actions, Date today, const std::string& add_href) {
  std::string out = "<h3 class=\"govuk-heading-s\">Actions agreed</h3>\n";
  if (actions.empty()) out += "<p class=\"govuk-body\">No action agreed for this area.</p>\n";
  else {
    out += "<ul class=\"govuk-list govuk-list--spaced\">\n";
    for (const Action& a : actions) out += actionItemHtml(a, today);
    out += "</ul>\n";
  }
  if (!add_href.empty())
    out += "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + escapeHtml(add_href) + "\">Add an action</a></p>\n";
  return out;
}

std::vector<TeamActionFacts> teamActionFacts(const std::vector<const metrics::ScopeResult*>& scopes,
                                             const std::vector<Action>& actions, Date today) {
  std::vector<TeamActionFacts> out;
  for (const metrics::ScopeResult* shown : scopes) {
    const metrics::ScopeResult& s = *shown;
    if (s.level != metrics::Level::kTeam) continue;
    TeamActionFacts f{s.id, s.name, 0, 0, {}};
    std::map<std::string, bool> area_open;
    for (const Action& a : actions) {
      if (a.scope_id != s.id || !a.open()) continue;
      ++f.open;
      if (a.overdue(today)) ++f.overdue;
      area_open[a.area] = true;
    }
    for (const metrics::AreaResult& area : s.areas)
      if (area.status == metrics::Status::kRed && !area_open[area.id]) f.red_without_action.push_back(area.id);
    if (f.open > 0 || !f.red_without_action.empty()) out.push_back(std::move(f));
  }
  return out;
}

std::string overviewActionsHtml(const std::vector<TeamActionFacts>& facts, const std::string& qs) {
  std::string out = "<section id=\"actions\" aria-labelledby=\"actions-heading\">\n<h2 class=\"govuk-heading-m\" "
                    "id=\"actions-heading\">Actions</h2>\n";
  if (facts.empty())
    return out + "<p class=\"govuk-body\">No team has a red area or an open action.</p>\n</section>\n";
  std::string table =
      "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--s\" "
      "id=\"actions-caption\">Open and overdue actions by team, and red areas with no action agreed</caption>\n"
      "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" class=\"govuk-table__header\">"
      "Team</th><th scope=\"col\" class=\"govuk-table__header\">Open actions</th><th scope=\"col\" "
      "class=\"govuk-table__header\">Overdue</th><th scope=\"col\" class=\"govuk-table__header\">Red areas with no "
      "action agreed</th></tr></thead>\n<tbody class=\"govuk-table__body\">\n";
  for (const TeamActionFacts& f : facts) {
    std::string red;
    for (const std::string& area : f.red_without_action)
      red += std::string(red.empty() ? "" : "; ") + "<a class=\"govuk-link\" href=\"" +
             escapeHtml("/dashboard/team/" + urlEncode(f.team_id) + qs + "#area-" + area) + "\">" +
             escapeHtml(metrics::areaLabel(area)) + "</a>: no action agreed";
    table += "<tr class=\"govuk-table__row\" id=\"actions-" + escapeHtml(f.team_id) + "\"><th scope=\"row\" "
             "class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"" +
             escapeHtml("/dashboard/team/" + urlEncode(f.team_id) + qs) + "\">" + escapeHtml(f.team_name) +
             "</a></th><td class=\"govuk-table__cell\">" + std::to_string(f.open) +
             "</td><td class=\"govuk-table__cell\">" + std::to_string(f.overdue) + (f.overdue > 0 ? kOverdueTag : "") +
             "</td><td class=\"govuk-table__cell\">" + (red.empty() ? "None" : red) + "</td></tr>\n";
  }
  table += "</tbody></table>\n";
  return out + scrollRegion("actions-caption", html::adopt(table)).str() +
         "<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"" + escapeHtml("/dashboard/actions" + qs) +
         "\">Every action</a></p>\n</section>\n";
}

std::string fieldOfError(const std::string& message) {
  for (const char* field : {"scope", "area", "metric", "title", "owner", "due", "period", "description", "note"})
    if (message.find(field) != std::string::npos) return field == std::string("period") ? "agreed_period" : field;
  return "title";
}

std::string addFormHtml(const ActionForm& form, const std::string& csrf_field) {
  const Action& a = form.action;
  std::string out = govuk::heading("Health check actions", "Add an action");
  if (!form.error.empty()) out += govuk::errorSummary({{form.error_field, form.error}});
  out += "<form method=\"post\" action=\"/dashboard/actions\" novalidate>\n" + csrf_field;
  std::vector<std::pair<std::string, std::string>> scopes;
  for (const std::string& s : form.scopes) scopes.emplace_back(s, scopeLabel(s));
  out += group("scope", form, "Team, service or council", "", select("scope", scopes, a.scope_id, form));
  std::vector<std::pair<std::string, std::string>> areas;
  for (const auto& info : metrics::areas()) areas.emplace_back(std::string(info.id), std::string(info.label));
  out += group("area", form, "Area", "", select("area", areas, a.area, form));
  std::vector<std::pair<std::string, std::string>> metric_options{{"", "The area as a whole"}};
  for (const auto& m : metrics::catalogue())
    metric_options.emplace_back(std::string(m.id), std::string(m.label) + " (" + metrics::areaLabel(std::string(
                                                       metrics::info(m.area).id)) + ")");
  out += group("metric", form, "Metric (optional)", "", select("metric", metric_options, a.metric, form));
  out += group("title", form, "Title", "What will be done, in a few words",
               input("title", "text", a.title, true, form));
  out += "<div class=\"govuk-form-group\">\n<label class=\"govuk-label govuk-label--s\" for=\"description\">What will "
         "be done (optional)</label>\n<textarea class=\"govuk-textarea\" id=\"description\" name=\"description\" "
         "rows=\"4\">" + escapeHtml(a.description) + "</textarea>\n</div>\n";
  out += group("owner", form, "Owner", "A name or a role", input("owner", "text", a.owner, true, form));
  out += group("due", form, "Due date", "For example, 2027-03-31",
               input("due", "date", form.due_text, true, form, " autocomplete=\"off\""));
  out += group("agreed_period", form, "Agreed in period", "The quarter of the health check it answers, e.g. 2026-Q3",
               input("agreed_period", "text", a.agreed_period, true, form));
  out += "<div class=\"govuk-form-group\"><div class=\"govuk-checkboxes govuk-checkboxes--small\"><div "
         "class=\"govuk-checkboxes__item\"><input class=\"govuk-checkboxes__input\" id=\"needs_decision\" "
         "name=\"needs_decision\" type=\"checkbox\" value=\"yes\"" + std::string(a.needs_decision ? " checked" : "") +
         "><label class=\"govuk-label govuk-checkboxes__label\" for=\"needs_decision\">Needs a decision by elected "
         "members (for example funded posts)</label></div></div></div>\n";
  out += govuk::button("Add the action") + "</form>\n";
  return out;
}

std::string actionPageHtml(const Action& a, const std::string& changed_by, const std::string& changed_at, Date today,
                           const std::string& csrf_field, const std::string& error) {
  std::string out = govuk::heading(scopeLabel(a.scope_id) + ", " + metrics::areaLabel(a.area), a.title);
  if (!error.empty()) out += govuk::errorSummary({{"status", error}});
  if (a.overdue(today))
    out += "<p class=\"govuk-body\">" + std::string(kOverdueTag).substr(1) + " This action was due on " +
           escapeHtml(a.due.iso()) + ".</p>\n";
  std::vector<govuk::SummaryRow> rows = {{"Status", std::string(label(a.status)), "", "", ""},
                                         {"Owner", a.owner, "", "", ""},
                                         {"Due", a.due.iso(), "", "", ""},
                                         {"What will be done", a.description.empty() ? "Not written" : a.description,
                                          "", "", ""},
                                         {"Agreed in", a.agreed_period, "", "", ""},
                                         {"Needs a decision by members", a.needs_decision ? "Yes" : "No", "", "", ""},
                                         {"Last changed", changed_by + ", " + changed_at, "", "", ""}};
  if (!a.metric.empty())
    if (const auto* m = metrics::findMetric(a.metric)) rows.insert(rows.begin() + 1, {"Metric", std::string(m->label), "", "", ""});
  out += govuk::summaryList(rows);
  out += "<h2 class=\"govuk-heading-m\">Progress notes</h2>\n";
  if (a.notes.empty()) out += "<p class=\"govuk-body\">No notes yet.</p>\n";
  else {
    out += "<ul class=\"govuk-list govuk-list--spaced\">\n";
    for (const ActionNote& n : a.notes)
      out += "<li><strong>" + escapeHtml(n.date.iso()) + "</strong>, " + escapeHtml(n.author) + ": " +
             escapeHtml(n.text) + "</li>\n";
    out += "</ul>\n";
  }
  if (csrf_field.empty()) return out;
  out += "<h2 class=\"govuk-heading-m\">Update this action</h2>\n<form method=\"post\" action=\"" + href(a.id) +
         "\" novalidate>\n" + csrf_field;
  govuk::RadiosField status;
  status.name = "status";
  status.legend = "Status";
  status.checked = std::string(name(a.status));
  for (ActionStatus s : {ActionStatus::kPlanned, ActionStatus::kInProgress, ActionStatus::kDone, ActionStatus::kDropped})
    status.options.push_back({std::string(name(s)), std::string(label(s))});
  out += govuk::radios(status);
  ActionForm none;
  out += group("due", none, "Due date", "", input("due", "date", a.due.iso(), false, none));
  govuk::TextareaField note;
  note.name = "note";
  note.label = "Progress note (optional)";
  note.hint = "Dated today, under your name";
  out += govuk::textarea(note);
  out += govuk::button("Save the update") + "</form>\n";
  return out;
}

}  // namespace hc::web::dashboard
