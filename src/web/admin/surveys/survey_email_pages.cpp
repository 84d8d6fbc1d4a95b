#include "web/admin/surveys/survey_email_pages.h"

#include <fstream>
#include <sstream>

#include "access/access_scope.h"
#include "access/audit_events.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "mailings/address_list.h"
#include "mailings/reminder_batches.h"
#include "mailings/survey_invitation_mail.h"
#include "surveys/email_invitations.h"
#include "surveys/survey_runs.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_table.h"

namespace hc::web::admin {
namespace {

using html::el;
using html::Html;
namespace govuk = view::govuk;

constexpr uint64_t kMaxListBytes = 1024 * 1024;  // a list of addresses, not a spreadsheet of everything

Html hidden(const char* name, const std::string& value) {
  return el("input").attr("type", "hidden").attr("name", name).attr("value", value);
}

Html cell(const std::string& text) { return Html::text(text); }
Html cell(int64_t n) { return Html::text(std::to_string(n)); }

std::string errorOf(const std::vector<govuk::FieldError>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field_id == field) return e.message;
  return "";
}

// The uploaded list's text, or why it cannot be read.
bool readUpload(const http::Request& request, std::string& text, std::string& problem) {
  for (const http::UploadedFile& f : request.files) {
    if (f.field != "emails" || f.size == 0) continue;
    if (f.size > kMaxListBytes) {
      problem = "The file must be smaller than 1 MB: one address a line";
      return false;
    }
    std::ifstream in(f.path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    text += (text.empty() || text.back() == '\n' ? "" : "\n") + s.str();
    return true;
  }
  return true;
}

}  // namespace

void SurveyEmailPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/surveys/email", [this](http::Request& r) { return page(r, {}, {}); }, kAdmin);
  router.post("/admin/surveys/email/invite", [this](http::Request& r) { return invite(r); }, kAdmin);
  router.post("/admin/surveys/email/remind", [this](http::Request& r) { return remind(r); }, kAdmin);
}

http::Response SurveyEmailPages::page(http::Request& request, const Values& values,
                                      const std::vector<govuk::FieldError>& errors) const {
  const std::string run_id = SurveyAdminContext::runOf(request);
  auto db = context_.pool().acquire();
  surveys::SurveyRuns runs(*db);
  const auto run = runs.find(run_id);
  if (!run) return context_.notFound(request, "There is no survey run '" + run_id + "'.");
  const auto names = SurveyAdminContext::teamNames(*db);
  const std::string name = run->title + " " + run->period_label;
  const std::string back = SurveyAdminContext::runHref("/admin/surveys/run", run_id);
  http::Response response;
  if (!errors.empty()) response.status = 400;

  Html main = govuk::errorSummary(errors);
  const std::string done = request.query.count("done") ? request.query.at("done") : "";
  if (done == "invited")
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The invitations are queued",
                                      govuk::para("They are sent in the background, a few a second."));
  if (done == "scheduled") main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "The reminders are scheduled");
  main += govuk::heading(name, "Invite by email");
  main += govuk::para("Each address gets its own single-use link by email. Until the survey closes the service "
                      "keeps each address, a hash of its link and whether the link has been used, so that "
                      "reminders go only to people who have not answered. Nobody can see who gave which answers. "
                      "Closing the survey deletes the addresses and marks.");

  govuk::Table counts{"Invitations by email", {{"Team"}, {"Addresses", true}, {"Invitations sent", true},
                                               {"Reminders sent", true}}};
  counts.first_cell_is_header = true;
  counts.caption_id = "email-counts";
  for (const auto& c : surveys::EmailInvitations(*db).counts(run_id)) {
    counts.rows.push_back({cell((names.count(c.team_id) ? names.at(c.team_id) : c.team_id) + " (" + c.team_id + ")"),
                           cell(c.invited), cell(c.sent), cell(c.reminders)});
    counts.row_ids.push_back("");
  }
  main += view::app::stylesheetLink();
  if (counts.rows.empty()) main += govuk::para("No one has been invited by email yet.");
  else main += view::app::scrollRegion(counts.caption_id, govuk::table(counts));

  if (run->open && !run->imported) {
    const Html csrf = context_.csrfField(request, response);  // one cookie for both forms
    Html fields = csrf + hidden("run", run_id);
    govuk::SelectField team{"team", "Team", "The team these people work in.", {{"", "Choose a team", ""}},
                            values.team, errorOf(errors, "team")};
    for (const auto& id : runs.teams(run_id))
      team.options.push_back({id, (names.count(id) ? names.at(id) : id) + " (" + id + ")", ""});
    fields += govuk::select(team);
    govuk::TextareaField addresses{"addresses", "Email addresses",
                                   "One address a line, as many as about 500. An address invited before is not sent "
                                   "another invitation.",
                                   values.addresses, errorOf(errors, "addresses"), 0, 8, false};
    fields += govuk::textarea(addresses);
    fields += govuk::fileUpload({"emails", "Or a file of addresses",
                                 "A .csv or .txt file with one address a line (a heading such as \"email\" on the "
                                 "first line is fine).",
                                 errorOf(errors, "emails"), ".csv,.txt", false});
    fields += govuk::button("Send the invitations");
    main += govuk::headingM("Invite people", "invite");
    main += el("form").attr("method", "post").attr("action", "/admin/surveys/email/invite")
                .attr("enctype", "multipart/form-data").attr("novalidate").add(fields);

    Html remind = csrf + hidden("run", run_id);
    govuk::ChoiceField when{"when", "When", "", {{"now", "Now", ""}, {"at", "At a date and time", ""}}};
    when.checked = {values.when};
    when.error = errorOf(errors, "when");
    remind += govuk::radios(when);
    govuk::InputField date{"date", "Date", "As YYYY-MM-DD, for example " + utcToday().iso() + ".", values.date,
                           errorOf(errors, "date")};
    date.width_class = "govuk-input--width-10";
    date.spellcheck_off = true;
    govuk::InputField time{"time", "Time", "As HH:MM on a 24-hour clock, for example 09:00 (the server's time).",
                           values.time, errorOf(errors, "time")};
    time.width_class = "govuk-input--width-5";
    time.spellcheck_off = true;
    remind += govuk::textInput(date) + govuk::textInput(time);
    remind += govuk::button("Schedule the reminders", govuk::ButtonKind::kSecondary);
    main += govuk::headingM("Remind people who have not answered", "remind");
    main += govuk::para("A reminder goes to each address whose link has not been used, with a new link that "
                        "replaces the first (answers saved so far are kept), at most the configured number of "
                        "times. The reminders wait until no link has been used for a minute, so that nobody can "
                        "tell who answered from when the reminders went.");
    main += el("form").attr("method", "post").attr("action", "/admin/surveys/email/remind").attr("novalidate")
                .add(remind);
  } else {
    main += govuk::para("The survey is closed: it sends no more invitations or reminders.");
  }

  govuk::Table batches{"Reminder batches", {{"Due"}, {"State"}, {"Reminders sent", true}}};
  batches.caption_id = "reminder-batches";
  for (const auto& b : mailings::reminderBatches(*db, run_id)) {
    batches.rows.push_back({cell(mailings::localTimeText(b.due_at)),
                            b.state == "sent" ? govuk::tag("Sent", "green") : govuk::tag("Waiting", "blue"),
                            cell(b.sent_count)});
    batches.row_ids.push_back("");
  }
  if (!batches.rows.empty()) main += view::app::scrollRegion(batches.caption_id, govuk::table(batches));
  main += govuk::para(govuk::link(back, "Go back to the run"));
  return context_.page(request, std::move(response), "Invite by email", main, {{name, back}, {"Invite by email", ""}},
                       !errors.empty());
}

