#include "web/admin/report_mail_pages.h"

#include "access/access_scope.h"
#include "access/audit_events.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "mail/mail_settings.h"
#include "mailings/members_report_mail.h"
#include "mailings/report_subscriptions.h"
#include "web/admin/admin_page.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::el;
using html::Html;
namespace govuk = view::govuk;
using mailings::ReportScheduleMode;
using mailings::ReportSubscriptions;

namespace {

constexpr const char* kPath = "/admin/report-mail";
constexpr size_t kMostLines = 500;  // addresses added at once

const char* const kRoles[] = {"member", "director", "manager", "analyst", "admin"};

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string outcomesText(const std::vector<std::pair<std::string, int64_t>>& outcomes) {
  std::string s;
  for (const auto& [status, n] : outcomes) s += (s.empty() ? "" : ", ") + std::to_string(n) + " " + status;
  return s.empty() ? "none left in the queue" : s;
}

Html smallButton(const std::string& text, const std::string& hidden) {
  return el("button").attr("type", "submit").cls("govuk-button govuk-button--secondary govuk-!-margin-bottom-0")
      .text(text).add(el("span").cls("govuk-visually-hidden").text(" " + hidden));
}

Html hiddenField(const std::string& name, const std::string& value) {
  return el("input").attr("type", "hidden").attr("name", name).attr("value", value);
}

}  // namespace

ReportMailPages::ReportMailPages(http::DatabasePool& pool, const view::PageLayout& layout,
                                 const http::CsrfProtection& csrf, bool mail_configured, std::function<void()> wake)
    : pool_(pool), layout_(layout), csrf_(csrf), mail_configured_(mail_configured), wake_(std::move(wake)) {}

void ReportMailPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get(kPath, [this](http::Request& r) { return overview(r, {}); }, kAdmin);
  router.post("/admin/report-mail/add", [this](http::Request& r) { return add(r); }, kAdmin);
  router.post("/admin/report-mail/remove", [this](http::Request& r) { return remove(r); }, kAdmin);
  router.post("/admin/report-mail/schedule", [this](http::Request& r) { return schedule(r); }, kAdmin);
  router.get("/admin/report-mail/send", [this](http::Request& r) { return confirmSend(r); }, kAdmin);
  router.post("/admin/report-mail/send", [this](http::Request& r) { return send(r); }, kAdmin);
}

