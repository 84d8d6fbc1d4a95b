#include "web/admin/surveys/survey_run_steps.h"

#include "access/access_scope.h"
#include "access/audit_events.h"
#include "html/element.h"
#include "surveys/excess_responses.h"
#include "surveys/open_link_limit.h"
#include "surveys/survey_links.h"
#include "surveys/survey_publication.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"

namespace hc::web::admin {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;

Html hidden(const char* name, const std::string& value) {
  return el("input").attr("type", "hidden").attr("name", name).attr("value", value);
}

std::string plural(int64_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string runName(const surveys::SurveyRun& run) { return run.title + " " + run.period_label; }

constexpr int kMaxLinks = 10000;  // SurveyRuns::invite's own limit

}  // namespace

void SurveyRunSteps::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/surveys/links", [this](http::Request& r) {
    LinksForm values;
    if (r.query.count("team")) values.team = r.query.at("team");
    return linksForm(r, values);
  }, kAdmin);
  router.post("/admin/surveys/links", [this](http::Request& r) { return issueLinks(r); }, kAdmin);
  router.get("/admin/surveys/close", [this](http::Request& r) { return confirmClose(r); }, kAdmin);
  router.post("/admin/surveys/close", [this](http::Request& r) { return close(r); }, kAdmin);
  router.get("/admin/surveys/publish", [this](http::Request& r) { return confirmPublish(r, true); }, kAdmin);
  router.post("/admin/surveys/publish", [this](http::Request& r) { return publish(r); }, kAdmin);
  router.get("/admin/surveys/unpublish", [this](http::Request& r) { return confirmPublish(r, false); }, kAdmin);
  router.post("/admin/surveys/unpublish", [this](http::Request& r) { return unpublish(r); }, kAdmin);
  router.get("/admin/surveys/review", [this](http::Request& r) { return confirmReview(r); }, kAdmin);
  router.post("/admin/surveys/review", [this](http::Request& r) { return review(r); }, kAdmin);
}

http::Response SurveyRunSteps::confirmation(http::Request& request, const surveys::SurveyRun& run,
                                            const std::string& title, const Html& body, const std::string& action,
                                            const std::string& button, bool warning, const std::string& team) const {
  http::Response response;
  Html fields = context_.csrfField(request, response) + hidden("run", run.run_id);
  if (!team.empty()) fields += hidden("team", team);
  fields += govuk::button(button, warning ? govuk::ButtonKind::kWarning : govuk::ButtonKind::kPrimary);
  const std::string back = SurveyAdminContext::runHref("/admin/surveys/run", run.run_id);
  const Html main = govuk::heading(runName(run), title) + body +
                    el("form").attr("method", "post").attr("action", action).attr("novalidate").add(fields) +
                    govuk::para(govuk::link(back, "Cancel and go back to the run"));
  return context_.page(request, std::move(response), title, main, {{runName(run), back}, {title, ""}});
}

http::Response SurveyRunSteps::done(const std::string& run_id, const std::string& what) const {
  return http::Response::redirect(SurveyAdminContext::runHref("/admin/surveys/run", run_id) + "&done=" + what);
}

http::Response SurveyRunSteps::refused(http::Request& request, const std::string& run_id, const std::string& why) const {
  http::Response response;
  response.status = 409;
  const std::string back = SurveyAdminContext::runHref("/admin/surveys/run", run_id);
  const Html main = govuk::heading("Staff surveys", "This step cannot be taken") + govuk::para(why) +
                    govuk::para(govuk::link(back, "Go back to the run"));
  return context_.page(request, std::move(response), "This step cannot be taken", main,
                       {{run_id, back}, {"Cannot be taken", ""}});
}

// --- Issuing links -----------------------------------------------------------

