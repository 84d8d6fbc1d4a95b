#include "web/admin/digest_pages.h"

#include <cctype>

#include "access/access_scope.h"
#include "core/utc_clock.h"
#include "web/admin/admin_page.h"
#include "web/view/app_components.h"
#include "web/view/govuk_content.h"
#include "web/view/govuk_form.h"
#include "web/view/govuk_table.h"
#include "web/view/site_header.h"

namespace hc::web::admin {

using html::Html;
namespace govuk = view::govuk;

namespace {

// What the page shows, read in one go.
struct Loaded {
  std::string week;
  std::optional<mailings::DigestRecord> this_week;
  std::vector<mailings::DigestRecord> latest;
  int owners = 0, overdue = 0;
  std::vector<std::string> directors;
};

std::string directorText(const mailings::DigestOptions& o, const std::vector<std::string>& directors) {
  if (!o.director_address.empty()) return o.director_address + " (mail-director in healthcheck.conf)";
  if (directors.empty())
    return "Nobody: no director account has an email address as its username, and mail-director is not set";
  std::string out;
  for (const std::string& d : directors) out += (out.empty() ? "" : ", ") + d;
  return out + " (the director accounts whose username is an email address)";
}

}  // namespace

DigestPages::DigestPages(http::DatabasePool& pool, const view::PageLayout& layout, const http::CsrfProtection& csrf,
                         DigestPagesOptions options, std::function<void()> wake)
    : pool_(pool), layout_(layout), csrf_(csrf), options_(std::move(options)), wake_(std::move(wake)) {}

void DigestPages::addRoutes(http::Router& router) {
  using access::access_tag::kAdmin;
  router.get("/admin/digests", [this](http::Request& r) { return show(r, ""); }, kAdmin);
  router.post("/admin/digests/send", [this](http::Request& r) { return sendNow(r); }, kAdmin);
}

http::Response DigestPages::show(http::Request& request, const std::string& error) const {
  const int64_t now = nowSeconds();
  const Date today = mailings::localDate(now);
  Loaded loaded;
  {
    auto db = pool_.acquire();
    loaded.week = mailings::weekOf(today);
    loaded.this_week = mailings::digestOfWeek(*db, loaded.week);
    loaded.latest = mailings::recentDigests(*db, 12);
    loaded.owners = static_cast<int>(mailings::ownersToChase(*db, today).size());
    loaded.overdue = mailings::overdueCount(*db, today);
    loaded.directors = mailings::directorAddresses(*db, options_.digest);
  }
  http::Response response;
  Html main;
  // A refusal is about this week's row of the table (already sent) or the relay.
  if (!error.empty()) main += govuk::errorSummary({{loaded.latest.empty() ? "main-content" : "digest-weeks", error}});
  const auto note = request.query.find("queued");
  if (note != request.query.end() && error.empty() && loaded.this_week)
    main += govuk::notificationBanner(
        govuk::BannerKind::kSuccess, "This week's digest is queued",
        govuk::para(std::to_string(loaded.this_week->owners) + " message(s) to owners and " +
                    std::to_string(loaded.this_week->director_copies) +
                    " to the director. They are sent within a few minutes; the Email page shows each outcome."));
  main += govuk::heading("Admin", "Weekly action digests");
  main += govuk::para("Each week every owner with an email address on an action is sent one message listing their "
                      "actions overdue or due in the next 14 days, and the director a copy of every overdue action. "
                      "Done and dropped actions are left out, and an owner with no email address is sent nothing.");
  if (!options_.mail_configured)
    main += govuk::insetText(govuk::paragraphs(
        "Email is not set up, so no digest is sent. Whoever installs the service sets the mail relay in "
        "healthcheck.conf; the README's \"Email\" section says how."));
  if (options_.base_url.empty())
    main += govuk::warningText("base-url is not set in healthcheck.conf: the digest links to each action's page, so "
                               "its messages cannot be written until it is.");
  const std::string shown_week =
      loaded.this_week ? "Queued " + isoUtc(loaded.this_week->queued_at).substr(0, 16) + " UTC by " +
                             loaded.this_week->queued_by
                       : mailings::digestDue(options_.digest.schedule, now) ? "Not sent yet: due now"
                                                                             : "Not sent yet";
  main += govuk::summaryList({
      {"Sent each week on", Html::text(mailings::describe(options_.digest.schedule) + ", the server's local time"), "",
       "", ""},
      {"This week (" + loaded.week + ")", Html::text(shown_week), "", "", ""},
      {"Owners it would reach now", Html::text(std::to_string(loaded.owners)), "", "", ""},
      {"Overdue actions now", Html::text(std::to_string(loaded.overdue)), "", "", ""},
      {"The director's copy goes to", Html::text(directorText(options_.digest, loaded.directors)), "", "", ""},
  });
  if (!loaded.this_week && options_.mail_configured)
    main += postForm(csrf_, request, response, "/admin/digests/send",
                     govuk::para("This queues this week's digest at once; the schedule then sends nothing more this "
                                 "week.") +
                         govuk::button("Send this week's digest now"));
  main += govuk::headingM("Latest digests");
  if (loaded.latest.empty()) {
    main += govuk::para("No digest has been sent yet.");
  } else {
    govuk::Table t{"The latest digests, newest first",
                   {{"Week"}, {"Queued (UTC)"}, {"By"}, {"Owners", true}, {"Director copies", true}}};
    t.caption_size = govuk::CaptionSize::kSmall;
    t.caption_id = "digest-weeks";
    for (const auto& d : loaded.latest)
      t.rows.push_back({Html::text(d.week), Html::text(isoUtc(d.queued_at).substr(0, 16)), Html::text(d.queued_by),
                        Html::text(std::to_string(d.owners)), Html::text(std::to_string(d.director_copies))});
    main += view::app::stylesheetLink();  // the scroll region's own styles: the table scrolls, not the page
    main += view::app::scrollRegion("digest-weeks", govuk::table(t));
  }
  renderAdminPage(layout_, csrf_, request, response, "Weekly action digests", std::move(main), view::section::kAdmin,
                  {{"Weekly action digests", ""}}, !error.empty());
  if (!error.empty()) response.status = 400;
  return response;
}

http::Response DigestPages::sendNow(http::Request& request) const {
  if (!options_.mail_configured) return show(request, "Email is not set up: nothing can be sent");
  mailings::DigestQueued queued;
  {
    auto db = pool_.acquire();
    queued = mailings::queueDigest(*db, options_.digest, nowSeconds(), actorOf(request));
  }
  if (!queued.ok()) {
    std::string why = queued.refused;
    why[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(why[0])));
    return show(request, why);
  }
  if (wake_) wake_();
  return http::Response::redirect("/admin/digests?queued=" + queued.week);
}

}  // namespace hc::web::admin
