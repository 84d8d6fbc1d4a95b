#include "web/dashboard/dashboard_actions.h"

#include <cctype>
#include <map>

#include "actions/scope_label.h"
#include "html/element.h"
#include "core/records.h"
#include "metrics/catalogue.h"
#include "reports/figure_text.h"
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

// A POST form to `action` with the CSRF field first.
Html postForm(const std::string& action, const Html& csrf_field, const Html& fields) {
  return el("form").attr("method", "post").attr("action", action).attr("novalidate")
             .text("\n").add(csrf_field).add(fields).html() + "\n";
}

// The form's problem with `field`, else "": a sentence, capitalised.
std::string errorOf(const std::vector<actions::ActionProblem>& problems, const std::string& field) {
  for (const auto& p : problems)
    if (p.field == field) {
      std::string message = p.message;
      message[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(message[0])));
      return message;
    }
  return "";
}

// The error summary: each problem, linking to its field.
Html summaryOf(const std::vector<actions::ActionProblem>& problems) {
  std::vector<govuk::FieldError> errors;
  for (const auto& p : problems) errors.push_back({p.field, errorOf(problems, p.field)});
  return govuk::errorSummary(errors);
}

Html input(const ActionForm& form, const std::string& field, const std::string& label, const std::string& hint,
           const std::string& value, const std::string& width = "") {
  govuk::InputField f{field, label, hint, value, errorOf(form.problems, field)};
  f.width_class = width;
  return govuk::textInput(f);
}

// A due date field: the form of date the checks and the CLI take, said in
// the hint (a browser's own date picker would show its locale's instead).
Html dueField(const std::string& value, const std::string& error) {
  govuk::InputField f{"due", "Due date", "Year, month and day, for example 2027-03-31", value, error};
  f.width_class = "govuk-input--width-10";
  f.autocomplete = "off";
  f.spellcheck_off = true;
  return govuk::textInput(f);
}

// The owner's email address: someone else's, so no autofill; its hint says
// what it is for and that it may be left out.
Html ownerEmailField(const std::string& value, const std::string& error) {
  govuk::InputField f{"owner_email", "Owner's email address (optional)",
                      "Each week the owner is sent their actions due in the next 14 days and any overdue. Leave it "
                      "empty to send them nothing.",
                      value, error};
  f.type = "email";
  f.autocomplete = "off";
  f.spellcheck_off = true;
  f.width_class = "govuk-!-width-two-thirds";
  return govuk::textInput(f);
}

