#include "web/dashboard/dashboard_survey_runs.h"

#include <algorithm>

#include "html/element.h"
#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_format.h"
#include "web/dashboard/dashboard_query.h"
#include "web/view/govuk_content.h"

namespace hc::web::dashboard {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;

std::string nameOf(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto it = names.find(id);
  return it == names.end() ? id : it->second;
}

Html cell(const std::string& text) { return el("td").cls("govuk-table__cell govuk-table__cell--numeric").text(text); }

Html header(const char* text) {
  return el("th").attr("scope", "col").cls("govuk-table__header govuk-table__header--numeric").text(text);
}

Html rowHeader(const std::string& text) {
  return el("th").attr("scope", "row").cls("govuk-table__header").text(text);
}

}  // namespace

std::string surveyDefaultPeriod(const std::vector<surveys::SurveyRun>& runs) {
  const surveys::SurveyRun* latest = nullptr;
  for (const auto& r : runs)
    if (r.open && (!latest || latest->period_to < r.period_to)) latest = &r;
  return latest ? latest->period_label : "";
}

Html surveyRunLinksHtml(std::vector<surveys::SurveyRun> runs, const std::string& shown_period) {
  if (runs.empty()) return {};
  std::stable_sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return b.period_to < a.period_to; });
  html::Element list = el("ul");
  list.cls("govuk-list").text("\n");
  for (const auto& r : runs) {
    const std::string text = r.title + " " + r.period_label + ", " + (r.open ? "open" : "closed");
    html::Element item = el("li");
    if (r.period_label == shown_period)
      item.add(el("a").cls("govuk-link").attr("href", "/dashboard/survey?period=" + urlEncode(r.period_label))
                   .attr("aria-current", "page").text(text))
          .text(" (shown below)");
    else item.add(govuk::link("/dashboard/survey?period=" + urlEncode(r.period_label), text));
    list.add(item).text("\n");
  }
  return el("nav").attr("aria-labelledby", "survey-run-links").text("\n")
             .add(govuk::headingM("Survey runs", "survey-run-links")).add(list).html() + "\n";
}

std::string rateText(int64_t responses, int64_t staff) {
  return staff > 0 ? reports::formatValue(metrics::Unit::kPercent,
                                          100.0 * static_cast<double>(responses) / static_cast<double>(staff))
                   : "No staff in post";
}

std::vector<std::string> teamsTooSmall(const RunProgress& run, int64_t min_group_size) {
  std::vector<std::string> out;
  for (const auto& t : run.teams)
    if (t.staff_in_post < min_group_size) out.push_back(t.team_id);
  return out;
}

Html surveyRunsHtml(const std::vector<RunProgress>& runs, const std::map<std::string, std::string>& team_names,
                    int64_t min_group_size) {
  if (runs.empty()) return {};
  Html out = govuk::headingM("How the survey is going", "survey-runs");
  int n = 0;
  for (const RunProgress& p : runs) {
    const std::string id = "survey-run-" + std::to_string(++n);
    out += govuk::headingS(p.run.title + " (" + p.run.period_label + "): " + (p.run.open ? "open" : "closed"),
                           id + "-heading");
    out += govuk::para(std::string(p.run.open ? "Open, taking answers" : "Closed, no longer taking answers") +
                       "; it asks about " + p.run.period_from.iso() + " to " + p.run.period_to.iso() +
                       (p.run.imported ? "; responses were imported from another survey tool." : "."));
    int64_t links = 0, used = 0, responses = 0, staff = 0;
    html::Element body = el("tbody");
    body.cls("govuk-table__body").text("\n");
    for (const auto& t : p.teams) {
      links += t.invitations;
      used += t.used;
      responses += t.responses;
      staff += t.staff_in_post;
      body.add(el("tr").cls("govuk-table__row").id(id + "-" + t.team_id).add(rowHeader(nameOf(team_names, t.team_id)))
                   .add(cell(std::to_string(t.invitations))).add(cell(std::to_string(t.used)))
                   .add(cell(std::to_string(t.responses))).add(cell(std::to_string(t.staff_in_post)))
                   .add(cell(rateText(t.responses, t.staff_in_post))))
          .text("\n");
    }
    body.add(el("tr").cls("govuk-table__row").add(rowHeader("All teams")).add(cell(std::to_string(links)))
                 .add(cell(std::to_string(used))).add(cell(std::to_string(responses))).add(cell(std::to_string(staff)))
                 .add(cell(rateText(responses, staff))))
        .text("\n");
    const Html table =
        el("table").cls("govuk-table").text("\n")
            .add(el("caption").cls("govuk-table__caption govuk-table__caption--s").id(id + "-caption")
                     .text("Links issued and used, responses and response rate by team")).text("\n")
            .add(el("thead").cls("govuk-table__head")
                     .add(el("tr").cls("govuk-table__row")
                              .add(el("th").attr("scope", "col").cls("govuk-table__header").text("Team"))
                              .add(header("Links issued")).add(header("Links used")).add(header("Responses"))
                              .add(header("Staff in post")).add(header("Response rate")))).text("\n")
            .add(body) + "\n";
    out += view::app::scrollRegion(id + "-caption", table);
    const auto small = teamsTooSmall(p, min_group_size);
    if (small.empty()) continue;
    std::string names;
    for (size_t i = 0; i < small.size(); ++i)
      names += (i == 0 ? "" : i + 1 == small.size() ? " and " : ", ") + nameOf(team_names, small[i]);
    out += el("div").cls("govuk-inset-text").id(id + "-too-small")
               .text(names + (small.size() == 1 ? " has" : " have") + " fewer than " + std::to_string(min_group_size) +
                     " staff in post, so " + (small.size() == 1 ? "it" : "they") + " can never reach the " +
                     std::to_string(min_group_size) + " responses needed to show results of " +
                     (small.size() == 1 ? "its" : "their") +
                     " own. Their staff can still answer: their answers are counted in their service's and the "
                     "council's results only, never shown for the team.") + "\n";
  }
  return out;
}

}  // namespace hc::web::dashboard
