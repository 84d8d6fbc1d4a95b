#include "web/survey/staff_results_page.h"

#include "html/adopted_markup.h"
#include "web/view/govuk_content.h"
#include "actions/action_store.h"
#include "core/utc_clock.h"
#include "metrics/catalogue.h"
#include "metrics/status.h"
#include "metrics/thresholds.h"
#include "reports/figure_text.h"
#include "surveys/excess_responses.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_runs.h"
#include "web/dashboard/dashboard_actions.h"
#include "web/dashboard/dashboard_format.h"
#include "web/http/govuk_components.h"
#include "web/http/html.h"

namespace hc::web::survey {

using http::escapeHtml;
using http::Request;
using http::Response;
using http::Router;
using view::Page;
namespace govuk = http::govuk;
namespace {

std::string percent(double v) { return reports::formatValue(metrics::Unit::kPercent, v); }

// "62 (Amber)": the score with the rating the health check gives it.
std::string ratedScore(const std::string& area, const std::optional<double>& score) {
  if (!score) return "No answers";
  std::string text = reports::formatValue(metrics::Unit::kScore, *score);
  if (const auto* m = metrics::findMetric("survey_" + area))
    text += " (" + dashboard::statusWord(metrics::rate(m->metric, *score, metrics::Thresholds::defaults())) + ")";
  return text;
}

std::string whoAnswered(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run) {
  std::string t = "<table class=\"govuk-table\">\n<caption class=\"govuk-table__caption govuk-table__caption--s\" "
                  "id=\"staff-rates-caption\">Responses and response rate by team</caption>\n<thead "
                  "class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><th scope=\"col\" "
                  "class=\"govuk-table__header\">Team</th><th scope=\"col\" class=\"govuk-table__header "
                  "govuk-table__header--numeric\">Responses</th><th scope=\"col\" class=\"govuk-table__header "
                  "govuk-table__header--numeric\">Response rate</th></tr></thead>\n<tbody class=\"govuk-table__body\">\n";
  for (const auto& s : run.scopes)
    t += "<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">" +
         escapeHtml(data.nameOf(s.scope)) + "</th><td class=\"govuk-table__cell govuk-table__cell--numeric\">" +
         std::to_string(s.responses) + "</td><td class=\"govuk-table__cell govuk-table__cell--numeric\">" +
         escapeHtml(s.response_rate ? percent(*s.response_rate) : std::string("No staff in post")) +
         (s.more_responses_than_staff ? "<br>" + escapeHtml(surveys::excessNote(s)) : "") + "</td></tr>\n";
  return dashboard::scrollRegion("staff-rates-caption", html::adopt(t + "</tbody></table>\n")).str();
}

std::string answers(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run,
                    const surveys::ScopeResults& council) {
  std::string out;
  for (const auto& q : council.questions) {
    const surveys::QuestionWording w = data.wordingOf(run.run, q.question_id);
    out += "<h3 class=\"govuk-heading-s\">" + escapeHtml(w.text) + "</h3>\n";
    if (q.suppressed) {
      out += "<p class=\"govuk-body\">Fewer than " + std::to_string(data.min_group_size) +
             " people answered: not shown.</p>\n";
      continue;
    }
    out += "<ul class=\"govuk-list\">";
    for (size_t i = 0; i < 5; ++i)
      out += "<li>" + escapeHtml(w.labels[i]) + ": " +
             escapeHtml(percent(100.0 * static_cast<double>(q.counts[i]) / static_cast<double>(q.answered))) + "</li>";
    out += "</ul>\n<p class=\"govuk-body govuk-hint\">" + std::to_string(q.answered) + " people answered.</p>\n";
  }
  return out;
}

std::string youSaidWeDid(const surveys::SurveyResults& run, const std::vector<Action>& actions, Date today) {
  std::string out = "<section aria-labelledby=\"we-did\">\n<h2 class=\"govuk-heading-l\" id=\"we-did\">You said, we "
                    "did</h2>\n<p class=\"govuk-body\">The actions managers and directors agreed for the areas this "
                    "survey asks about, with who owns each and when it is due.</p>\n";
  for (const std::string& area : surveys::scoredAreas(run)) {
    std::vector<Action> here;
    for (const Action& a : actions)
      if (a.area == area && a.status != ActionStatus::kDropped) here.push_back(a);
    out += "<h3 class=\"govuk-heading-m\">" + escapeHtml(metrics::areaLabel(area)) + "</h3>\n";
    if (here.empty()) {
      out += "<p class=\"govuk-body\">No action agreed yet.</p>\n";
      continue;
    }
    out += "<ul class=\"govuk-list govuk-list--spaced\">\n";
    for (const Action& a : here)
      out += "<li><strong>" + escapeHtml(a.title) + "</strong>" +
             (a.overdue(today) ? " <strong class=\"hc-tag hc-status--red\">Overdue</strong>" : "") + "<br>" +
             escapeHtml((a.scope_id == "council" ? std::string("The whole council") : a.scope_id) + "; " +
                        std::string(label(a.status)) + "; owner: " + a.owner + "; due " + a.due.iso()) +
             "</li>\n";
    out += "</ul>\n";
  }
  return out + "</section>\n";
}

}  // namespace

std::string staffResultsHtml(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run,
                             const std::vector<Action>& actions, Date today) {
  std::string out = dashboard::stylesheetLink().str() + govuk::heading(run.run.period_label, "Staff survey results: " +
                                                                                      run.run.title);
  out += "<p class=\"govuk-body\">Thank you to everyone who answered. These are the results for the whole council, "
         "and what is being done about them. To keep answers anonymous, no figures are shown for a group of fewer "
         "than " + std::to_string(data.min_group_size) + " people, and no comments are shown here.</p>\n";
  const surveys::ScopeResults* council = nullptr;
  for (const auto& s : run.scopes)
    if (s.scope == "council") council = &s;
  out += "<h2 class=\"govuk-heading-l\">Who answered</h2>\n" + whoAnswered(data, run);
  out += "<h2 class=\"govuk-heading-l\">Scores by area</h2>\n<p class=\"govuk-body\">Scores run from 0 to 100; higher "
         "is better. The rating is the health check's red, amber or green.</p>\n";
  if (!council || council->suppressed) {
    out += "<p class=\"govuk-body\">Fewer than " + std::to_string(data.min_group_size) +
           " people answered across the council, so no scores are shown.</p>\n";
  } else {
    std::vector<govuk::SummaryRow> rows;
    for (const std::string& area : surveys::scoredAreas(run)) {
      const auto it = council->area_scores.find(area);
      rows.push_back({metrics::areaLabel(area), ratedScore(area, it == council->area_scores.end() ? std::nullopt
                                                                                                 : it->second),
                      "", "", ""});
    }
    out += govuk::summaryList(rows);
    out += "<h2 class=\"govuk-heading-l\">Question by question</h2>\n" + answers(data, run, *council);
  }
  return out + youSaidWeDid(run, actions, today);
}

void StaffResultsPage::addRoutes(Router& router) {
  router.get("/r/{token}", [this](Request& r) { return serve(r); }, "public");
}

Response StaffResultsPage::serve(Request& request) {
  auto db = pool_.acquire();
  const auto run_id = surveys::publishedRunOf(*db, request.param("token"));
  if (!run_id)
    return Response::html(layout_.render(Page{"Page not found",
                                              view::govuk::heading("", "Page not found") +
                                                  view::govuk::para(
                                                      "These survey results are not published at this address. If you "
                                                      "followed a link from your intranet, the results may have been "
                                                      "taken down."),
                                              "", false}),
                          404);
  const surveys::SurveyRun run = surveys::SurveyRuns(*db).get(*run_id);
  surveys::ResultsOptions options;
  options.min_group_size = min_group_size_;
  options.published = true;  // no comments, small groups suppressed
  const surveys::PeriodSurveys data =
      surveys::loadPeriodSurveys(*db, run.period_from, run.period_to, options, &catalogue_);
  std::vector<Action> agreed;
  for (auto& s : actions::ActionStore(*db).list()) agreed.push_back(std::move(s.action));
  for (const auto& r : data.runs) {
    if (r.run.run_id != *run_id) continue;
    Response out = Response::html(
        layout_.render(Page{"Staff survey results " + run.period_label, html::adopt(staffResultsHtml(data, r, agreed,
                                                                                           utcToday())),
                            "", false}));
    out.headers.emplace_back("X-Robots-Tag", "noindex, nofollow");
    return out;
  }
  return Response::text(404, "Not found\n");
}

}  // namespace hc::web::survey