// The metrics, grouped by area: the chosen area's first, the others after
// (a choice of another area's metric is refused by the checks, and says so).
std::vector<govuk::OptionGroup> metricGroups(const std::string& chosen_area) {
  std::vector<govuk::OptionGroup> groups;
  for (const auto& info : metrics::areas()) {
    govuk::OptionGroup g{std::string(info.label), {}};
    for (const auto& m : metrics::catalogue())
      if (m.area == info.area) g.options.push_back({std::string(m.id), std::string(m.label), ""});
    if (info.id == chosen_area) groups.insert(groups.begin(), std::move(g));
    else groups.push_back(std::move(g));
  }
  return groups;
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
  std::string facts = std::string(label(a.status)) + "; owner: " + a.owner + "; due " + reports::longDate(a.due);
  if (!a.metric.empty())
    if (const auto* m = metrics::findMetric(a.metric)) facts += "; about " + std::string(m->label);
  item.add(el("br")).text(facts);
  if (!a.notes.empty())
    item.add(el("br")).add(el("span").cls("govuk-hint").text(reports::longDate(a.notes.back().date) + ": " + a.notes.back().text));
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

std::string scopeLabel(const std::string& scope, const std::map<std::string, std::string>& names) {
  return actions::scopeLabel(scope, names);
}

Html addFormHtml(const ActionForm& form, const Html& csrf_field) {
  const Action& a = form.action;
  Html out = govuk::heading("Health check actions", "Add an action");
  out += summaryOf(form.problems);
  std::vector<govuk::Option> scopes;
  for (const std::string& s : form.scopes) scopes.push_back({s, scopeLabel(s, form.scope_names), ""});
  Html fields = govuk::select({"scope", "Team, service or council", "", scopes, a.scope_id, errorOf(form.problems, "scope")});
  std::vector<govuk::Option> areas;
  for (const auto& info : metrics::areas()) areas.push_back({std::string(info.id), std::string(info.label), ""});
  fields += govuk::select({"area", "Area", "", areas, a.area, errorOf(form.problems, "area")});
  govuk::SelectField metric{"metric", "Metric (optional)", "One of the area's measures, or the area as a whole",
                            {{"", "The area as a whole", ""}}, a.metric, errorOf(form.problems, "metric")};
  metric.groups = metricGroups(a.area);
  fields += govuk::select(metric);
  fields += input(form, "title", "Title", "What will be done, in a few words", a.title);
  govuk::TextareaField description;
  description.name = "description";
  description.label = "What will be done (optional)";
  description.value = a.description;
  description.error = errorOf(form.problems, "description");
  description.rows = 4;
  description.label_as_heading = false;
  fields += govuk::textarea(description);
  fields += input(form, "owner", "Owner", "A name or a role", a.owner);
  fields += ownerEmailField(a.owner_email, errorOf(form.problems, "owner_email"));
  fields += dueField(form.due_text, errorOf(form.problems, "due"));
  fields += input(form, "agreed_period", "Agreed in period",
                  "The health check it answers: a quarter such as 2026-Q3, a month such as 2026-07 or a year",
                  a.agreed_period, "govuk-input--width-10");
  fields += needsDecision(a.needs_decision);
  return out + postForm("/dashboard/actions", csrf_field, fields + govuk::button("Add the action"));
}

std::string changedByText(const std::string& actor, const std::string& at) {
  std::string who = actor;
  if (actor.rfind("cli:", 0) == 0)
    who = actor == "cli:unknown" || actor.size() == 4 ? "the command line" : actor.substr(4) + " on the command line";
  const auto date = Date::parse(at.substr(0, 10));
  return date ? who + ", " + reports::longDate(*date) : who;
}

Html actionPageHtml(const Action& a, const std::string& scope_name, const std::string& changed_by,
                    const std::string& changed_at, Date today, const Html& csrf_field,
                    const std::vector<actions::ActionProblem>& problems,
                    const std::optional<std::string>& owner_email_text) {
  Html out = govuk::heading(scope_name + ", " + metrics::areaLabel(a.area), a.title);
  out += summaryOf(problems);
  if (a.overdue(today)) out += govuk::para(overdueTag() + " This action was due on " + reports::longDate(a.due) + ".");
  const auto row = [](const char* key, const std::string& value) {
    return govuk::SummaryRow{key, Html::text(value), "", "", ""};
  };
  std::vector<govuk::SummaryRow> rows = {row("Status", std::string(label(a.status))),
                                         row("Owner", a.owner),
                                         row("Owner's email", a.owner_email.empty() ? "None: no weekly digest"
                                                                                     : a.owner_email),
                                         row("Due", reports::longDate(a.due)),
                                         row("What will be done", a.description.empty() ? "Not written" : a.description),
                                         row("Agreed in", a.agreed_period),
                                         row("Needs a decision by members", a.needs_decision ? "Yes" : "No"),
                                         row("Last changed", changedByText(changed_by, changed_at))};
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
      list.add(el("li").add(el("strong").text(reports::longDate(n.date))).text(", " + changedByText(n.author, "") + ": " + n.text))
          .text("\n");
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
  status.error = errorOf(problems, "status");
  Html fields = govuk::radios(status);
  fields += dueField(a.due.iso(), errorOf(problems, "due"));
  fields += ownerEmailField(owner_email_text ? *owner_email_text : a.owner_email, errorOf(problems, "owner_email"));
  govuk::TextareaField note;
  note.name = "note";
  note.error = errorOf(problems, "note");
  note.label = "Progress note (optional)";
  note.hint = "Dated today, under your name";
  fields += govuk::textarea(note);
  return out + postForm(href(a.id), csrf_field, fields + govuk::button("Save the update"));
}

}  // namespace hc::web::dashboard