http::Response SurveyRunSteps::linksForm(http::Request& request, const LinksForm& values) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  auto db = context_.pool().acquire();
  surveys::SurveyRuns runs(*db);
  const auto run = runs.find(run_id);
  if (!run) return context_.notFound(request, "There is no survey run '" + run_id + "'.");
  if (!run->open) return refused(request, run_id, "Survey run " + run_id + " is closed: it takes no more answers.");
  const auto names = SurveyAdminContext::teamNames(*db);
  http::Response response;
  const bool errors = !values.team_error.empty() || !values.how_error.empty() || !values.count_error.empty();
  if (errors) response.status = 400;
  govuk::SelectField team{"team", "Team", "The team the links are for.", {{"", "Choose a team", ""}}, values.team,
                          values.team_error};
  for (const auto& id : runs.teams(run_id))
    team.options.push_back({id, (names.count(id) ? names.at(id) : id) + " (" + id + ")", ""});
  govuk::InputField count;
  count.name = "count";
  count.label = "How many links";
  count.hint = "One for each person in the team, 1 to " + std::to_string(kMaxLinks) + ".";
  count.value = values.count;
  count.error = values.count_error;
  count.width_class = "govuk-input--width-5";
  count.inputmode = "numeric";
  // The ways links reach people, one option each; sending them by email
  // has a page of its own (survey_email_pages.h), linked below.
  govuk::ChoiceField how{"how", "How staff get their links", "", {
      {"links", "Single-use links, as a CSV for a mail merge",
       "One link per person: the only way to one answer per person. The CSV (team_id,link) is downloaded once: "
       "only a hash of each link is kept, so it cannot be shown again."},
      {"open", "One open link for the team",
       "Anyone holding it can answer. It allows one response per browser and " +
           std::to_string(surveys::kOpenLinkStartsPerAddressHour) +
           " starts an hour from one address, but cannot stop one person answering again from another device. "
           "Issuing it again replaces the team's earlier open link."}}};
  how.checked = {values.how};
  how.error = values.how_error;
  Html fields = context_.csrfField(request, response) + hidden("run", run_id) + govuk::select(team) +
                govuk::radios(how) + govuk::textInput(count) + govuk::button("Issue the links");
  std::vector<govuk::FieldError> summary;
  if (!values.team_error.empty()) summary.push_back({"team", values.team_error});
  if (!values.how_error.empty()) summary.push_back({"how", values.how_error});
  if (!values.count_error.empty()) summary.push_back({"count", values.count_error});
  const std::string back = SurveyAdminContext::runHref("/admin/surveys/run", run_id);
  const Html main = govuk::errorSummary(summary) + govuk::heading(runName(*run), "Issue links") +
                    govuk::para("Each link is shown once, when it is issued. How many links are issued and used "
                                "shows on the run's page.") +
                    el("form").attr("method", "post").attr("action", "/admin/surveys/links").attr("novalidate")
                        .add(fields) +
                    govuk::para(govuk::link(SurveyAdminContext::runHref("/admin/surveys/email", run_id),
                                            "Or send each person their own link by email")) +
                    govuk::para(govuk::link(back, "Go back to the run"));
  return context_.page(request, std::move(response), "Issue links", main, {{runName(*run), back}, {"Issue links", ""}},
                       errors);
}

