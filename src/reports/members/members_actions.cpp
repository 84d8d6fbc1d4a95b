// "What we are doing": every open action by area, with what will be done,
// who owns it, when it is due and the latest progress note. (The actions
// that need members to decide come first, after the cover:
// members_cover.cpp.)
#include "reports/figure_text.h"
#include "html/element.h"
#include "reports/members/members_parts.h"
#include "reports/narrative.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;

Html actionItem(const ReportModel& model, const Action& a) {
  Html item = actionLine(model, a) + (". " + std::string(label(a.status)) + ".");
  if (!a.description.empty()) item += " " + a.description;
  if (!a.notes.empty()) {
    const ActionNote& latest = a.notes.back();
    item += " " + el("span").cls("note").text("Latest, " + longDate(latest.date) + ": " + latest.text);
  }
  return el("li").add(item) + newline();
}

}  // namespace

Html actionsPage(const ReportModel& model) {
  Html h = newline() + el("h2").text("What we are doing") + newline();
  size_t open = 0;
  for (const Action& a : model.actions) open += a.open() ? 1 : 0;
  if (open == 0) {
    h += el("p").text("No actions have been agreed yet. Directors and managers record each action they agree, with "
                      "its owner and due date, and this section lists them.") +
         newline();
  } else {
    h += el("p").text("Every action agreed and not yet finished, by area. An action is overdue when its due date has "
                      "passed and it is not done.") +
         newline();
  }
  const ScopeFigures* council = model.council();
  for (const metrics::AreaInfo& area : metrics::areas()) {
    Html items;
    for (const Action& a : model.actions)
      if (a.open() && a.area == area.id) items += actionItem(model, a);
    const bool red = council && council->areas[size_t(area.area)].status == metrics::Status::kRed;
    if (items.empty() && !red) continue;
    h += el("h3").text(area.label) + newline();
    if (items.empty()) {
      h += el("p").text("No action has been agreed for this area, although it is rated red.") + newline();
    } else {
      h += el("ul").cls("actions").add(newline() + items) + newline();
    }
  }
  return el("section").cls("flow").id("actions").add(h) + newline();
}

}  // namespace hc::reports::members