http::Response SurveyEmailPages::invite(http::Request& request) const {
  Values values;
  values.team = request.field("team");
  values.addresses = request.field("addresses");
  std::vector<govuk::FieldError> errors;
  if (values.team.empty()) errors.push_back({"team", "Select the team these people work in"});
  std::string text = values.addresses, problem;
  if (!readUpload(request, text, problem)) errors.push_back({"emails", problem});
  const mailings::AddressList list = mailings::parseAddressList(text);
  const bool pasted_only = text == values.addresses;
  for (const auto& p : list.problems)
    errors.push_back({"addresses", (pasted_only ? "Line " : "Line (pasted lines, then the file's) ") +
                                       std::to_string(p.line) + ": " + p.reason});
  if (list.problems.empty() && list.addresses.empty() && problem.empty())
    errors.push_back({"addresses", "Enter at least one email address, or choose a file of them"});
  if (!errors.empty()) return page(request, values, errors);
  const std::string run_id = SurveyAdminContext::runOf(request);
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    const mailings::EmailInviteOutcome out = mailings::inviteByEmail(
        *db, run_id, values.team, list.addresses, SurveyAdminContext::actor(request), nowSeconds());
    access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "invite", run_id,
                              std::to_string(out.queued) + " email invitation(s) for " + values.team);
  } catch (const surveys::SurveyRunError& e) {
    return page(request, values, {{"team", e.what()}});
  }
  if (wake_sender_) wake_sender_();
  return http::Response::redirect(SurveyAdminContext::runHref("/admin/surveys/email", run_id) + "&done=invited");
}

http::Response SurveyEmailPages::remind(http::Request& request) const {
  Values values;
  values.when = request.field("when");
  values.date = request.field("date");
  values.time = request.field("time");
  std::vector<govuk::FieldError> errors;
  int64_t due = nowSeconds();
  if (values.when == "at") {
    const auto at = mailings::parseLocalTime(values.date + " " + values.time);
    if (!Date::parse(values.date)) errors.push_back({"date", "Enter the date as YYYY-MM-DD"});
    else if (!at) errors.push_back({"time", "Enter the time as HH:MM, for example 09:00"});
    else due = *at;
  } else if (values.when != "now") {
    errors.push_back({"when", "Select when the reminders go"});
  }
  if (!errors.empty()) return page(request, values, errors);
  const std::string run_id = SurveyAdminContext::runOf(request);
  try {
    auto db = context_.pool().acquire();
    auto writer = db.writeLock();
    mailings::scheduleReminders(*db, run_id, due, SurveyAdminContext::actor(request));
    access::auditSurveyChange(*db, SurveyAdminContext::actor(request), "remind", run_id,
                              "reminder batch at " + mailings::localTimeText(due));
  } catch (const surveys::SurveyRunError& e) {
    return page(request, values, {{"when", e.what()}});
  }
  if (wake_sender_) wake_sender_();
  return http::Response::redirect(SurveyAdminContext::runHref("/admin/surveys/email", run_id) + "&done=scheduled");
}

}  // namespace hc::web::admin
