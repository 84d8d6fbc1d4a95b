// "What we are doing" and "Decisions for members": every open action by
// area, with what will be done, who owns it, when it is due and the latest
// progress note; then the actions that need members to decide (funded
// posts, for example) as a paragraph members can act on.
#include "reports/figure_text.h"
#include "core/html_escape.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {
namespace {

std::string actionItem(const ReportModel& model, const Action& a) {
  std::string h = "<li>" + actionLine(model, a) + ". " + std::string(label(a.status)) + ".";
  if (!a.description.empty()) h += " " + escapeHtml(a.description);
  if (!a.notes.empty()) {
    const ActionNote& latest = a.notes.back();
    h += " <span class=\"note\">Latest, " + escapeHtml(longDate(latest.date)) + ": " + escapeHtml(latest.text) +
         "</span>";
  }
  return h + "</li>\n";
}

}  // namespace

std::string actionsPage(const ReportModel& model) {
  std::string h = "<section class=\"flow\" id=\"actions\">\n<h2>What we are doing</h2>\n";
  size_t open = 0;
  for (const Action& a : model.actions) open += a.open() ? 1 : 0;
  if (open == 0) {
    h += "<p>No actions have been agreed yet. Directors and managers record each action they agree, with its "
         "owner and due date, and this section lists them.</p>\n";
  } else {
    h += "<p>Every action agreed and not yet finished, by area. An action is overdue when its due date has passed "
         "and it is not done.</p>\n";
  }
  const ScopeFigures* council = model.council();
  for (const metrics::AreaInfo& area : metrics::areas()) {
    std::string items;
    for (const Action& a : model.actions)
      if (a.open() && a.area == area.id) items += actionItem(model, a);
    const bool red = council && council->areas[size_t(area.area)].status == metrics::Status::kRed;
    if (items.empty() && !red) continue;
    h += "<h3>" + escapeHtml(area.label) + "</h3>\n";
    if (items.empty()) {
      h += "<p>No action has been agreed for this area, although it is rated red.</p>\n";
    } else {
      h += "<ul class=\"actions\">\n" + items + "</ul>\n";
    }
  }
  h += "</section>\n<section class=\"flow\" id=\"decisions\">\n<h2>Decisions for members</h2>\n";
  std::vector<std::string> asks;
  for (const Action& a : model.actions) {
    if (!a.open() || !a.needs_decision) continue;
    std::string ask = "<strong>" + escapeHtml(a.title) + "</strong> for " + escapeHtml(model.scopeName(a.scope_id));
    if (!a.description.empty()) ask += " (" + escapeHtml(a.description) + ")";
    if (!a.owner.empty()) ask += ", brought by " + escapeHtml(a.owner);
    ask += ", needed by " + escapeHtml(longDate(a.due));
    asks.push_back(ask);
  }
  if (asks.empty()) {
    h += "<p>Nothing in this report needs a decision by members.</p>\n";
  } else {
    h += "<p>Members are asked to decide on " + std::string(asks.size() == 1 ? "one matter" : "these matters") +
         ": " + listInWords(asks) + ".</p>\n";
  }
  return h + "</section>\n";
}

}  // namespace hc::reports::members
