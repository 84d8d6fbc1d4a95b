#include "web/survey/staff_results_page.h"

#include "actions/action_store.h"
#include "core/utc_clock.h"
#include "metrics/catalogue.h"
#include "metrics/status.h"
#include "load/figure_settings.h"
#include "metrics/thresholds.h"
#include "reports/figure_text.h"
#include "surveys/excess_responses.h"
#include "surveys/survey_publication.h"
#include "surveys/survey_runs.h"
#include "html/element.h"
#include "web/dashboard/dashboard_format.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_table.h"

namespace hc::web::survey {

using html::el;
using html::Element;
using html::Html;
using http::Request;
using http::Response;
using http::Router;
using view::Page;
namespace govuk = view::govuk;
namespace {

Html headingL(const std::string& text) { return el("h2").cls("govuk-heading-l").text(text).html() + "\n"; }

std::string percent(double v) { return reports::formatValue(metrics::Unit::kPercent, v); }

// "62 (Amber)": the score with the rating the health check gives it.
std::string ratedScore(const std::string& area, const std::optional<double>& score) {
  if (!score) return "No answers";
  std::string text = reports::formatValue(metrics::Unit::kScore, *score);
  if (const auto* m = metrics::findMetric("survey_" + area))
    text += " (" + dashboard::statusWord(metrics::rate(m->metric, *score, metrics::Thresholds::defaults())) + ")";
  return text;
}

Html whoAnswered(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run) {
  govuk::Table t{"Responses and response rate by team", {{"Team"}, {"Responses", true}, {"Response rate", true}}};
  t.caption_size = govuk::CaptionSize::kSmall;
  t.caption_id = "staff-rates-caption";
  t.first_cell_is_header = true;
  for (const auto& s : run.scopes)
    t.rows.push_back({Html::text(data.nameOf(s.scope)), Html::text(std::to_string(s.responses)),
                      Html::text(s.response_rate ? percent(*s.response_rate) : std::string("No staff in post")) +
                          (s.more_responses_than_staff ? Html::markup("<br>") + surveys::excessNote(s) : Html())});
  return view::app::scrollRegion("staff-rates-caption", govuk::table(t));
}

Html answers(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run, const surveys::ScopeResults& council) {
  Html out;
  for (const auto& q : council.questions) {
    const surveys::QuestionWording w = data.wordingOf(run.run, q.question_id);
    out += govuk::headingS(w.text);
    if (q.suppressed) {
      out += govuk::para("Fewer than " + std::to_string(data.min_group_size) + " people answered: not shown.");
      continue;
    }
    Element list = el("ul");
    list.cls("govuk-list");
    for (size_t i = 0; i < 5; ++i)
      list.add(el("li").text(w.labels[i] + ": " +
                             percent(100.0 * static_cast<double>(q.counts[i]) / static_cast<double>(q.answered))));
    out += list.html() + "\n";
    out += el("p").cls("govuk-body govuk-hint").text(std::to_string(q.answered) + " people answered.").html() + "\n";
  }
  return out;
}

Html youSaidWeDid(const surveys::SurveyResults& run, const std::vector<Action>& actions, Date today) {
  Html out = el("h2").cls("govuk-heading-l").id("we-did").text("You said, we did").html() + "\n";
  out += govuk::para("The actions managers and directors agreed for the areas this survey asks about, with who owns "
                     "each and when it is due.");
  for (const std::string& area : surveys::scoredAreas(run)) {
    std::vector<Action> here;
    for (const Action& a : actions)
      if (a.area == area && a.status != ActionStatus::kDropped) here.push_back(a);
    out += el("h3").cls("govuk-heading-m").text(metrics::areaLabel(area)).html() + "\n";
    if (here.empty()) {
      out += govuk::para("No action agreed yet.");
      continue;
    }
    Element list = el("ul");
    list.cls("govuk-list govuk-list--spaced").text("\n");
    for (const Action& a : here) {
      Element item = el("li");
      item.add(el("strong").text(a.title));
      if (a.overdue(today)) item.text(" ").add(view::app::statusTag("Overdue", "red"));
      item.add(el("br")).text((a.scope_id == "council" ? std::string("The whole council") : a.scope_id) + "; " +
                              std::string(label(a.status)) + "; owner: " + a.owner + "; due " + a.due.iso());
      list.add(item).text("\n");
    }
    out += list.html() + "\n";
  }
  return el("section").attr("aria-labelledby", "we-did").text("\n").add(out).html() + "\n";
}

}  // namespace

Html staffResultsHtml(const surveys::PeriodSurveys& data, const surveys::SurveyResults& run,
                      const std::vector<Action>& actions, Date today) {
  Html out = view::app::stylesheetLink() + govuk::heading(run.run.period_label, "Staff survey results: " + run.run.title);
  out += govuk::para("Thank you to everyone who answered. These are the results for the whole council, and what is "
                     "being done about them. To keep answers anonymous, no figures are shown for a group of fewer "
                     "than " + std::to_string(data.min_group_size) + " people, and no comments are shown here.");
  const surveys::ScopeResults* council = nullptr;
  for (const auto& s : run.scopes)
    if (s.scope == "council") council = &s;
  out += headingL("Who answered") + whoAnswered(data, run);
  out += headingL("Scores by area");
  out += govuk::para("Scores run from 0 to 100; higher is better. The rating is the health check's red, amber or green.");
  if (!council || council->suppressed) {
    out += govuk::para("Fewer than " + std::to_string(data.min_group_size) +
                       " people answered across the council, so no scores are shown.");
  } else {
    std::vector<govuk::SummaryRow> rows;
    for (const std::string& area : surveys::scoredAreas(run)) {
      const auto it = council->area_scores.find(area);
      rows.push_back({metrics::areaLabel(area),
                      Html::text(ratedScore(area, it == council->area_scores.end() ? std::nullopt : it->second)), "",
                      "", ""});
    }
    out += govuk::summaryList(rows);
    out += headingL("Question by question") + answers(data, run, *council);
  }
  return out + youSaidWeDid(run, actions, today);
}

void StaffResultsPage::addRoutes(Router& router) {
  router.get("/r/{token}", [this](Request& r) { return serve(r); }, "public");
}

Response StaffResultsPage::serve(Request& request) {
  auto db = pool_.acquire();
  const auto run_id = surveys::publishedRunOf(*db, request.param("token"));
  if (!run_id) return errors_.page(404, request);
  const surveys::SurveyRun run = surveys::SurveyRuns(*db).get(*run_id);
  surveys::ResultsOptions options;
  load::FigureSettings fallback;
  fallback.min_group_size = min_group_size_;
  options.min_group_size = load::loadFigureSettings(*db, fallback).min_group_size;  // as set at /admin/settings
  options.published = true;  // no comments, small groups suppressed
  const surveys::PeriodSurveys data =
      surveys::loadPeriodSurveys(*db, run.period_from, run.period_to, options, &catalogue_);
  std::vector<Action> agreed;
  for (auto& s : actions::ActionStore(*db).list()) agreed.push_back(std::move(s.action));
  for (const auto& r : data.runs) {
    if (r.run.run_id != *run_id) continue;
    Response out = Response::html(
        layout_.render(Page{"Staff survey results " + run.period_label, staffResultsHtml(data, r, agreed, utcToday()), "", false}));
    out.headers.emplace_back("X-Robots-Tag", "noindex, nofollow");
    return out;
  }
  return errors_.page(404, request);
}

}  // namespace hc::web::survey