http::Response SurveyRunSteps::issueLinks(http::Request& request) const {
  LinksForm values{request.field("team"), request.field("how"), request.field("count")};
  const std::string run_id = SurveyAdminContext::runOf(request);
  if (values.how != "links" && values.how != "open") values.how_error = "Select how staff get their links";
  if (values.team.empty()) values.team_error = "Select the team the links are for";
  int count = 0;
  if (values.how == "links") {
    const bool digits = !values.count.empty() && values.count.size() <= 5 &&
                        values.count.find_first_not_of("0123456789") == std::string::npos;
    count = digits ? std::stoi(values.count) : 0;
    if (count < 1 || count > kMaxLinks)
      values.count_error = "Enter how many links as a whole number, 1 to " + std::to_string(kMaxLinks);
  }
  if (!values.team_error.empty() || !values.how_error.empty() || !values.count_error.empty())
    return linksForm(request, values);
  const std::string base = context_.baseUrl(request);
  const std::string actor = SurveyAdminContext::actor(request);
  std::vector<std::string> tokens;
  std::string open_token;
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    surveys::SurveyRuns runs(*db);
    if (values.how == "open") {
      open_token = runs.openLink(run_id, values.team);
      access::auditSurveyChange(*db, actor, "invite", run_id, "an open link for " + values.team);
    } else {
      tokens = runs.invite(run_id, values.team, count);
      access::auditSurveyChange(*db, actor, "invite", run_id,
                                std::to_string(tokens.size()) + " link(s) for " + values.team);
    }
  } catch (const surveys::SurveyRunError& e) {
    return refused(request, run_id, e.what());
  }
  if (values.how == "links") {
    http::Response r;
    r.content_type = "text/csv; charset=utf-8";
    r.body = surveys::invitationCsv(values.team, base, tokens);
    std::string name = "survey-links-" + run_id + "-" + values.team + ".csv";
    for (char& c : name)
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') c = '-';
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + name + "\"");
    return r;
  }
  const std::string link = surveys::openLinkUrl(base, open_token);
  const std::string back = SurveyAdminContext::runHref("/admin/surveys/run", run_id);
  const Html main =
      govuk::panel("Open link issued", "For team " + values.team) +
      govuk::para("Copy the link now: it is shown only this once (only a hash of it is kept).") +
      el("p").cls("govuk-body").add(el("a").id("open-link").cls("govuk-link").attr("href", link).text(link)) +
      govuk::warningText("Anyone holding this link can answer for the team. Share it only with the team.") +
      govuk::para(govuk::link(back, "Go back to the run"));
  return context_.page(request, {}, "Open link issued", main, {{run_id, back}, {"Open link issued", ""}});
}

// --- Closing -----------------------------------------------------------------

http::Response SurveyRunSteps::confirmClose(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  auto db = context_.pool().acquire();
  surveys::SurveyRuns runs(*db);
  const auto run = runs.find(run_id);
  if (!run) return context_.notFound(request, "There is no survey run '" + run_id + "'.");
  if (!run->open) return refused(request, run_id, "Survey run " + run_id + " is already closed.");
  const surveys::ClosingEffect e = runs.closingEffect(run_id);
  const Html body =
      govuk::para("Closing the survey stops it taking answers. It cannot be opened again. Closing it:") +
      govuk::list({Html::text("deletes the answers saved on " + plural(e.drafts, "link", "links") +
                              " started but not submitted (drafts): they are never counted"),
                   Html::text("stops the " + plural(e.unused_links, "single-use link", "single-use links") +
                              " not yet submitted from working"),
                   Html::text("stops " + plural(e.open_links, "team's open link", "teams' open links") +
                              " from working"),
                   Html::text("deletes the " + plural(e.email_addresses, "email address", "email addresses") +
                              " given for invitations, with their links' hashes, whether each was used, and the "
                              "reminders not yet sent"),
                   Html::text("keeps the " + plural(e.responses, "response", "responses") +
                              " submitted: they are the survey's results")}) +
      govuk::para("After closing, you can publish the results page for staff.");
  return confirmation(request, *run, "Close the survey", body, "/admin/surveys/close", "Close the survey", true);
}

http::Response SurveyRunSteps::close(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    surveys::SurveyRuns runs(*db);
    if (!runs.get(run_id).open) return refused(request, run_id, "Survey run " + run_id + " is already closed.");
    const surveys::ClosingEffect e = runs.closingEffect(run_id);
    runs.close(run_id);
    access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "close", run_id,
                              std::to_string(e.drafts) + " draft(s) deleted, " + std::to_string(e.unused_links) +
                                  " unused link(s) stopped");
  } catch (const surveys::SurveyRunError& e) {
    return refused(request, run_id, e.what());
  }
  return done(run_id, "closed");
}

// --- Publishing --------------------------------------------------------------