http::Response ReportMailPages::overview(http::Request& request, const Form& form) const {
  struct Loaded {
    std::vector<mailings::ReportSubscription> subscriptions;
    mailings::Recipients recipients;
    mailings::ReportSchedule schedule;
    std::vector<std::pair<mailings::ReportSending, std::string>> sendings;
  };
  const Loaded loaded = withDatabase(pool_, [](store::Database& db) {
    ReportSubscriptions subs(db);
    Loaded l{subs.list(), subs.recipients(), subs.schedule(), {}};
    for (const mailings::ReportSending& s : subs.sendings(20)) l.sendings.emplace_back(s, outcomesText(subs.outcomes(s.id)));
    return l;
  });
  http::Response response;
  Html main = view::app::stylesheetLink() + govuk::errorSummary(form.errors);  // the tables' scroll regions
  const auto done = request.query.find("done");
  if (done != request.query.end() && form.errors.empty())
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, done->second);
  main += govuk::heading("Admin", "Members' report by email");
  main += govuk::para("The members' report of the latest complete quarter goes to the people below as a PDF, with a "
                      "short covering message and the link to read it online. It is always the published report: "
                      "figures about fewer people than the smallest group are not in it.");
  if (!mail_configured_)
    main += govuk::warningText("Email is not set up on this server, so nothing is sent: see the Email page.");

  // Who gets it.
  main += govuk::headingM("Who gets it");
  if (loaded.subscriptions.empty()) {
    main += govuk::para("No one yet.");
  } else {
    govuk::Table t{"Subscribed", {{"Address or role"}, {"Added by"}, {""}}};
    t.caption_size = govuk::CaptionSize::kSmall;
    t.caption_id = "report-subscribers";
    for (const mailings::ReportSubscription& s : loaded.subscriptions) {
      const bool role = !s.role.empty();
      const std::string what = role ? "Every " + s.role + " account named by an email address" : s.address;
      t.rows.push_back({Html::text(what), Html::text(s.added_by),
                        postForm(csrf_, request, response, "/admin/report-mail/remove",
                                 hiddenField(role ? "role" : "address", role ? s.role : s.address) +
                                     smallButton("Remove", what))});
    }
    main += view::app::scrollRegion("report-subscribers", govuk::table(t));
    std::string reach = "It reaches " + std::to_string(loaded.recipients.addresses.size()) + " address(es).";
    if (loaded.recipients.accounts_without_address > 0)
      reach += " " + std::to_string(loaded.recipients.accounts_without_address) +
               " account(s) of a subscribed role have a username that is not an email address and get nothing.";
    main += govuk::para(reach);
  }
  govuk::TextareaField addresses;
  addresses.name = "addresses";
  addresses.label = "Add members' email addresses";
  addresses.hint = "One address a line, for example cllr.jones@northshire.gov.uk.";
  addresses.value = form.addresses;
  addresses.rows = 4;
  addresses.label_as_heading = false;
  for (const auto& e : form.errors)
    if (e.field_id == "addresses") addresses.error += (addresses.error.empty() ? "" : ". ") + e.message;
  govuk::SelectField role;
  role.name = "role";
  role.label = "Or add everyone with an account of a role";
  role.hint = "Accounts have no email address of their own: only those whose username is an email address get it.";
  role.options.push_back({"", "No role"});
  for (const char* r : kRoles) role.options.push_back({r, std::string("Every ") + r});
  main += postForm(csrf_, request, response, "/admin/report-mail/add",
                   govuk::textarea(addresses) + govuk::select(role) + govuk::button("Add", govuk::ButtonKind::kSecondary));

  // When.
  main += govuk::headingM("When it goes");
  govuk::ChoiceField when;
  when.name = "mode";
  when.legend = "Send the report on its own";
  when.options = {{"ready", "When a new quarter's figures are imported", "Once per quarter, the first time its figures are complete."},
                  {"day", "On a day of the month after each quarter ends", "For example on the 5th of January, April, July and October, once the figures are in."},
                  {"off", "Only when an administrator sends it", ""}};
  when.checked = {mailings::scheduleModeName(loaded.schedule.mode)};
  govuk::InputField day;
  day.name = "day";
  day.label = "Day of the month (1 to 28), for the second choice";
  day.type = "text";
  day.inputmode = "numeric";
  day.width_class = "govuk-input--width-2";
  day.value = form.day.empty() ? std::to_string(loaded.schedule.day_of_month) : form.day;
  for (const auto& e : form.errors)
    if (e.field_id == "day") day.error = e.message;
  main += govuk::para("Now: " + mailings::describeSchedule(loaded.schedule) + ".");
  main += postForm(csrf_, request, response, "/admin/report-mail/schedule",
                   govuk::radios(when) + govuk::textInput(day) + govuk::button("Save", govuk::ButtonKind::kSecondary));

  // Now.
  main += govuk::headingM("Send it now");
  main += govuk::para(govuk::link("/admin/report-mail/send", "Send the latest report now"));

  main += govuk::headingM("Sent before");
  if (loaded.sendings.empty()) {
    main += govuk::para("Nothing yet.");
  } else {
    govuk::Table t{"The latest sendings, newest first",
                   {{"Quarter"}, {"Why"}, {"Queued (UTC)"}, {"To", true}, {"By"}, {"Messages"}}};
    t.caption_size = govuk::CaptionSize::kSmall;
    t.caption_id = "report-sendings";
    for (const auto& [s, outcomes] : loaded.sendings)
      t.rows.push_back({Html::text(s.period),
                        Html::text(s.reason == "now" ? "sent now" : s.reason == "day" ? "on the day" : "figures ready"),
                        Html::text(isoUtc(s.queued_at).substr(0, 16)), Html::text(std::to_string(s.recipients)),
                        Html::text(s.created_by), Html::text(outcomes)});
    main += view::app::scrollRegion("report-sendings", govuk::table(t));
  }
  renderAdminPage(layout_, csrf_, request, response, "Members' report by email", std::move(main),
                  view::section::kAdmin, {{"Members' report by email", ""}}, !form.errors.empty());
  return response;
}

http::Response ReportMailPages::add(http::Request& request) const {
  const std::string actor = actorOf(request);
  const std::string text = request.field("addresses");
  const std::string role_name = request.field("role");
  Form form;
  form.addresses = text;
  std::vector<std::string> good;
  const std::vector<std::string> given = lines(text);
  if (given.size() > kMostLines)
    form.errors.push_back({"addresses", "Enter at most " + std::to_string(kMostLines) + " addresses at once"});
  for (size_t i = 0; i < given.size() && form.errors.size() < 10 && given.size() <= kMostLines; ++i) {
    const std::string a = mailings::normalAddress(given[i]);
    if (a.empty()) continue;
    if (mail::plausibleAddress(a))
      good.push_back(a);
    else
      form.errors.push_back({"addresses", "Line " + std::to_string(i + 1) + ": enter an email address in the correct "
                                          "format, like name@example.com, not '" + given[i].substr(0, 80) + "'"});
  }
  std::optional<access::Role> role;
  if (!role_name.empty() && !(role = access::parseRole(role_name)))
    form.errors.push_back({"role", "Choose a role from the list"});
  if (form.errors.empty() && good.empty() && !role)
    form.errors.push_back({"addresses", "Enter at least one email address, or choose a role"});
  if (!form.errors.empty()) return overview(request, form);
  const std::string done = withDatabase(pool_, [&](store::Database& db) {
    store::Transaction tx(db);
    ReportSubscriptions subs(db);
    int added = 0;
    for (const std::string& a : good) added += subs.addAddress(a, actor, nowSeconds());
    if (added) access::auditReportMail(db, actor, "subscribe", "addresses", std::to_string(added) + " address(es)");
    const bool role_added = role && subs.addRole(*role, actor, nowSeconds());
    if (role_added) access::auditReportMail(db, actor, "subscribe", access::roleName(*role), "role");
    tx.commit();
    std::string said = "Added " + std::to_string(added) + " address(es)";
    if (added < static_cast<int>(good.size()))
      said += " (" + std::to_string(good.size() - added) + " already there)";
    if (role_added) said += " and every " + role_name + " account";
    return said;
  });
  return http::Response::redirect(std::string(kPath) + "?done=" + html::urlEncode(done));
}

