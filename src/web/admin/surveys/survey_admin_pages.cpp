#include "web/admin/surveys/survey_admin_pages.h"

#include "access/access_scope.h"
#include "access/audit_events.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "load/figure_settings.h"
#include "surveys/excess_responses.h"
#include "surveys/survey_publication.h"
#include "web/dashboard/dashboard_survey_runs.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"

namespace hc::web::admin {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;
namespace field = surveys::opening_field;

std::string errorFor(const std::vector<surveys::OpeningProblem>& problems, const std::string& name) {
  for (const auto& p : problems)
    if (p.field == name) return p.message;
  return "";
}

// The field an error summary's link goes to: the first input of the field.
std::string anchorOf(const std::string& name) { return name; }

std::string closingText(const surveys::SurveyRun& run, Date today) {
  if (!run.closes_on) return "None given";
  std::string text = run.closes_on->iso();
  if (run.open && *run.closes_on < today) text += " (passed: close the survey when you are ready)";
  return text;
}

}  // namespace

void SurveyAdminPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/surveys", [this](http::Request& r) { return list(r); }, kAdmin);
  router.get("/admin/surveys/open", [this](http::Request& r) { return openForm(r, {}, {}); }, kAdmin);
  router.post("/admin/surveys/open", [this](http::Request& r) { return open(r); }, kAdmin);
  router.get("/admin/surveys/run", [this](http::Request& r) { return status(r); }, kAdmin);
}

http::Response SurveyAdminPages::list(http::Request& request) const {
  auto db = context_.pool().acquire();
  surveys::SurveyRuns runs(*db);
  const Date today = utcToday();
  govuk::Table table{"Survey runs",
                     {{"Survey run"}, {"Period"}, {"State"}, {"Closing date"}, {"Responses", true},
                      {"Response rate", true}, {"Results page"}}};
  table.first_cell_is_header = true;
  table.caption_id = "survey-runs-caption";
  auto all = runs.list();
  for (auto it = all.rbegin(); it != all.rend(); ++it) {  // the latest first
    const surveys::SurveyRun& run = *it;
    int64_t responses = 0, staff = 0;
    for (const auto& t : runs.status(run.run_id)) {
      responses += t.responses;
      staff += t.staff_in_post;
    }
    table.rows.push_back(
        {govuk::link(SurveyAdminContext::runHref("/admin/surveys/run", run.run_id), run.title + " " + run.period_label),
         Html::text(run.period_from.iso() + " to " + run.period_to.iso()),
         run.open ? govuk::tag("Open", "green") : govuk::tag("Closed", "grey"),
         Html::text(run.closes_on ? run.closes_on->iso() : "None given"), Html::text(std::to_string(responses)),
         Html::text(dashboard::rateText(responses, staff)),
         Html::text(surveys::isPublished(*db, run.run_id) ? "Published" : "Not published")});
    table.row_ids.push_back("");
  }
  Html main = govuk::heading("Admin", "Staff surveys");
  main += govuk::para(
      "Open a survey for a period and a set of teams, issue its links, follow the responses, then close it and "
      "publish the results for staff.");
  main += govuk::buttonLink("Open a survey", "/admin/surveys/open");
  if (all.empty()) main += govuk::para("No survey has been opened yet.");
  else main += view::app::stylesheetLink() + view::app::scrollRegion(table.caption_id, govuk::table(table));
  return context_.page(request, {}, "Staff surveys", main, {});
}