http::Response SurveyRunSteps::confirmPublish(http::Request& request, bool publish) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  auto db = context_.pool().acquire();
  const auto run = surveys::SurveyRuns(*db).find(run_id);
  if (!run) return context_.notFound(request, "There is no survey run '" + run_id + "'.");
  const bool published = surveys::isPublished(*db, run_id);
  if (publish && run->open)
    return refused(request, run_id, "Survey run " + run_id + " is still open: close it first, so that the results "
                                    "are final.");
  if (!publish && !published) return refused(request, run_id, run_id + " has no published results page.");
  if (!publish)
    return confirmation(request, *run, "Take the results page down",
                        govuk::para("The page's link stops working: anyone who opens it is told it is not found. "
                                    "You can publish again later, at a new link."),
                        "/admin/surveys/unpublish", "Take the page down", true);
  Html body = govuk::para(
      "The results page for staff shows the response rates, the area scores with their ratings and each "
      "question's answers (never comments, and no group smaller than the minimum), with the actions agreed. "
      "Anyone with its link can read it, without signing in.");
  if (published) body += govuk::warningText("The page is published already: publishing again gives it a new link "
                                            "and the link given before stops working.");
  body += govuk::para("The link is shown once, on the next page.");
  return confirmation(request, *run, published ? "Publish the results page again" : "Publish the results page",
                      body, "/admin/surveys/publish", "Publish the results page", published);
}

http::Response SurveyRunSteps::publish(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  std::string token;
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    token = surveys::publishRun(*db, run_id);
    access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "publish", run_id, "results page for staff");
  } catch (const surveys::SurveyRunError& e) {
    return refused(request, run_id, e.what());
  }
  const std::string link = surveys::resultsLink(context_.baseUrl(request), token);
  const std::string back = SurveyAdminContext::runHref("/admin/surveys/run", run_id);
  const Html main =
      govuk::panel("Results page published", "Survey run " + run_id) +
      govuk::para("The page is at this link. Copy it now: it is shown only this once (only a hash of it is kept).") +
      el("p").cls("govuk-body").add(el("a").id("results-link").cls("govuk-link").attr("href", link).text(link)) +
      govuk::para("Anyone with the link can read the page (no sign-in): share it on the intranet.") +
      govuk::para(govuk::link(back, "Go back to the run"));
  return context_.page(request, {}, "Results page published", main, {{run_id, back}, {"Published", ""}});
}

http::Response SurveyRunSteps::unpublish(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    if (!surveys::unpublishRun(*db, run_id))
      return refused(request, run_id, run_id + " has no published results page.");
    access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "unpublish", run_id,
                              "results page for staff taken down");
  } catch (const surveys::SurveyRunError& e) {
    return refused(request, run_id, e.what());
  }
  return done(run_id, "unpublished");
}

// --- Reviewing a team's excess responses ---------------------------------------

http::Response SurveyRunSteps::confirmReview(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  const std::string team = request.query.count("team") ? request.query.at("team") : "";
  auto db = context_.pool().acquire();
  surveys::SurveyRuns runs(*db);
  const auto run = runs.find(run_id);
  if (!run) return context_.notFound(request, "There is no survey run '" + run_id + "'.");
  for (const auto& s : runs.status(run_id)) {
    if (s.team_id != team || !surveys::moreResponsesThanStaff(s.responses, s.staff_in_post)) continue;
    const Html body =
        govuk::para("Team " + team + " has " + plural(s.responses, "response", "responses") + " and " +
                    plural(s.staff_in_post, "member", "members") + " of staff in post: its open link may have been "
                    "used more than once, so its responses are not rated.") +
        govuk::para("Accept them once you are satisfied they are genuine (more staff than the records show, say). "
                    "This accepts the " + std::to_string(s.responses) +
                    " responses counted now; more after it want another review.");
    return confirmation(request, *run, "Review the responses of " + team, body, "/admin/surveys/review",
                        "Accept the responses", false, team);
  }
  return refused(request, run_id, "Team " + team + " has no more responses than staff in " + run_id +
                                      ": nothing to review.");
}

http::Response SurveyRunSteps::review(http::Request& request) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  const std::string& team = request.field("team");
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    const int64_t accepted = surveys::reviewResponses(*db, run_id, team);
    access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "review", run_id,
                              std::to_string(accepted) + " response(s) of " + team + " accepted");
  } catch (const surveys::SurveyRunError& e) {
    return refused(request, run_id, e.what());
  }
  return done(run_id, "reviewed");
}

}  // namespace hc::web::admin