http::Response ReportMailPages::remove(http::Request& request) const {
  const std::string actor = actorOf(request);
  const std::string address = request.field("address"), role_name = request.field("role");
  const std::optional<access::Role> role = access::parseRole(role_name);
  const bool removed = withDatabase(pool_, [&](store::Database& db) {
    store::Transaction tx(db);
    ReportSubscriptions subs(db);
    bool gone = false;
    if (!address.empty() && (gone = subs.removeAddress(address)))
      access::auditReportMail(db, actor, "unsubscribe", "addresses", "1 address(es)");
    if (role && (gone = subs.removeRole(*role)))
      access::auditReportMail(db, actor, "unsubscribe", access::roleName(*role), "role");
    tx.commit();
    return gone;
  });
  return http::Response::redirect(std::string(kPath) + (removed ? "?done=Removed" : ""));
}

http::Response ReportMailPages::schedule(http::Request& request) const {
  const std::string actor = actorOf(request);
  const std::optional<ReportScheduleMode> mode = mailings::parseScheduleMode(request.field("mode"));
  Form form;
  form.day = request.field("day");
  int day = 0;
  if (form.day.size() >= 1 && form.day.size() <= 2 && form.day.find_first_not_of("0123456789") == std::string::npos)
    day = std::stoi(form.day);
  if (!mode) form.errors.push_back({"mode", "Choose when the report goes"});
  if (day < 1 || day > 28) form.errors.push_back({"day", "Enter a day of the month from 1 to 28"});
  if (!form.errors.empty()) return overview(request, form);
  withDatabase(pool_, [&](store::Database& db) {
    store::Transaction tx(db);
    ReportSubscriptions subs(db);
    const mailings::ReportSchedule before = subs.schedule();
    subs.setSchedule(*mode, day, actor, nowSeconds());
    access::auditReportMail(db, actor, "schedule", "members report",
                            mailings::describeSchedule(before) + " to " + mailings::describeSchedule(subs.schedule()));
    tx.commit();
    return 0;
  });
  return http::Response::redirect(std::string(kPath) + "?done=" + html::urlEncode("The schedule is saved"));
}

http::Response ReportMailPages::confirmSend(http::Request& request) const {
  struct Loaded {
    std::optional<metrics::Period> period;
    std::string problem;
    mailings::Recipients recipients;
  };
  const Loaded l = withDatabase(pool_, [](store::Database& db) {
    Loaded loaded;
    loaded.period = mailings::latestCompleteQuarter(db, &loaded.problem);
    loaded.recipients = ReportSubscriptions(db).recipients();
    return loaded;
  });
  if (!l.period || l.recipients.addresses.empty()) {
    Form form;
    form.errors.push_back({"addresses", !l.period ? l.problem
                                                  : "No one is subscribed with an email address: add members' "
                                                    "addresses or a role first"});
    return overview(request, form);
  }
  http::Response response;
  Html main = govuk::heading("Members' report by email", "Send the report for " + l.period->label + " now?");
  main += govuk::para("The members' report for " + l.period->label + " goes to these " +
                      std::to_string(l.recipients.addresses.size()) + " address(es), one message each:");
  std::vector<Html> items;
  for (const std::string& a : l.recipients.addresses) items.push_back(Html::text(a));
  main += govuk::list(items);
  if (!mail_configured_) main += govuk::warningText("Email is not set up on this server: the messages will wait in the queue.");
  main += postForm(csrf_, request, response, "/admin/report-mail/send",
                   hiddenField("period", l.period->label) + govuk::button("Send to " +
                                                                          std::to_string(l.recipients.addresses.size()) +
                                                                          " address(es)"));
  main += govuk::para(govuk::link(kPath, "Cancel"));
  renderAdminPage(layout_, csrf_, request, response, "Send the members' report", std::move(main), view::section::kAdmin,
                  {{"Members' report by email", kPath}, {"Send now", ""}});
  return response;
}

http::Response ReportMailPages::send(http::Request& request) const {
  const std::string actor = actorOf(request);
  const std::optional<metrics::Period> period = metrics::Period::parse(request.field("period"));
  const mailings::SendingOutcome o = withDatabase(pool_, [&](store::Database& db) {
    return mailings::queueMembersReport(db, period, "now", actor, nowSeconds());
  });
  if (!o.queued) {
    Form form;
    form.errors.push_back({"addresses", o.problem});
    return overview(request, form);
  }
  if (wake_) wake_();
  return http::Response::redirect(std::string(kPath) + "?done=" +
                                  html::urlEncode("The report for " + o.queued->period + " is on its way to " +
                                                  std::to_string(o.queued->recipients) + " address(es)"));
}

}  // namespace hc::web::admin