http::Response SurveyAdminPages::openForm(http::Request& request, const surveys::RunOpening& values,
                                          const std::vector<surveys::OpeningProblem>& problems) const {
  http::Response response;
  if (!problems.empty()) response.status = 400;
  std::vector<TeamEntry> teams;
  {
    auto db = context_.pool().acquire();
    teams = SurveyAdminContext::teams(*db);
  }
  std::vector<govuk::FieldError> errors;
  for (const auto& p : problems) errors.push_back({anchorOf(p.field), p.message});
  Html fields = context_.csrfField(request, response);
  govuk::ChoiceField survey{field::kSurvey, "Survey", "From the survey definitions installed with the service.", {}};
  for (const auto& [id, s] : context_.catalogue().all())
    survey.options.push_back({id, s.title, "Version " + s.version + " (" + id + ")"});
  if (!values.survey_id.empty()) survey.checked = {values.survey_id};
  else if (survey.options.size() == 1) survey.checked = {survey.options.front().value};
  survey.error = errorFor(problems, field::kSurvey);
  fields += govuk::radios(survey);
  govuk::InputField period;
  period.name = field::kPeriod;
  period.label = "Period";
  period.hint = "The period the survey asks about: 2026-Q3 (a quarter), 2026-07 (a month), 2026 (a year), 2026/27 "
                "(a financial year) or csww-2026 (a census year).";
  period.value = values.period;
  period.error = errorFor(problems, field::kPeriod);
  period.width_class = "govuk-input--width-10";
  period.spellcheck_off = true;
  fields += govuk::textInput(period);
  govuk::ChoiceField which{field::kTeams, "Teams", "", {{"all", "All teams", ""}, {"chosen", "The teams chosen below", ""}}};
  which.checked = {values.all_teams || values.team_ids.empty() ? "all" : "chosen"};
  which.error = errorFor(problems, field::kTeams);
  Html team_groups;
  std::string service;
  govuk::ChoiceField group;
  int n = 0;
  auto flush = [&] {
    if (!group.options.empty()) team_groups += govuk::checkboxes(group);
  };
  for (const TeamEntry& t : teams) {
    if (t.service != service || group.options.empty()) {
      flush();
      service = t.service;
      group = govuk::ChoiceField{"team", "Service: " + t.service, "", {}};
      group.id = "team-" + std::to_string(++n);
      group.checked = values.team_ids;
    }
    group.options.push_back({t.team_id, t.name, t.team_id});
  }
  flush();
  fields += govuk::radios(which) + team_groups;
  govuk::InputField contact;
  contact.name = field::kContact;
  contact.label = "Contact (optional)";
  contact.hint = "Who staff should ask when a link does not work, for example \"Workforce team, "
                 "workforce@council.example\". Shown on the survey's pages.";
  contact.value = values.contact;
  contact.error = errorFor(problems, field::kContact);
  fields += govuk::textInput(contact);
  govuk::InputField closes;
  closes.name = field::kCloses;
  closes.label = "Closing date (optional)";
  closes.hint = "As YYYY-MM-DD, for example " + utcToday().iso() +
                ". Shown beside the run; the survey keeps taking answers until you close it.";
  closes.value = values.closes;
  closes.error = errorFor(problems, field::kCloses);
  closes.width_class = "govuk-input--width-10";
  closes.spellcheck_off = true;
  fields += govuk::textInput(closes);
  fields += govuk::button("Open the survey");
  const Html main = govuk::errorSummary(errors) + govuk::heading("Staff surveys", "Open a survey") +
                    el("form").attr("method", "post").attr("action", "/admin/surveys/open").attr("novalidate")
                        .add(fields);
  return context_.page(request, std::move(response), "Open a survey", main, {{"Open a survey", ""}},
                       !problems.empty());
}

http::Response SurveyAdminPages::open(http::Request& request) const {
  surveys::RunOpening opening;
  opening.survey_id = request.field(field::kSurvey);
  opening.period = request.field(field::kPeriod);
  opening.all_teams = request.field(field::kTeams) != "chosen";
  if (!opening.all_teams) opening.team_ids = request.fields("team");
  opening.contact = request.field(field::kContact);
  opening.closes = request.field(field::kCloses);
  surveys::OpeningOutcome outcome;
  {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    outcome = surveys::openRun(*db, context_.catalogue(), opening, utcToday());
    if (outcome.run)
      access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "open", outcome.run->run_id,
                                std::to_string(outcome.teams) + " team(s)");
  }
  if (!outcome.run) return openForm(request, opening, outcome.problems);
  return http::Response::redirect(SurveyAdminContext::runHref("/admin/surveys/run", outcome.run->run_id) +
                                  "&opened=1");
}

