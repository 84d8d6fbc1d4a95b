// The members' report's cover (a page of its own: the council, the
// meeting, the period, the date, the author and whom to contact) and
// "Decisions for members", which opens the page after it: what members are
// asked to decide comes before anything they are asked to read.
#include "html/element.h"
#include "reports/figure_text.h"
#include "reports/members/members_parts.h"

namespace hc::reports::members {
namespace {

using html::el;
using html::Html;

Html detail(const char* term, const std::string& value) {
  if (value.empty()) return {};
  return el("dt").text(term) + el("dd").text(value) + newline();
}

}  // namespace

Html coverPage(const ReportModel& model) {
  // The date is the subtitle's "Written ...".
  const Html details = newline() + detail("Meeting", model.cover.meeting) + detail("Author", model.cover.author) +
                       detail("Contact", model.cover.contact);
  const Html list = details.str() == "\n" ? Html() : el("dl").cls("cover-details").add(details) + newline();
  return el("section").cls("cover").id("cover").add(
             newline() + el("p").cls("kicker").text("Report to elected members") + newline() +
             el("h1").text("Social work health check") + newline() + el("p").cls("council").text(model.council_name) +
             newline() +
             el("p").cls("subtitle").text(model.period.label + ": " + periodPhrase(model.period, model.records_up_to) +
                                          ". Written " + longDate(model.written) + ".") +
             newline() + list +
             el("p").cls("note").text("Figures about fewer than " + std::to_string(model.min_group_size) +
                                      " people are not published, to protect their privacy.") +
             newline()) +
         newline();
}

Html decisionsSection(const ReportModel& model) {
  Html decisions = newline() + el("h2").text("Decisions for members") + newline();
  std::vector<Html> asks;
  for (const Action& a : model.actions) {
    if (!a.open() || !a.needs_decision) continue;
    Html ask = el("strong").text(a.title) + (" for " + model.scopeName(a.scope_id));
    if (!a.description.empty()) ask += " (" + a.description + ")";
    if (!a.owner.empty()) ask += ", brought by " + a.owner;
    ask += ", needed by " + longDate(a.due);
    asks.push_back(std::move(ask));
  }
  if (asks.empty()) {
    decisions += el("p").text("Nothing in this report needs a decision by members.") + newline();
  } else {
    decisions += el("p")
                     .text("Members are asked to decide on " +
                           std::string(asks.size() == 1 ? "one matter" : "these matters") + ": ")
                     .add(htmlListInWords(asks))
                     .text(".") +
                 newline();
  }
  return el("section").cls("flow").id("decisions").add(decisions) + newline();
}

}  // namespace hc::reports::members
