#include "web/dashboard/dashboard_actions.h"

#include <map>

#include "html/element.h"
#include "metrics/catalogue.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"

namespace hc::web::dashboard {

using html::el;
using html::Element;
using html::Html;
namespace govuk = view::govuk;
namespace {

Html overdueTag() { return view::app::statusTag("Overdue", "red"); }

std::string href(int64_t id) { return "/dashboard/actions/" + std::to_string(id); }

std::string scopeLabel(const std::string& scope) {
  if (scope == "council") return "The whole council";
  return scope;
}

// A POST form to `action` with the CSRF field first.
Html postForm(const std::string& action, const Html& csrf_field, const Html& fields) {
  return el("form").attr("method", "post").attr("action", action).attr("novalidate")
             .text("\n").add(csrf_field).add(fields).html() + "\n";
}

// The form's error when it is about `field`, else "".
std::string errorOf(const ActionForm& form, const std::string& field) {
  return form.error_field == field ? form.error : "";
}

Html select(const ActionForm& form, const std::string& field, const std::string& label,
            const std::vector<govuk::Option>& options, const std::string& chosen) {
  return govuk::select({field, label, "", options, chosen, errorOf(form, field)});
}

Html input(const ActionForm& form, const std::string& field, const std::string& label, const std::string& hint,
           const std::string& value, const std::string& type = "text", const std::string& autocomplete = "") {
  return govuk::textInput({field, label, hint, value, errorOf(form, field), type, autocomplete});
}

// The one checkbox of the add form, without a fieldset: it asks a yes or no
// of its own, and its label says all.
Html needsDecision(bool checked) {
  Element input = el("input");
  input.cls("govuk-checkboxes__input").id("needs_decision").attr("name", "needs_decision").attr("type", "checkbox")
      .attr("value", "yes").attrIf("checked", checked);
  return el("div").cls("govuk-form-group")
             .add(el("div").cls("govuk-checkboxes govuk-checkboxes--small")
                      .add(el("div").cls("govuk-checkboxes__item").add(input)
                               .add(el("label").cls("govuk-label govuk-checkboxes__label").attr("for", "needs_decision")
                                        .text("Needs a decision by elected members (for example funded posts)"))))
             .html() + "\n";
}

}  // namespace

Html actionItemHtml(const Action& a, Date today) {
  Element item = el("li");
  item.add(govuk::link(href(a.id), a.title));
  if (a.overdue(today)) item.text(" ").add(overdueTag());
  std::string facts = std::string(label(a.status)) + "; owner: " + a.owner + "; due " + a.due.iso();
  if (!a.metric.empty())
    if (const auto* m = metrics::findMetric(a.metric)) facts += "; about " + std::string(m->label);
  item.add(el("br")).text(facts);
  if (!a.notes.empty())
    item.add(el("br")).add(el("span").cls("govuk-hint").text(a.notes.back().date.iso() + ": " + a.notes.back().text));
  return item.html() + "\n";
}

Html areaActionsHtml(const std::vector<Action>& actions, Date today, const std::string& add_href) {
  Html out = govuk::headingS("Actions agreed");
  if (actions.empty()) {
    out += govuk::para("No action agreed for this area.");
  } else {
    Element list = el("ul");
    list.cls("govuk-list govuk-list--spaced").text("\n");
    for (const Action& a : actions) list.add(actionItemHtml(a, today));
    out += list.html() + "\n";
  }
  if (!add_href.empty()) out += govuk::para(govuk::link(add_href, "Add an action"));
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

Html overviewActionsHtml(const std::vector<TeamActionFacts>& facts, const std::string& qs) {
  Element section = el("section");
  section.id("actions").attr("aria-labelledby", "actions-heading").text("\n").add(govuk::headingM("Actions", "actions-heading"));
  if (facts.empty()) return section.add(govuk::para("No team has a red area or an open action.")).html() + "\n";
  govuk::Table table{"Open and overdue actions by team, and red areas with no action agreed",
                     {{"Team"}, {"Open actions"}, {"Overdue"}, {"Red areas with no action agreed"}}};
  table.caption_size = govuk::CaptionSize::kSmall;
  table.caption_id = "actions-caption";
  table.first_cell_is_header = true;
  for (const TeamActionFacts& f : facts) {
    const std::string team_href = "/dashboard/team/" + html::urlEncode(f.team_id) + qs;
    Html red;
    for (const std::string& area : f.red_without_action) {
      if (!red.empty()) red += "; ";
      red += govuk::link(team_href + "#area-" + area, metrics::areaLabel(area)) + ": no action agreed";
    }
    Html overdue = Html::text(std::to_string(f.overdue));
    if (f.overdue > 0) overdue += " " + overdueTag();
    table.rows.push_back({govuk::link(team_href, f.team_name), Html::text(std::to_string(f.open)), overdue,
                          red.empty() ? Html::text("None") : red});
    table.row_ids.push_back("actions-" + f.team_id);
  }
  section.add(view::app::scrollRegion("actions-caption", govuk::table(table)))
      .add(govuk::para(govuk::link("/dashboard/actions" + qs, "Every action")));
  return section.html() + "\n";
}

std::string fieldOfError(const std::string& message) {
  for (const char* field : {"scope", "area", "metric", "title", "owner", "due", "period", "description", "note"})
    if (message.find(field) != std::string::npos) return field == std::string("period") ? "agreed_period" : field;
  return "title";
}

Html addFormHtml(const ActionForm& form, const Html& csrf_field) {
  const Action& a = form.action;
  Html out = govuk::heading("Health check actions", "Add an action");
  if (!form.error.empty()) out += govuk::errorSummary({{form.error_field, form.error}});
  std::vector<govuk::Option> scopes;
  for (const std::string& s : form.scopes) scopes.push_back({s, scopeLabel(s), ""});
  Html fields = select(form, "scope", "Team, service or council", scopes, a.scope_id);
  std::vector<govuk::Option> areas;
  for (const auto& info : metrics::areas()) areas.push_back({std::string(info.id), std::string(info.label), ""});
  fields += select(form, "area", "Area", areas, a.area);
  std::vector<govuk::Option> metric_options{{"", "The area as a whole", ""}};
  for (const auto& m : metrics::catalogue())
    metric_options.push_back(
        {std::string(m.id), std::string(m.label) + " (" + metrics::areaLabel(std::string(metrics::info(m.area).id)) + ")", ""});
  fields += select(form, "metric", "Metric (optional)", metric_options, a.metric);
  fields += input(form, "title", "Title", "What will be done, in a few words", a.title);
  govuk::TextareaField description;
  description.name = "description";
  description.label = "What will be done (optional)";
  description.value = a.description;
  description.rows = 4;
  description.label_as_heading = false;
  fields += govuk::textarea(description);
  fields += input(form, "owner", "Owner", "A name or a role", a.owner);
  fields += input(form, "due", "Due date", "For example, 2027-03-31", form.due_text, "date", "off");
  fields += input(form, "agreed_period", "Agreed in period", "The quarter of the health check it answers, e.g. 2026-Q3",
                  a.agreed_period);
  fields += needsDecision(a.needs_decision);
  return out + postForm("/dashboard/actions", csrf_field, fields + govuk::button("Add the action"));
}

Html actionPageHtml(const Action& a, const std::string& changed_by, const std::string& changed_at, Date today,
                    const Html& csrf_field, const std::string& error) {
  Html out = govuk::heading(scopeLabel(a.scope_id) + ", " + metrics::areaLabel(a.area), a.title);
  if (!error.empty()) out += govuk::errorSummary({{"status", error}});
  if (a.overdue(today)) out += govuk::para(overdueTag() + " This action was due on " + a.due.iso() + ".");
  const auto row = [](const char* key, const std::string& value) {
    return govuk::SummaryRow{key, Html::text(value), "", "", ""};
  };
  std::vector<govuk::SummaryRow> rows = {row("Status", std::string(label(a.status))),
                                         row("Owner", a.owner),
                                         row("Due", a.due.iso()),
                                         row("What will be done", a.description.empty() ? "Not written" : a.description),
                                         row("Agreed in", a.agreed_period),
                                         row("Needs a decision by members", a.needs_decision ? "Yes" : "No"),
                                         row("Last changed", changed_by + ", " + changed_at)};
  if (!a.metric.empty())
    if (const auto* m = metrics::findMetric(a.metric)) rows.insert(rows.begin() + 1, row("Metric", std::string(m->label)));
  out += govuk::summaryList(rows);
  out += govuk::headingM("Progress notes");
  if (a.notes.empty()) {
    out += govuk::para("No notes yet.");
  } else {
    Element list = el("ul");
    list.cls("govuk-list govuk-list--spaced").text("\n");
    for (const ActionNote& n : a.notes)
      list.add(el("li").add(el("strong").text(n.date.iso())).text(", " + n.author + ": " + n.text)).text("\n");
    out += list.html() + "\n";
  }
  if (csrf_field.empty()) return out;
  out += govuk::headingM("Update this action");
  govuk::ChoiceField status;
  status.name = "status";
  status.legend = "Status";
  status.checked = {std::string(name(a.status))};
  for (ActionStatus s : {ActionStatus::kPlanned, ActionStatus::kInProgress, ActionStatus::kDone, ActionStatus::kDropped})
    status.options.push_back({std::string(name(s)), std::string(label(s)), ""});
  Html fields = govuk::radios(status);
  fields += govuk::textInput({"due", "Due date", "", a.due.iso(), "", "date"});
  govuk::TextareaField note;
  note.name = "note";
  note.label = "Progress note (optional)";
  note.hint = "Dated today, under your name";
  fields += govuk::textarea(note);
  return out + postForm(href(a.id), csrf_field, fields + govuk::button("Save the update"));
}

}  // namespace hc::web::dashboard