http::Response SurveyAdminPages::status(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  auto db = context_.pool().acquire();
  surveys::SurveyRuns runs(*db);
  const auto run = runs.find(run_id);
  if (!run) return context_.notFound(request, "There is no survey run '" + run_id + "'.");
  const auto teams = runs.status(run_id);
  const bool published = surveys::isPublished(*db, run_id);
  const auto names = SurveyAdminContext::teamNames(*db);
  const std::string contact = surveys::surveyContact(*db, run_id);
  Html main;
  if (request.query.count("opened"))
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The survey is open",
                                      govuk::para("Next, issue its links for each team."));
  const std::string done = request.query.count("done") ? request.query.at("done") : "";
  if (done == "closed") main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The survey is closed");
  if (done == "unpublished")
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The results page is taken down");
  if (done == "reviewed")
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The team's responses are accepted");
  main += govuk::heading("Staff surveys", run->title + " " + run->period_label);
  main += govuk::summaryList({
      {"Survey run", Html::text(run->run_id), "", "", ""},
      {"State", run->open ? govuk::tag("Open", "green") : govuk::tag("Closed", "grey"), "", "", ""},
      {"Asks about", Html::text(run->period_from.iso() + " to " + run->period_to.iso()), "", "", ""},
      {"Closing date", Html::text(closingText(*run, utcToday())), "", "", ""},
      {"Contact", Html::text(contact.empty() ? "None given" : contact), "", "", ""},
      {"Results page for staff", Html::text(published ? "Published" : "Not published"), "", "", ""},
  });
  main += govuk::headingM("What you can do next", "next-steps");
  std::vector<govuk::Task> steps;
  const std::string id = run_id;
  if (run->open) {
    if (!run->imported)
      steps.push_back({"Issue links for a team", SurveyAdminContext::runHref("/admin/surveys/links", id),
                       "Single-use links as a CSV for a mail merge, or one open link for the team.", "", ""});
    if (!run->imported)
      steps.push_back({"Invite by email and remind", SurveyAdminContext::runHref("/admin/surveys/email", id),
                       "Each address its own link by email; reminders only to those who have not answered.", "",
                       ""});
    steps.push_back({"Close the survey", SurveyAdminContext::runHref("/admin/surveys/close", id),
                     "Stop it taking answers, so that its results are final and can be published.", "", ""});
  } else {
    steps.push_back({published ? "Publish the results page again" : "Publish the results page for staff",
                     SurveyAdminContext::runHref("/admin/surveys/publish", id),
                     published ? "A new link; the one given before stops working."
                               : "A page at an unguessable link with the results and the actions agreed.",
                     "", ""});
    if (published)
      steps.push_back({"Take the results page down", SurveyAdminContext::runHref("/admin/surveys/unpublish", id),
                       "Its link stops working.", "", ""});
  }
  for (const auto& t : teams)
    if (surveys::awaitingReview(t))
      steps.push_back({"Review the responses of " + (names.count(t.team_id) ? names.at(t.team_id) : t.team_id),
                       SurveyAdminContext::runHref("/admin/surveys/review", id, t.team_id),
                       std::string(surveys::kMoreResponsesThanStaff) + ": not rated until reviewed.", "", ""});
  main += govuk::taskList(steps);
  // The dashboard's own account of the run (the same table and words, in
  // its scroll region, styled by the app's stylesheet).
  main += view::app::stylesheetLink();
  load::FigureSettings fallback;
  fallback.min_group_size = context_.options().min_group_size;
  main += dashboard::surveyRunsHtml({{*run, teams}}, names, load::loadFigureSettings(*db, fallback).min_group_size);
  main += govuk::para(govuk::link("/admin/surveys", "Back to the survey runs"));
  return context_.page(request, {}, run->title + " " + run->period_label, main,
                       {{run->title + " " + run->period_label, ""}});
}

}  // namespace hc::web::admin
