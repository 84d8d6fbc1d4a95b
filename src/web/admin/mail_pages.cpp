#include "web/admin/mail_pages.h"

#include "access/access_scope.h"
#include "access/audit_log.h"
#include "core/utc_clock.h"
#include "html/element.h"
#include "mail/letter.h"
#include "mail/mail_queue.h"
#include "mail/mime_message.h"
#include "web/admin/admin_page.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::el;
using html::Html;
namespace govuk = view::govuk;

namespace {

const char* statusColour(const std::string& status) {
  if (status == "sent") return "green";
  if (status == "queued" || status == "sending") return "blue";
  if (status == "interrupted") return "yellow";
  return "red";  // refused, failed
}

std::string relayText(const mail::MailSettings& s) {
  return s.host + ":" + std::to_string(s.port) + " (" + mail::tlsModeName(s.tls) + ")";
}

}  // namespace

MailPages::MailPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                     mail::MailSettings settings, std::function<void()> wake)
    : pool_(pool), layout_(layout), csrf_(csrf), settings_(std::move(settings)), wake_(std::move(wake)) {}

void MailPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/mail", [this](http::Request& r) { return queue(r, "", ""); }, kAdmin);
  router.post("/admin/mail/test", [this](http::Request& r) { return sendTest(r); }, kAdmin);
  router.post("/admin/mail/{id}/send-again", [this](http::Request& r) { return sendAgain(r); }, kAdmin);
}

http::Response MailPages::queue(http::Request& request, const std::string& error, const std::string& to) const {
  http::Response response;
  struct Loaded {
    std::vector<mail::QueuedMail> latest;
    std::map<std::string, int64_t> counts;
  };
  const Loaded loaded = withDatabase(pool_, [](store::Database& db) {
    mail::MailQueue q(db);
    return Loaded{q.list("", "", 100), q.countsByStatus()};
  });

  Html main;
  if (!error.empty()) main += govuk::errorSummary({{"to", error}});
  const auto note = request.query.find("queued");
  if (note != request.query.end() && error.empty())
    main += govuk::notificationBanner(govuk::BannerKind::kSuccess, "Message " + note->second + " is queued",
                                      govuk::para("It is sent within a minute; its outcome shows below."));
  main += govuk::heading("Admin", "Email");
  if (!settings_.configured()) {
    main += govuk::insetText(govuk::paragraphs(
        "Email is not set up, so nothing is sent. Whoever installs the service sets the council's mail relay in "
        "healthcheck.conf (smtp-host, smtp-port, smtp-tls, smtp-user, mail-from) and its password in the "
        "environment file, then restarts the service. The README's \"Email\" section says how."));
  } else {
    std::vector<govuk::SummaryRow> rows{
        {"Mail relay", Html::text(relayText(settings_)), "", "", ""},
        {"Signs in as", Html::text(settings_.user.empty() ? "no sign-in" : settings_.user), "", "", ""},
        {"Sent from", Html::text(settings_.from), "", "", ""},
        {"Replies go to", Html::text(settings_.reply_to.empty() ? "the sender" : settings_.reply_to), "", "", ""},
        {"At most", Html::text(std::to_string(settings_.per_minute) + " messages a minute"), "", "", ""}};
    main += govuk::summaryList(rows);
    main += govuk::headingM("Send a test message");
    govuk::InputField f;
    f.name = "to";
    f.label = "Email address";
    f.hint = "A message saying it is a test goes to this address through the relay.";
    f.type = "email";
    f.autocomplete = "email";
    f.spellcheck_off = true;
    f.value = to;
    f.error = error;
    f.width_class = "govuk-!-width-two-thirds";
    main += postForm(csrf_, request, response, "/admin/mail/test",
                     govuk::textInput(f) + govuk::button("Send a test message"));
  }

  main += govuk::headingM("Messages");
  std::string counts;
  for (const char* s : {"queued", "sending", "sent", "refused", "failed", "interrupted"}) {
    const auto at = loaded.counts.find(s);
    if (at != loaded.counts.end()) counts += (counts.empty() ? "" : ", ") + std::to_string(at->second) + " " + s;
  }
  main += govuk::para(counts.empty() ? "No messages yet." : "All messages: " + counts + ".");
  if (!loaded.latest.empty()) {
    govuk::Table t{"The latest 100 messages, newest first",
                   {{"Message"}, {"To"}, {"What"}, {"Outcome"}, {"Tries", true}, {"Queued (UTC)"}, {"Sent (UTC)"}}};
    t.caption_size = govuk::CaptionSize::kSmall;
    t.caption_id = "mail-messages";
    for (const mail::QueuedMail& m : loaded.latest) {
      Html outcome = govuk::tag(m.status, statusColour(m.status));
      if (!m.last_error.empty()) outcome += el("p").cls("govuk-body-s govuk-!-margin-top-1").text(m.last_error);
      if (m.status == "failed" || m.status == "refused" || m.status == "interrupted")
        outcome += postForm(csrf_, request, response, "/admin/mail/" + std::to_string(m.id) + "/send-again",
                            el("button").attr("type", "submit")
                                .cls("govuk-button govuk-button--secondary govuk-!-margin-bottom-0")
                                .text("Send again")
                                .add(el("span").cls("govuk-visually-hidden").text(" message " + std::to_string(m.id)))
                                .html());
      t.rows.push_back({Html::text(std::to_string(m.id)), Html::text(m.recipient), Html::text(m.kind + ": " + m.subject),
                        outcome, Html::text(std::to_string(m.attempts)), Html::text(isoUtc(m.queued_at).substr(0, 16)),
                        Html::text(m.sent_at ? isoUtc(*m.sent_at).substr(0, 16) : "-")});
    }
    main += view::app::scrollRegion("mail-messages", govuk::table(t));
  }
  renderAdminPage(layout_, csrf_, request, response, "Email", std::move(main), view::section::kAdmin, {{"Email", ""}},
                  !error.empty());
  return response;
}

