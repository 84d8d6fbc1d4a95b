#include "web/dashboard/dashboard_survey_runs.h"

#include "metrics/catalogue.h"
#include "reports/figure_text.h"
#include "web/dashboard/dashboard_format.h"
#include "web/http/html.h"

namespace hc::web::dashboard {
namespace {

using http::escapeHtml;

std::string nameOf(const std::map<std::string, std::string>& names, const std::string& id) {
  const auto it = names.find(id);
  return it == names.end() ? id : it->second;
}

std::string cell(const std::string& text) {
  return "<td class=\"govuk-table__cell govuk-table__cell--numeric\">" + escapeHtml(text) + "</td>";
}

std::string header(const std::string& text) {
  return "<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">" + text + "</th>";
}

}  // namespace

std::vector<std::string> teamsTooSmall(const RunProgress& run, int64_t min_group_size) {
  std::vector<std::string> out;
  for (const auto& t : run.teams)
    if (t.staff_in_post < min_group_size) out.push_back(t.team_id);
  return out;
}

std::string surveyRunsHtml(const std::vector<RunProgress>& runs, const std::map<std::string, std::string>& team_names,
                           int64_t min_group_size) {
  if (runs.empty()) return "";
  std::string out = "<h2 class=\"govuk-heading-m\" id=\"survey-runs\">How the survey is going</h2>\n";
  int n = 0;
  for (const RunProgress& p : runs) {
    const std::string id = "survey-run-" + std::to_string(++n);
    out += "<h3 class=\"govuk-heading-s\" id=\"" + id + "-heading\">" + escapeHtml(p.run.title) + " (" +
           escapeHtml(p.run.period_label) + "): " + (p.run.open ? "open" : "closed") + "</h3>\n";
    out += "<p class=\"govuk-body\">" +
           escapeHtml(std::string(p.run.open ? "Open, taking answers" : "Closed, no longer taking answers") +
                      "; it asks about " + p.run.period_from.iso() + " to " + p.run.period_to.iso() +
                      (p.run.imported ? "; responses were imported from another survey tool." : ".")) +
           "</p>\n";
    int64_t links = 0, used = 0, responses = 0, staff = 0;
    std::string table = "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--s\" "
                        "id=\"" + id + "-caption\">Links issued and used, responses and response rate by team</caption>\n"
                        "<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
                        "class=\"govuk-table__header\">Team</th>" + header("Links issued") + header("Links used") +
                        header("Responses") + header("Staff in post") + header("Response rate") +
                        "</tr></thead>\n<tbody class=\"govuk-table__body\">\n";
    for (const auto& t : p.teams) {
      links += t.invitations;
      used += t.used;
      responses += t.responses;
      staff += t.staff_in_post;
      table += "<tr class=\"govuk-table__row\" id=\"" + id + "-" + escapeHtml(t.team_id) + "\"><th scope=\"row\" "
               "class=\"govuk-table__header\">" + escapeHtml(nameOf(team_names, t.team_id)) + "</th>" +
               cell(std::to_string(t.invitations)) + cell(std::to_string(t.used)) + cell(std::to_string(t.responses)) +
               cell(std::to_string(t.staff_in_post)) +
               cell(t.staff_in_post > 0 ? reports::formatValue(metrics::Unit::kPercent,
                                                               100.0 * static_cast<double>(t.responses) /
                                                                   static_cast<double>(t.staff_in_post))
                                        : "No staff in post") +
               "</tr>\n";
    }
    table += "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">All teams</th>" +
             cell(std::to_string(links)) + cell(std::to_string(used)) + cell(std::to_string(responses)) +
             cell(std::to_string(staff)) +
             cell(staff > 0 ? reports::formatValue(metrics::Unit::kPercent,
                                                   100.0 * static_cast<double>(responses) / static_cast<double>(staff))
                            : "No staff in post") +
             "</tr>\n</tbody></table>\n";
    out += scrollRegion(id + "-caption", table);
    const auto small = teamsTooSmall(p, min_group_size);
    if (small.empty()) continue;
    std::string names;
    for (size_t i = 0; i < small.size(); ++i)
      names += (i == 0 ? "" : i + 1 == small.size() ? " and " : ", ") + nameOf(team_names, small[i]);
    out += "<div class=\"govuk-inset-text\" id=\"" + id + "-too-small\">" +
           escapeHtml(names + (small.size() == 1 ? " has" : " have") + " fewer than " +
                      std::to_string(min_group_size) + " staff in post, so " + (small.size() == 1 ? "it" : "they") +
                      " can never reach the " + std::to_string(min_group_size) +
                      " responses needed to show results of " + (small.size() == 1 ? "its" : "their") +
                      " own. Their staff can still answer: their answers are counted in their service's and the "
                      "council's results only, never shown for the team.") +
           "</div>\n";
  }
  return out;
}

}  // namespace hc::web::dashboard