http::Response MailPages::sendTest(http::Request& request) const {
  const std::string actor = actorOf(request);
  const std::string to = request.field("to");
  if (!settings_.configured()) return queue(request, "Email is not set up: nothing can be sent", to);
  if (to.empty()) return queue(request, "Enter the email address to send the test message to", to);
  if (!mail::plausibleAddress(to))
    return queue(request, "Enter an email address in the correct format, like name@example.com", to);
  const mail::OutgoingMail letter =
      mail::testLetter(layout_.councilName(), relayText(settings_)).toMail(to, "Test message from the social work health check");
  const auto composed = mail::composeMime(letter, settings_, nowSeconds());
  if (const auto* why = std::get_if<std::string>(&composed)) return queue(request, *why, to);
  const int64_t id = withDatabase(pool_, [&](store::Database& db) {
    store::Transaction tx(db);
    const int64_t queued = mail::MailQueue(db).enqueue(
        {"test", "", to, letter.subject, std::get<mail::MimeMessage>(composed).bytes}, actor, nowSeconds());
    access::AuditLog(db).record(actor, access::audit_action::kMailTest, to, "queued as message " + std::to_string(queued));
    tx.commit();
    return queued;
  });
  if (wake_) wake_();
  return http::Response::redirect("/admin/mail?queued=" + std::to_string(id));
}

http::Response MailPages::sendAgain(http::Request& request) const {
  const std::string actor = actorOf(request);
  const std::string& text = request.param("id");
  if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
    return http::Response::redirect("/admin/mail");
  const int64_t id = std::stoll(text);
  const bool queued = withDatabase(pool_, [&](store::Database& db) {
    store::Transaction tx(db);
    mail::MailQueue q(db);
    const auto m = q.find(id);
    if (!m || !q.sendAgain(id, nowSeconds())) return false;
    // A survey invitation's recipient is a member of staff: the audit never
    // holds their address (README "Survey invitations by email").
    const bool staff = m->kind == "invitation" || m->kind == "reminder";
    access::AuditLog(db).record(actor, access::audit_action::kMailSendAgain, staff ? "a survey message" : m->recipient,
                                "message " + std::to_string(id) + " (" + m->kind + ")");
    tx.commit();
    return true;
  });
  if (queued && wake_) wake_();
  return http::Response::redirect(queued ? "/admin/mail?queued=" + std::to_string(id) : "/admin/mail");
}

}  // namespace hc::web::admin
